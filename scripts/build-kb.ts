/**
 * `npm run build:kb [-- --kb-dir DIR --out FILE --root DIR]`: validate every
 * kb/*.json (with the source texts their quotes cite) and compile them into
 * generated/kb.json, plus the packed matcher the background loads
 * (generated/matcher.bin beside it, see lib/matcher/packed.ts). On any error
 * prints `file: path: reason` lines and exits 1 without touching the output.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundledPart, compileKb } from '../lib/kb/compile';
import { packMatcher } from '../lib/matcher/index';
import { formatKbErrors } from '../lib/kb/validate';
import { displayPath, loadKbDir, REPO_ROOT } from './kb-files';

const USAGE = `Usage: tsx scripts/build-kb.ts [--kb-dir DIR] [--out FILE] [--root DIR]
  --kb-dir DIR  KB source files (default: <repo>/kb)
  --out FILE    compiled output (default: <repo>/generated/kb.json)
  --root DIR    directory that sources' textPath is relative to (default: <repo>)`;

/** The packed matcher's file name, beside the compiled KB (wxt.config.ts ships it; the spot CLI reads it). */
const PACKED_MATCHER_FILE = 'matcher.bin';

/** Write then rename, so a reader never sees a half-written file. */
function writeAtomically(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

function main(): number {
  let values: { 'kb-dir'?: string; out?: string; root?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        'kb-dir': { type: 'string' },
        out: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`build:kb: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = path.resolve(values.root ?? REPO_ROOT);
  const kbDir = path.resolve(values['kb-dir'] ?? path.join(REPO_ROOT, 'kb'));
  const out = path.resolve(values.out ?? path.join(REPO_ROOT, 'generated', 'kb.json'));

  const loaded = loadKbDir(kbDir, root);
  if (!loaded.ok) {
    console.error(formatKbErrors(loaded.errors, displayPath(kbDir)));
    const n = loaded.errors.length;
    console.error(`build:kb: ${n} error${n === 1 ? '' : 's'}; ${displayPath(out)} not written`);
    return 1;
  }

  let json: string;
  let packed: Uint8Array;
  try {
    const compiled = compileKb(loaded.kb);
    json = JSON.stringify(bundledPart(compiled));
    packed = packMatcher(compiled.matcher);
  } catch (e) {
    console.error(`build:kb: compiling the KB failed: ${e instanceof Error ? e.stack : String(e)}`);
    return 1;
  }
  mkdirSync(path.dirname(out), { recursive: true });
  const packedOut = path.join(path.dirname(out), PACKED_MATCHER_FILE);
  writeAtomically(packedOut, packed);
  writeAtomically(out, json);

  const { entities, claims, sources, links = [] } = loaded.kb;
  console.log(
    `build:kb: ${entities.length} entities, ${claims.length} claims, ${sources.length} sources, ` +
      `${links.length} links from ${loaded.files.length} files → ${displayPath(out)} ` +
      `(${Math.round(json.length / 1024)} KiB) and ${displayPath(packedOut)} ` +
      `(${Math.round(packed.length / 1024)} KiB)`,
  );
  return 0;
}

process.exitCode = main();
