/**
 * Finds where and why JSON text is invalid. Engines disagree on whether
 * JSON.parse errors carry a position (Node 20 often gives none), so after
 * JSON.parse fails this small scanner locates the first error itself.
 * It only validates; values are never built.
 *
 * It also finds a key repeated in one object, which JSON.parse accepts by
 * keeping the last value: in a KB file that silently drops data (a second
 * "aliases" list replacing the first), so {@link findJsonDuplicateKey}
 * reports it.
 */

/** The first syntax error: UTF-16 offset and a short reason. */
export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

class Scan {
  i = 0;
  depth = 0;
  /** `keys`: also fail on a key repeated in one object. */
  constructor(
    readonly s: string,
    readonly keys = false,
  ) {}

  fail(reason: string, at = this.i): never {
    throw Object.assign(new Error(reason), { offset: at });
  }

  ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i] as string)) this.i++;
  }

  describeHere(): string {
    if (this.i >= this.s.length) return 'unexpected end of file';
    return `unexpected ${JSON.stringify(this.s[this.i])}`;
  }

  value(): void {
    this.ws();
    const c = this.s[this.i];
    if (c === '{' || c === '[') {
      if (++this.depth > 1000) this.fail('nested too deeply');
      if (c === '{') this.object();
      else this.array();
      this.depth--;
      return;
    }
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    if (c === "'") this.fail('strings must use double quotes');
    this.fail(`${this.describeHere()} where a value was expected`);
  }

  object(): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return;
    }
    let comma = -1;
    const keys = new Set<string>();
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') {
        if (this.s[this.i] === '}') this.fail('trailing comma before "}"', comma);
        if (this.s[this.i] === "'") this.fail('strings must use double quotes');
        this.fail(`${this.describeHere()} where a property name in double quotes was expected`);
      }
      const keyStart = this.i;
      this.string();
      if (this.keys) {
        const key = JSON.parse(this.s.slice(keyStart, this.i)) as string;
        if (keys.has(key)) {
          this.fail(
            `the key ${JSON.stringify(key)} appears twice in one object (only the last would count)`,
            keyStart,
          );
        }
        keys.add(key);
      }
      this.ws();
      if (this.s[this.i] !== ':') this.fail(`${this.describeHere()} where ":" was expected`);
      this.i++;
      this.value();
      this.ws();
      const c = this.s[this.i];
      comma = this.i;
      this.i++;
      if (c === '}') return;
      if (c !== ',') {
        this.i--;
        this.fail(`${this.describeHere()} where "," or "}" was expected`);
      }
    }
  }

  array(): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return;
    }
    let comma = -1;
    for (;;) {
      this.ws();
      if (this.s[this.i] === ']') this.fail('trailing comma before "]"', comma);
      this.value();
      this.ws();
      const c = this.s[this.i];
      comma = this.i;
      this.i++;
      if (c === ']') return;
      if (c !== ',') {
        this.i--;
        this.fail(`${this.describeHere()} where "," or "]" was expected`);
      }
    }
  }

  string(): void {
    const start = this.i;
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i] as string;
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\\') {
        const e = this.s[this.i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) {
            this.fail('bad \\u escape in string');
          }
          this.i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) this.fail('bad escape in string');
        this.i += 2;
        continue;
      }
      if (c < ' ') this.fail('unescaped control character (e.g. a line break) in string');
      this.i++;
    }
    this.fail('unterminated string', start);
  }

  number(): void {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (!m) this.fail('invalid number');
    this.i += m[0].length;
  }
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  return scanJson(text, false);
}

/**
 * The first key repeated within one object of `text` (valid JSON), or
 * null. Its offset is the repeated key's.
 */
export function findJsonDuplicateKey(text: string): JsonSyntaxError | null {
  return scanJson(text, true);
}

function scanJson(text: string, keys: boolean): JsonSyntaxError | null {
  const scan = new Scan(text, keys);
  try {
    scan.value();
    scan.ws();
    if (scan.i < text.length) scan.fail('unexpected text after the end of the JSON value');
    return null;
  } catch (e) {
    const offset = (e as { offset?: number }).offset ?? scan.i;
    return { offset, reason: e instanceof Error ? e.message : String(e) };
  }
}
