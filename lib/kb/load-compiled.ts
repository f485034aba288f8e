/**
 * Typed access to the compiled KB in `generated/kb.json` (written by
 * `npm run build:kb`): the KB and its search index; the matcher ships packed
 * in a file of its own (utils/bundled-matcher.ts). Importing this module
 * requires that file to exist; `parseBundledKb` (in compile.ts) is the pure
 * check, usable on any JSON value.
 */
import generated from '@/generated/kb.json';
import { parseBundledKb, type BundledKb } from './compile';

let cached: BundledKb | undefined;

/** The bundled, compiled KB (parsed once). */
export function getCompiledKb(): BundledKb {
  cached ??= parseBundledKb(generated);
  return cached;
}
