/**
 * Merging knowledge bases: the bundled KB with a user's file at run time, and
 * the several `kb/*.json` files at build time. Merging only concatenates;
 * clashes (same id twice, an alias of two entities) are left for
 * `validateKb` on the merged result, and `mergeKbParts` remembers where each
 * item came from so those errors can name the right file and index.
 */
import { KB_COLLECTIONS, type KbCollection } from './schema';
import type { KnowledgeBase } from './types';
import { validateKb, type KbError, type ValidateOptions } from './validate';

/** The bundled KB with the user's entries appended. */
export function mergeKbs(bundled: KnowledgeBase, user: KnowledgeBase): KnowledgeBase {
  const merged: KnowledgeBase = {
    entities: [...bundled.entities, ...user.entities],
    claims: [...bundled.claims, ...user.claims],
    sources: [...bundled.sources, ...user.sources],
  };
  if (bundled.links || user.links) merged.links = [...(bundled.links ?? []), ...(user.links ?? [])];
  return merged;
}

/** One input to `mergeKbParts`: parsed JSON and the name errors should use for it. */
export interface KbPart {
  file: string;
  data: unknown;
}

/** Where an item of the merged KB came from. */
export interface KbLocation {
  file?: string;
  path: string;
}

/** Result of `mergeKbParts`. */
export interface MergedParts {
  /** The concatenated collections (still unvalidated). */
  merged: Record<KbCollection, unknown[]>;
  /** Top-level problems of single parts (not an object, unknown key, not an array). */
  errors: KbError[];
  /** Maps a path in `merged` ("claims[12].quote") to its file and path there ("claims[3].quote"). */
  locate: (path: string) => KbLocation;
}

const PATH_RE = /^(entities|claims|sources|links)\[(\d+)\](.*)$/s;

/** Concatenate several raw KB files, remembering each item's origin. */
export function mergeKbParts(parts: readonly KbPart[]): MergedParts {
  const merged = { entities: [], claims: [], sources: [], links: [] } as Record<
    KbCollection,
    unknown[]
  >;
  const spans = { entities: [], claims: [], sources: [], links: [] } as Record<
    KbCollection,
    { file: string; start: number; end: number }[]
  >;
  const errors: KbError[] = [];
  for (const { file, data } of parts) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      errors.push({
        file,
        path: '(root)',
        message: `a KB file must hold a JSON object with ${KB_COLLECTIONS.join(', ')}`,
      });
      continue;
    }
    const record = data as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(KB_COLLECTIONS as string[]).includes(key)) {
        errors.push({
          file,
          path: key,
          message: `unknown top-level key ${JSON.stringify(key)} (allowed: ${KB_COLLECTIONS.join(', ')})`,
        });
      }
    }
    for (const collection of KB_COLLECTIONS) {
      const list = record[collection];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        errors.push({ file, path: collection, message: 'must be an array' });
        continue;
      }
      const start = merged[collection].length;
      merged[collection].push(...(list as unknown[]));
      spans[collection].push({ file, start, end: merged[collection].length });
    }
  }
  const locate = (path: string): KbLocation => {
    const m = PATH_RE.exec(path);
    if (!m) return { path };
    const collection = m[1] as KbCollection;
    const index = Number(m[2]);
    const span = spans[collection].find((s) => index >= s.start && index < s.end);
    if (!span) return { path };
    return { file: span.file, path: `${collection}[${index - span.start}]${m[3] ?? ''}` };
  };
  return { merged, errors, locate };
}

/** How `validateParts` names an item in another file inside a message. */
function describe(loc: KbLocation): string {
  return loc.file === undefined ? loc.path : `${loc.file} ${loc.path}`;
}

/**
 * Merge raw KB files and validate the result; every error carries the file
 * and the path inside that file.
 */
export function validateParts(
  parts: readonly KbPart[],
  opts: Omit<ValidateOptions, 'describePath'> = {},
): { ok: true; kb: KnowledgeBase } | { ok: false; errors: KbError[] } {
  const { merged, errors, locate } = mergeKbParts(parts);
  const input: Record<string, unknown> = { ...merged };
  if (merged.links.length === 0) delete input.links;
  const result = validateKb(input, { ...opts, describePath: (p) => describe(locate(p)) });
  if (result.ok && errors.length === 0) return result;
  const located = result.ok
    ? []
    : result.errors.map((e) => {
        const loc = locate(e.path);
        return { ...e, path: loc.path, file: loc.file ?? e.file };
      });
  return { ok: false, errors: [...errors, ...located] };
}
