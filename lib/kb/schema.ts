/**
 * Valibot schema of a knowledge base as written in `kb/*.json` and user KB
 * files. It checks shapes and formats only; cross-references (dangling ids,
 * duplicate ids, alias clashes, quotes) are checked in `validate.ts`.
 *
 * Objects are declared with `v.object`, which drops unknown keys; unknown
 * keys are reported separately by `unknownKeyIssues` because valibot's
 * `strictObject` stops at the first unknown key and we want every error.
 */
import * as v from 'valibot';
import type { Claim, ClaimLink, Entity, KnowledgeBase, Source } from './types';

/** Lower-case words of letters and digits joined by single hyphens: "recep-tayyip-erdogan". */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "2020", "2020-02" or "2020-02-12". */
const ISO_PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const ENTITY_TYPES = ['person', 'place', 'organization', 'event', 'agreement'] as const;
export const ALIAS_MATCHES = ['alone', 'context'] as const;
export const ALIAS_KINDS = [
  'full',
  'short',
  'surname',
  'given-name',
  'title',
  'transliteration',
  'diacritic-free',
  'misspelling',
  'abbreviation',
  'common-word',
  'demonym',
  'exonym',
] as const;
export const CLAIM_KINDS = ['statement', 'threat', 'assessment', 'figure', 'event-report'] as const;
export const LINK_TYPES = ['agrees', 'conflicts'] as const;

/** True for a real calendar date at year, month or day precision. */
export function isIsoPartialDate(value: string): boolean {
  const m = ISO_PARTIAL_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'string')
    return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'object') return 'an object';
  return `${typeof input} ${JSON.stringify(input) ?? ''}`.trim();
}

const text = () =>
  v.pipe(
    v.string((i) => `must be a string, got ${describe(i.input)}`),
    v.check((s) => s.trim().length > 0, 'must not be empty'),
  );

const id = () =>
  v.pipe(
    v.string((i) => `must be a string id, got ${describe(i.input)}`),
    v.regex(KEBAB_ID, (i) => `id ${describe(i.input)} must be kebab-case (e.g. "hulusi-akar")`),
  );

const picklist = <T extends readonly string[]>(options: T) =>
  v.picklist(
    options,
    (i) => `must be one of ${options.map((o) => `"${o}"`).join(', ')}, got ${describe(i.input)}`,
  );

const date = () =>
  v.pipe(
    v.string((i) => `must be an ISO 8601 date string, got ${describe(i.input)}`),
    v.check(
      isIsoPartialDate,
      (i) =>
        `must be an ISO 8601 date ("2020", "2020-02" or "2020-02-12"), got ${describe(i.input)}`,
    ),
  );

const obj = <E extends v.ObjectEntries>(entries: E) =>
  v.object(entries, (i) => `must be an object, got ${describe(i.input)}`);

const arr = <S extends v.GenericSchema>(item: S) =>
  v.array(item, (i) => `must be an array, got ${describe(i.input)}`);

const textList = () => arr(text());

const sourcedText = obj({ text: text(), sourceId: id() });

export const aliasSpecSchema = obj({
  text: text(),
  match: v.optional(picklist(ALIAS_MATCHES)),
  kind: v.optional(picklist(ALIAS_KINDS)),
  caseSensitive: v.optional(v.boolean('must be true or false')),
  aloneAfterArticle: v.optional(v.boolean('must be true or false')),
  lowerCase: v.optional(v.boolean('must be true or false')),
  ambiguous: v.optional(v.boolean('must be true or false')),
  inflected: v.optional(v.boolean('must be true or false')),
  notBefore: v.optional(textList()),
  notAfter: v.optional(textList()),
  sourceId: v.optional(id()),
  note: v.optional(text()),
});

/** A plain string or an AliasSpec; chosen by the input so errors stay specific. */
const aliasInputSchema = v.lazy((input: unknown) =>
  typeof input === 'string' || typeof input !== 'object' || input === null || Array.isArray(input)
    ? v.pipe(
        v.string((i) => `must be a string or an alias object, got ${describe(i.input)}`),
        v.check((s) => s.trim().length > 0, 'must not be empty'),
      )
    : aliasSpecSchema,
);

const relationSchema = obj({
  type: v.pipe(
    v.string((i) => `must be a string, got ${describe(i.input)}`),
    v.regex(KEBAB_ID, (i) => `relation type ${describe(i.input)} must be kebab-case`),
  ),
  label: v.optional(text()),
  targetId: id(),
  sourceId: id(),
});

export const entitySchema = obj({
  id: id(),
  type: picklist(ENTITY_TYPES),
  name: text(),
  aliases: v.optional(arr(aliasInputSchema), []),
  aliasRules: v.optional(arr(aliasSpecSchema)),
  role: v.optional(sourcedText),
  description: v.optional(sourcedText),
  relations: v.optional(arr(relationSchema)),
});

