/**
 * Node-side reading of the bundled KB: every `kb/*.json` file plus the source
 * texts their sources point at (`textPath`), validated together. Shared by
 * `build-kb.ts`, `kb-cli.ts` and the KB tests; `lib/` stays free of `node:`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeKbParts, validateParts, type KbPart } from '../lib/kb/merge';
import type { KnowledgeBase } from '../lib/kb/types';
import { parseJsonWithPosition } from '../lib/kb/user-kb';
import type { KbError } from '../lib/kb/validate';

/** The repository root (the parent of `scripts/`). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A path as shown in messages: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Result of `loadKbDir`. */
export type LoadedKb =
  | { ok: true; kb: KnowledgeBase; files: string[]; sourceTexts: Record<string, string> }
  | { ok: false; errors: KbError[] };

function errnoMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    return e.code === 'ENOENT' ? 'no such file' : e.code;
  }
  return e instanceof Error ? e.message : String(e);
}

/**
 * Read, merge and validate every `*.json` in `kbDir`; `textPath`s resolve
 * against `root`. Every error names its file.
 */
export function loadKbDir(kbDir: string, root: string = REPO_ROOT): LoadedKb {
  const dirName = displayPath(kbDir);
  let names: string[];
  try {
    if (!statSync(kbDir).isDirectory()) {
      return { ok: false, errors: [{ file: dirName, path: '(dir)', message: 'not a directory' }] };
    }
    names = readdirSync(kbDir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch (e) {
    return {
      ok: false,
      errors: [
        { file: dirName, path: '(dir)', message: `cannot read KB directory: ${errnoMessage(e)}` },
      ],
    };
  }
  if (names.length === 0) {
    return { ok: false, errors: [{ file: dirName, path: '(dir)', message: 'no *.json KB files' }] };
  }

  const errors: KbError[] = [];
  const parts: KbPart[] = [];
  for (const name of names) {
    const full = path.join(kbDir, name);
    const file = displayPath(full);
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch (e) {
      errors.push({ file, path: '(file)', message: `cannot read: ${errnoMessage(e)}` });
      continue;
    }
    const json = parseJsonWithPosition(text.replace(/^\uFEFF/, ''));
    if (!json.ok) errors.push({ ...json.error, file });
    else parts.push({ file, data: json.value });
  }

  // Source texts, read before validation so quotes can be checked.
  const { merged, locate } = mergeKbParts(parts);
  const sourceTexts: Record<string, string> = {};
  const unreadable = new Set<string>();
  merged.sources.forEach((source, index) => {
    if (typeof source !== 'object' || source === null) return;
    const { id, textPath } = source as { id?: unknown; textPath?: unknown };
    if (typeof id !== 'string' || typeof textPath !== 'string' || textPath.trim() === '') return;
    const full = path.resolve(root, textPath);
    try {
      sourceTexts[id] = readFileSync(full, 'utf8');
    } catch (e) {
      unreadable.add(id);
      const loc = locate(`sources[${index}].textPath`);
      errors.push({
        file: loc.file,
        path: loc.path,
        message: `cannot read source text ${displayPath(full)}: ${errnoMessage(e)}`,
      });
    }
  });

  const result = validateParts(parts, { sourceTexts });
  if (!result.ok) {
    // Claims of a source whose text could not be read would each repeat that error.
    const repeats = (e: KbError) =>
      [...unreadable].some((id) => e.message.startsWith(`source "${id}" has no text`));
    errors.push(...result.errors.filter((e) => !repeats(e)));
  }
  if (errors.length > 0 || !result.ok) return { ok: false, errors };
  return { ok: true, kb: result.kb, files: parts.map((p) => p.file), sourceTexts };
}
