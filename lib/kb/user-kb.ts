/**
 * A user's own KB file (options-page import, `kb check`): parsed, validated
 * on its own and against the bundled KB (id clashes, alias clashes,
 * references to bundled entities and sources, which are allowed).
 */
import { findJsonDuplicateKey, findJsonSyntaxError, type JsonSyntaxError } from './json-error';
import { mergeKbs, validateParts } from './merge';
import { normalizeKb } from './normalize-kb';
import { parseKbSchema } from './schema';
import type { KnowledgeBase } from './types';
import { validateKb, type KbError, type KbValidation } from './validate';

/** Larger files would not fit the extension's local storage comfortably. */
export const MAX_USER_KB_CHARS = 5_000_000;

/** Name used in messages for items of the bundled KB. */
export const BUNDLED_KB_NAME = 'bundled KB';

/** Result of `parseUserKbFile`. */
export type UserKbResult =
  { ok: true; kb: KnowledgeBase; merged: KnowledgeBase } | { ok: false; errors: KbError[] };

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * JSON.parse with the error's line and column and a plain reason. A key
 * repeated in one object is an error too (JSON.parse would keep only its
 * last value).
 */
export function parseJsonWithPosition(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: KbError } {
  try {
    const value = JSON.parse(text) as unknown;
    const duplicate = findJsonDuplicateKey(text);
    if (duplicate) return { ok: false, error: positionedError(text, duplicate) };
    return { ok: true, value };
  } catch (e) {
    const found = findJsonSyntaxError(text);
    if (!found) {
      return { ok: false, error: { path: '(file)', message: `invalid JSON: ${String(e)}` } };
    }
    return { ok: false, error: positionedError(text, found) };
  }
}

/** A JSON problem as a KbError at its line and column. */
function positionedError(text: string, found: JsonSyntaxError): KbError {
  const { line, column } = lineColumn(text, found.offset);
  return { path: `line ${line}, column ${column}`, message: `invalid JSON: ${found.reason}` };
}

/** Parse and validate a user KB file's text; errors have paths inside the user's file. */
export function parseUserKbFile(text: string, bundled: KnowledgeBase): UserKbResult {
  if (text.length > MAX_USER_KB_CHARS) {
    return {
      ok: false,
      errors: [
        {
          path: '(file)',
          message: `the file is too large (${text.length} characters; the limit is ${MAX_USER_KB_CHARS})`,
        },
      ],
    };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return { ok: false, errors: [{ path: '(file)', message: 'the file is empty' }] };
  }
  const json = parseJsonWithPosition(body);
  if (!json.ok) return { ok: false, errors: [json.error] };

  const userFile = 'user';
  const result = validateParts([
    { file: BUNDLED_KB_NAME, data: bundled },
    { file: userFile, data: json.value },
  ]);
  if (!result.ok) {
    // An alias clash is reported at both ends; the bundled end is not the user's to fix.
    const mine = result.errors.filter((e) => e.file !== BUNDLED_KB_NAME);
    const errors = (mine.length > 0 ? mine : result.errors).map((e) =>
      e.file === userFile ? { path: e.path, message: e.message } : e,
    );
    return { ok: false, errors };
  }
  const kb = parseKbSchema(json.value).kb;
  if (!kb) return { ok: false, errors: [{ path: '(root)', message: 'not a knowledge base' }] };
  if (kb.entities.length === 0 && kb.claims.length === 0) {
    return {
      ok: false,
      errors: [{ path: '(root)', message: 'the file holds no entities and no claims' }],
    };
  }
  return { ok: true, kb, merged: mergeKbs(bundled, kb) };
}

/**
 * The bundled KB plus a user KB read back from storage, as pages and the
 * popup both use it: validated again (storage may have been edited by hand,
 * or written by another version) and normalised. Anything that is not a
 * valid KB gives errors, never a throw.
 */
export function mergeStoredUserKb(bundled: KnowledgeBase, stored: unknown): KbValidation {
  let merged: KnowledgeBase;
  try {
    merged = mergeKbs(bundled, stored as KnowledgeBase);
  } catch {
    return { ok: false, errors: [{ path: '(root)', message: 'not a knowledge base' }] };
  }
  const result = validateKb(merged);
  return result.ok ? { ok: true, kb: normalizeKb(result.kb) } : result;
}