const selectorSchema = obj({
  type: v.literal('TextQuoteSelector', 'must be "TextQuoteSelector"'),
  exact: text(),
  prefix: v.optional(v.string('must be a string')),
  suffix: v.optional(v.string('must be a string')),
});

export const claimSchema = obj({
  id: id(),
  text: text(),
  quote: v.optional(text()),
  speakerId: v.optional(id()),
  reportedBy: v.optional(id()),
  entityIds: v.pipe(
    arr(id()),
    v.minLength(1, 'must name at least one entity the claim is by or about'),
  ),
  kind: picklist(CLAIM_KINDS),
  date: v.optional(date()),
  sourceId: id(),
  selector: v.optional(selectorSchema),
});

export const sourceSchema = obj({
  id: id(),
  title: text(),
  publisher: v.optional(text()),
  author: v.optional(text()),
  date: v.optional(date()),
  dateRange: v.optional(
    v.pipe(
      obj({ from: date(), to: date() }),
      v.check((r) => r.from <= r.to, '"from" must not be after "to"'),
    ),
  ),
  url: v.optional(
    v.pipe(
      v.string('must be a string'),
      v.check((u) => /^https?:\/\/[^\s/]+\S*$/.test(u), 'must be an http(s) URL'),
    ),
  ),
  textPath: v.optional(
    v.pipe(
      text(),
      v.check(
        (p) => !p.startsWith('/') && !/^[a-zA-Z]:/.test(p) && !p.split(/[\\/]/).includes('..'),
        'must be a repo-relative path without ".."',
      ),
    ),
  ),
  dateNote: v.optional(text()),
});

export const linkSchema = obj({
  id: id(),
  type: picklist(LINK_TYPES),
  claimIds: v.pipe(arr(id()), v.minLength(2, 'must link at least two claims')),
  note: text(),
});

/** Missing top-level arrays mean "none", so a user file may hold only entities, say. */
export const knowledgeBaseSchema = v.object(
  {
    entities: v.optional(arr(entitySchema), []),
    claims: v.optional(arr(claimSchema), []),
    sources: v.optional(arr(sourceSchema), []),
    links: v.optional(arr(linkSchema)),
  },
  (i) => `a knowledge base must be a JSON object, got ${describe(i.input)}`,
);

// The output type must stay assignable to the hand-written model in types.ts.
type SchemaOutput = v.InferOutput<typeof knowledgeBaseSchema>;
const _typeCheck: (x: SchemaOutput) => KnowledgeBase = (x) => x;
void _typeCheck;

/** A schema problem: `path` as in `claims[3].quote`. */
export interface SchemaIssue {
  path: string;
  message: string;
}

type KeySpec = { keys: readonly string[]; children?: Record<string, KeySpec | 'list'> };

const SOURCED: KeySpec = { keys: ['text', 'sourceId'] };
const ALIAS_SPEC: KeySpec = { keys: Object.keys(aliasSpecSchema.entries) };
const KEY_SPECS = {
  entity: {
    keys: Object.keys(entitySchema.entries),
    children: { role: SOURCED, description: SOURCED },
  },
  claim: {
    keys: Object.keys(claimSchema.entries),
    children: { selector: { keys: Object.keys(selectorSchema.entries) } },
  },
  source: {
    keys: Object.keys(sourceSchema.entries),
    children: { dateRange: { keys: ['from', 'to'] } },
  },
  link: { keys: Object.keys(linkSchema.entries) },
  relation: { keys: Object.keys(relationSchema.entries) },
} satisfies Record<string, KeySpec>;
const TOP_KEYS = Object.keys(knowledgeBaseSchema.entries);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function checkKeys(value: unknown, spec: KeySpec, path: string, out: SchemaIssue[]): void {
  if (!isRecord(value)) return;
  for (const key of Object.keys(value)) {
    if (!spec.keys.includes(key)) {
      out.push({
        path: `${path}.${key}`,
        message: `unknown key ${JSON.stringify(key)} (allowed: ${spec.keys.join(', ')})`,
      });
    }
  }
  for (const [key, child] of Object.entries(spec.children ?? {})) {
    if (child !== 'list') checkKeys(value[key], child, `${path}.${key}`, out);
  }
}

function eachItem(list: unknown, fn: (item: unknown, index: number) => void): void {
  if (Array.isArray(list)) list.forEach(fn);
}

/** Every unknown key in the input, at any level the schema knows. */
export function unknownKeyIssues(input: unknown): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  if (!isRecord(input)) return out;
  for (const key of Object.keys(input)) {
    if (!TOP_KEYS.includes(key)) {
      out.push({
        path: key,
        message: `unknown top-level key ${JSON.stringify(key)} (allowed: ${TOP_KEYS.join(', ')})`,
      });
    }
  }
  eachItem(input.entities, (e, i) => {
    const path = `entities[${i}]`;
    checkKeys(e, KEY_SPECS.entity, path, out);
    if (!isRecord(e)) return;
    eachItem(e.aliases, (a, j) => checkKeys(a, ALIAS_SPEC, `${path}.aliases[${j}]`, out));
    eachItem(e.aliasRules, (a, j) => checkKeys(a, ALIAS_SPEC, `${path}.aliasRules[${j}]`, out));
    eachItem(e.relations, (r, j) =>
      checkKeys(r, KEY_SPECS.relation, `${path}.relations[${j}]`, out),
    );
  });
  eachItem(input.claims, (c, i) => checkKeys(c, KEY_SPECS.claim, `claims[${i}]`, out));
  eachItem(input.sources, (s, i) => checkKeys(s, KEY_SPECS.source, `sources[${i}]`, out));
  eachItem(input.links, (l, i) => checkKeys(l, KEY_SPECS.link, `links[${i}]`, out));
  return out;
}

