/**
 * `npm run --silent spot -- [--kb USER.json] FILE...`: finds KB names in
 * .html or .txt files with the same text collection and matcher as the
 * content script. Prints one JSON line per file:
 * {"file":…,"mentions":[{"entityId":…,"text":…,"start":N,"end":N}]}
 * (offsets into the collected text; for .txt, into the file's text).
 * Unreadable or non-UTF-8 files are reported on stderr and make the exit
 * status non-zero; the other files are still processed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { collectText } from '../dom/text-collector';
import { COMPILED_KB_FORMAT_VERSION, compileKb, type BundledKb } from '../lib/kb/compile';
import type { KnowledgeBase } from '../lib/kb/types';
import { parseUserKbFile } from '../lib/kb/user-kb';
import { formatKbErrors } from '../lib/kb/validate';
import { loadMatcher, loadPackedMatcher, type Matcher } from '../lib/matcher/index';
import { displayPath, loadKbDir, REPO_ROOT } from './kb-files';
import { parsePage } from './parse-page';

const USAGE = `Usage: npm run --silent spot -- [--kb USER.json] FILE...
  FILE           .html/.htm (visible text, as the extension sees it) or plain text
  --kb FILE      also use a user KB file (validated against the bundled KB)`;

function message(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    if (e.code === 'ENOENT') return 'no such file';
    if (e.code === 'EISDIR') return 'is a directory';
    if (e.code === 'EACCES') return 'permission denied';
  }
  return e instanceof Error ? e.message : String(e);
}

/** A KB and its loaded matcher. */
interface SpotKb {
  kb: KnowledgeBase;
  matcher: Matcher;
}

/**
 * The bundled KB as the extension ships it (generated/kb.json and the packed
 * generated/matcher.bin) when both are newer than every kb/*.json, else
 * compiled from kb/ now (so edits show up without a build step).
 */
function bundledKb(): SpotKb {
  const generated = path.join(REPO_ROOT, 'generated');
  const kbDir = path.join(REPO_ROOT, 'kb');
  try {
    const files = ['kb.json', 'matcher.bin'].map((name) => path.join(generated, name));
    const builtAt = Math.min(...files.map((file) => statSync(file).mtimeMs));
    const stale = readdirSync(kbDir)
      .filter((n) => n.endsWith('.json'))
      .some((n) => statSync(path.join(kbDir, n)).mtimeMs > builtAt);
    if (!stale) {
      const data = JSON.parse(readFileSync(files[0]!, 'utf8')) as Partial<BundledKb>;
      if (data.formatVersion === COMPILED_KB_FORMAT_VERSION && data.kb) {
        return { kb: data.kb, matcher: loadPackedMatcher(new Uint8Array(readFileSync(files[1]!))) };
      }
    }
  } catch {
    // Missing, unreadable or from another version: compile from the sources below.
  }
  const loaded = loadKbDir(kbDir);
  if (!loaded.ok) {
    throw new Error(
      `the bundled KB is invalid:\n${formatKbErrors(loaded.errors, displayPath(kbDir))}`,
    );
  }
  const compiled = compileKb(loaded.kb);
  return { kb: compiled.kb, matcher: loadMatcher(compiled.matcher) };
}

function withUserKb(bundled: KnowledgeBase, file: string): SpotKb {
  let text: string;
  try {
    text = decodeUtf8(readFileSync(file));
  } catch (e) {
    throw new Error(`--kb ${file}: cannot read: ${message(e)}`, { cause: e });
  }
  const result = parseUserKbFile(text, bundled);
  if (!result.ok) throw new Error(formatKbErrors(result.errors, file));
  const compiled = compileKb(result.merged);
  return { kb: compiled.kb, matcher: loadMatcher(compiled.matcher) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}

/** The text the content script would see for `file`. */
function pageText(file: string): string {
  const text = decodeUtf8(readFileSync(file));
  if (!/\.x?html?$/i.test(file)) return text;
  return collectText(parsePage(text), { checkStyle: false }).text;
}

function spot(matcher: Matcher, file: string): boolean {
  let text: string;
  try {
    text = pageText(file);
  } catch (e) {
    console.error(`spot: ${file}: ${message(e)}`);
    return false;
  }
  const mentions = matcher
    .findMentions(text)
    .map(({ entityId, text: t, start, end }) => ({ entityId, text: t, start, end }));
  process.stdout.write(JSON.stringify({ file, mentions }) + '\n');
  return true;
}

function main(): number {
  let values: { kb?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      options: { kb: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    console.error(`spot: ${message(e)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(`spot: no input files\n${USAGE}`);
    return 2;
  }
  let matcher: Matcher;
  try {
    let spotKb = bundledKb();
    if (values.kb !== undefined) spotKb = withUserKb(spotKb.kb, values.kb);
    matcher = spotKb.matcher;
  } catch (e) {
    console.error(`spot: ${message(e)}`);
    return 2;
  }
  let ok = true;
  for (const file of positionals) ok = spot(matcher, file) && ok;
  return ok ? 0 : 1;
}

// A reader that stops early (`| head`) closes the pipe; that is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = main();
