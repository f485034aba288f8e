/**
 * Typed access to the compiled KB in `generated/kb.json` (written by
 * `npm run build:kb`). Importing this module requires that file to exist;
 * `parseCompiledKb` (in compile.ts) is the pure check, usable on any JSON value.
 */
import generated from '@/generated/kb.json';
import { parseCompiledKb, type CompiledKb } from './compile';

export { parseCompiledKb };

let cached: CompiledKb | undefined;

/** The bundled, compiled KB (parsed once). */
export function getCompiledKb(): CompiledKb {
  cached ??= parseCompiledKb(generated);
  return cached;
}