/** `["claims", 3, "quote"]` → `claims[3].quote`. */
export function formatIssuePath(keys: readonly unknown[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function toIssues(issues: v.BaseIssue<unknown>[], prefix: string): SchemaIssue[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key);
    // valibot reports a missing key with the parent object's message; say what is wrong instead.
    const missing = issue.input === undefined && keys.length > 0;
    const rest = formatIssuePath(keys);
    return {
      path: prefix === '' ? rest || '(root)' : rest === '' ? prefix : `${prefix}.${rest}`,
      message: missing ? 'is required' : issue.message,
    };
  });
}

const ITEM_SCHEMAS = {
  entities: entitySchema,
  claims: claimSchema,
  sources: sourceSchema,
  links: linkSchema,
} as const;

/** The four top-level collections of a knowledge base. */
export type KbCollection = keyof typeof ITEM_SCHEMAS;
export const KB_COLLECTIONS = Object.keys(ITEM_SCHEMAS) as KbCollection[];

/** One item as parsed: `complete` items passed the schema; partial ones keep only their valid fields. */
export interface ParsedItem<T> {
  /** Index in the input array. */
  index: number;
  value: T;
  complete: boolean;
}

/** Every item of each collection that could be read at least in part. */
export interface ParsedItems {
  entities: ParsedItem<Partial<Entity>>[];
  claims: ParsedItem<Partial<Claim>>[];
  sources: ParsedItem<Partial<Source>>[];
  links: ParsedItem<Partial<ClaimLink>>[];
}

/** Result of `parseKbSchema`. */
export interface ParsedKb {
  /** Only the items that passed; null when the input is not an object at all. */
  kb: KnowledgeBase | null;
  issues: SchemaIssue[];
  /** Complete and partial items, so references of broken items are still checked. */
  items: ParsedItems;
}

/**
 * The fields of an item that passed, for an item that failed: the failing
 * top-level fields are dropped and the rest parsed with every field optional.
 */
function partialItem(
  collection: KbCollection,
  item: Record<string, unknown>,
  issues: v.BaseIssue<unknown>[],
): unknown {
  const bad = new Set(issues.map((i) => i.path?.[0]?.key));
  const kept = Object.fromEntries(Object.entries(item).filter(([k]) => !bad.has(k)));
  const result = v.safeParse(v.partial(ITEM_SCHEMAS[collection]), kept);
  return result.success ? result.output : undefined;
}

/**
 * Shape/format check, item by item, so that one broken claim does not hide
 * errors elsewhere. `issues` lists every problem found; unknown keys are
 * dropped from the output.
 */
export function parseKbSchema(input: unknown): ParsedKb {
  const items: ParsedItems = { entities: [], claims: [], sources: [], links: [] };
  if (!isRecord(input)) {
    return {
      kb: null,
      items,
      issues: [
        {
          path: '(root)',
          message: `a knowledge base must be a JSON object, got ${describe(input)}`,
        },
      ],
    };
  }
  const issues: SchemaIssue[] = unknownKeyIssues(input);
  for (const collection of KB_COLLECTIONS) {
    const list = input[collection];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push({ path: collection, message: `must be an array, got ${describe(list)}` });
      continue;
    }
    const parsed = items[collection] as ParsedItem<unknown>[];
    list.forEach((item, index) => {
      const path = `${collection}[${index}]`;
      if (!isRecord(item)) {
        issues.push({ path, message: `must be an object, got ${describe(item)}` });
        return;
      }
      const result = v.safeParse(ITEM_SCHEMAS[collection], item, { abortEarly: false });
      if (result.success) {
        parsed.push({ index, value: result.output, complete: true });
        return;
      }
      issues.push(...toIssues(result.issues, path));
      const value = partialItem(collection, item, result.issues);
      if (value !== undefined) parsed.push({ index, value, complete: false });
    });
  }
  const complete = <T>(list: ParsedItem<Partial<T>>[]) =>
    list.filter((i) => i.complete).map((i) => i.value as T);
  const kb: KnowledgeBase = {
    entities: complete<Entity>(items.entities),
    claims: complete<Claim>(items.claims),
    sources: complete<Source>(items.sources),
  };
  if (input.links !== undefined) kb.links = complete<ClaimLink>(items.links);
  return { kb, issues, items };
}
