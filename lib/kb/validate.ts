/**
 * Full validation of a knowledge base: schema, duplicate and dangling ids,
 * alias clashes between entities, selector/quote agreement and, when the
 * source texts are at hand, that every quote occurs verbatim in its source.
 * Reports every error, never just the first.
 */
import { aliasKey, normalizeWhitespace } from './alias-key';
import { aliasSpecs, nameSpec } from './normalize-kb';
import { KB_COLLECTIONS, parseKbSchema, type KbCollection } from './schema';
import type { AliasSpec, Entity, KnowledgeBase } from './types';

/** One problem in a KB, e.g. `{ path: 'claims[12].speakerId', message: 'unknown entity "x"' }`. */
export interface KbError {
  path: string;
  message: string;
  /** The file the item came from, when the KB was assembled from several files. */
  file?: string;
}

/** Result of `validateKb`. */
export type KbValidation = { ok: true; kb: KnowledgeBase } | { ok: false; errors: KbError[] };

/** Options for `validateKb`. */
export interface ValidateOptions {
  /** Plain text of each source by source id; when given, quotes are checked against it. */
  sourceTexts?: Record<string, string>;
  /**
   * How to name another item inside a message ("first used at …"). Callers
   * that merged several files pass a function that adds the file name.
   */
  describePath?: (path: string) => string;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Ids as written in the input, including items that failed the schema (avoids cascades). */
function rawIds(input: Record<string, unknown>, collection: KbCollection): Map<string, number[]> {
  const ids = new Map<string, number[]>();
  const list = input[collection];
  if (!Array.isArray(list)) return ids;
  list.forEach((item, index) => {
    if (isRecord(item) && typeof item.id === 'string') {
      const at = ids.get(item.id);
      if (at) at.push(index);
      else ids.set(item.id, [index]);
    }
  });
  return ids;
}

const SINGULAR: Record<KbCollection, string> = {
  entities: 'entity',
  claims: 'claim',
  sources: 'source',
  links: 'link',
};

// Curly and straight quotation marks, for the "differs only in quotation marks" hint.
const QUOTE_MARKS_RE = /[\u2018\u2019\u201A\u201B\u2032'`\u201C\u201D\u201E\u201F\u2033"«»]/g;

function quoteHint(quote: string, text: string): string {
  const loose = (s: string) => normalizeWhitespace(s).replace(QUOTE_MARKS_RE, "'").toLowerCase();
  if (loose(text).includes(loose(quote))) {
    return ' (it differs from the source only in letter case or quotation marks)';
  }
  return '';
}

function pathSortKey(path: string): [number, number] {
  const m = /^(\w+)(?:\[(\d+)\])?/.exec(path);
  const rank = m ? KB_COLLECTIONS.indexOf(m[1] as KbCollection) : -1;
  return [rank, m?.[2] === undefined ? -1 : Number(m[2])];
}

/** Validate `input` as a knowledge base; see the module comment for what is checked. */
export function validateKb(input: unknown, opts: ValidateOptions = {}): KbValidation {
  const describePath = opts.describePath ?? ((p: string) => p);
  const parsed = parseKbSchema(input);
  const errors: KbError[] = parsed.issues.map((i) => ({ path: i.path, message: i.message }));
  const kb = parsed.kb;
  if (!kb || !isRecord(input)) return { ok: false, errors };
  const err = (path: string, message: string) => errors.push({ path, message });

  const ids = {} as Record<KbCollection, Map<string, number[]>>;
  for (const collection of KB_COLLECTIONS) {
    ids[collection] = rawIds(input, collection);
    for (const [id, at] of ids[collection]) {
      const first = `${collection}[${at[0]}]`;
      for (const index of at.slice(1)) {
        err(
          `${collection}[${index}].id`,
          `duplicate ${SINGULAR[collection]} id "${id}" (first used at ${describePath(first)})`,
        );
      }
    }
  }
  const ref = (collection: KbCollection, id: string | undefined, path: string) => {
    if (id !== undefined && !ids[collection].has(id)) {
      err(path, `unknown ${SINGULAR[collection]} id "${id}"`);
    }
  };

  // Alias key → every entry (name or alias) that folds to it, for the clash check.
  const byKey = new Map<
    string,
    { entityId: string; path: string; text: string; ambiguous: boolean }[]
  >();

  for (const item of parsed.items.entities) {
    // A partial item lacks its invalid fields; check what is left.
    const entity = { aliases: [], ...item.value } as Entity;
    const at = `entities[${item.index}]`;
    const specs = aliasSpecs(entity);
    const seen = new Map<string, string>();
    const entries: { spec: AliasSpec; path: string }[] = [];
    if (entity.name !== undefined) {
      seen.set(entity.name, `${at}.name`);
      entries.push({ spec: nameSpec(entity), path: `${at}.name` });
    }
    specs.forEach((spec, j) => {
      const path = `${at}.aliases[${j}]`;
      const before = seen.get(spec.text);
      if (before !== undefined) {
        err(path, `alias "${spec.text}" is listed twice (also at ${describePath(before)})`);
      } else {
        seen.set(spec.text, path);
        entries.push({ spec, path });
      }
      // A string alias's sourceId comes from aliasRules and is checked there.
      if (typeof entity.aliases[j] !== 'string') ref('sources', spec.sourceId, `${path}.sourceId`);
    });
    const ruled = new Set<string>();
    entity.aliasRules?.forEach((rule, j) => {
      const path = `${at}.aliasRules[${j}]`;
      if (ruled.has(rule.text)) {
        err(`${path}.text`, `a second rule for "${rule.text}"`);
      }
      ruled.add(rule.text);
      const target = entity.aliases.find((a) => (typeof a === 'string' ? a : a.text) === rule.text);
      if (target === undefined && rule.text !== entity.name) {
        err(`${path}.text`, `"${rule.text}" is neither the name nor one of the aliases`);
      } else if (target !== undefined && typeof target !== 'string') {
        err(
          `${path}.text`,
          `"${rule.text}" is already written as an alias object; put its rules in one place`,
        );
      }
      ref('sources', rule.sourceId, `${path}.sourceId`);
    });
    for (const { spec, path } of entries) {
      if (entity.id === undefined) break;
      const key = aliasKey(spec.text);
      const list = byKey.get(key) ?? [];
      list.push({ entityId: entity.id, path, text: spec.text, ambiguous: spec.ambiguous === true });
      byKey.set(key, list);
    }
    ref('sources', entity.role?.sourceId, `${at}.role.sourceId`);
    ref('sources', entity.description?.sourceId, `${at}.description.sourceId`);
    entity.relations?.forEach((relation, j) => {
      const path = `${at}.relations[${j}]`;
      if (relation.targetId === entity.id) {
        err(`${path}.targetId`, 'an entity cannot be related to itself');
      } else {
        ref('entities', relation.targetId, `${path}.targetId`);
      }
      ref('sources', relation.sourceId, `${path}.sourceId`);
    });
  }

  for (const entries of byKey.values()) {
    const owners = new Set(entries.map((e) => e.entityId));
    if (owners.size < 2) continue;
    for (const entry of entries) {
      if (entry.ambiguous) continue;
      // One place per other entity is enough to find it.
      const others = new Map<string, string>();
      for (const e of entries) {
        if (e.entityId !== entry.entityId && !others.has(e.entityId))
          others.set(e.entityId, e.path);
      }
      const where = [...others].map(([id, path]) => `"${id}" (${describePath(path)})`).join(', ');
      err(
        entry.path,
        `"${entry.text}" is also a name of ${where}; if both are meant, mark every such entry "ambiguous": true`,
      );
    }
  }

  for (const item of parsed.items.claims) {
    const claim = item.value;
    const at = `claims[${item.index}]`;
    ref('entities', claim.speakerId, `${at}.speakerId`);
    const seen = new Set<string>();
    claim.entityIds?.forEach((id, j) => {
      if (seen.has(id)) err(`${at}.entityIds[${j}]`, `"${id}" is listed twice`);
      seen.add(id);
      ref('entities', id, `${at}.entityIds[${j}]`);
    });
    ref('sources', claim.sourceId, `${at}.sourceId`);
    ref('sources', claim.reportedBy, `${at}.reportedBy`);
    if (claim.selector && claim.quote !== undefined && claim.selector.exact !== claim.quote) {
      err(`${at}.selector.exact`, 'must equal "quote" exactly');
    }
    const texts = opts.sourceTexts;
    const quoted = claim.quote ?? claim.selector?.exact;
    if (!texts || claim.sourceId === undefined || quoted === undefined) continue;
    if (!ids.sources.has(claim.sourceId)) continue;
    const sourceText = texts[claim.sourceId];
    const quotePath = claim.quote !== undefined ? `${at}.quote` : `${at}.selector.exact`;
    if (sourceText === undefined) {
      err(
        quotePath,
        `source "${claim.sourceId}" has no text (textPath) to check the quote against`,
      );
      continue;
    }
    const haystack = normalizeWhitespace(sourceText);
    if (!haystack.includes(normalizeWhitespace(quoted))) {
      err(
        quotePath,
        `does not occur verbatim in the text of source "${claim.sourceId}"${quoteHint(quoted, sourceText)}`,
      );
    } else if (claim.selector && (claim.selector.prefix || claim.selector.suffix)) {
      const { prefix = '', exact, suffix = '' } = claim.selector;
      if (!haystack.includes(normalizeWhitespace(prefix + exact + suffix))) {
        err(
          `${at}.selector`,
          `prefix + exact + suffix does not occur in the text of source "${claim.sourceId}"`,
        );
      }
    }
  }

  for (const item of parsed.items.links) {
    const at = `links[${item.index}]`;
    const seen = new Set<string>();
    item.value.claimIds?.forEach((id, j) => {
      if (seen.has(id)) err(`${at}.claimIds[${j}]`, `"${id}" is listed twice`);
      seen.add(id);
      ref('claims', id, `${at}.claimIds[${j}]`);
    });
  }

  if (errors.length > 0) {
    // Stable sort: group by item so each item's problems read together.
    const keyed = errors.map((e, i) => ({ e, i, k: pathSortKey(e.path) }));
    keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i);
    return { ok: false, errors: keyed.map((x) => x.e) };
  }
  return { ok: true, kb };
}

/** `kb/claims.json: claims[3].quote: does not occur …`, one line per error. */
export function formatKbErrors(errors: readonly KbError[], fileName: string): string {
  return errors.map((e) => `${e.file ?? fileName}: ${e.path}: ${e.message}`).join('\n');
}
