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
import { parseHTML } from 'linkedom';
import { collectText } from '../dom/text-collector';
import { compileKb, type CompiledKb } from '../lib/kb/compile';
import type { KnowledgeBase } from '../lib/kb/types';
import { parseUserKbFile } from '../lib/kb/user-kb';
import { formatKbErrors } from '../lib/kb/validate';
import { loadMatcher, type Matcher } from '../lib/matcher/index';
import { displayPath, loadKbDir, REPO_ROOT } from './kb-files';

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

/**
 * The bundled KB: generated/kb.json when it is newer than every kb/*.json,
 * else compiled from kb/ now (so edits show up without a build step).
 */
function bundledKb(): CompiledKb {
  const generated = path.join(REPO_ROOT, 'generated', 'kb.json');
  const kbDir = path.join(REPO_ROOT, 'kb');
  try {
    const builtAt = statSync(generated).mtimeMs;
    const stale = readdirSync(kbDir)
      .filter((n) => n.endsWith('.json'))
      .some((n) => statSync(path.join(kbDir, n)).mtimeMs > builtAt);
    if (!stale) {
      const data = JSON.parse(readFileSync(generated, 'utf8')) as Partial<CompiledKb>;
      if (data.formatVersion === 1 && data.kb && data.matcher) return data as CompiledKb;
    }
  } catch {
    // Missing or unreadable: compile from the sources below.
  }
  const loaded = loadKbDir(kbDir);
  if (!loaded.ok) {
    throw new Error(
      `the bundled KB is invalid:\n${formatKbErrors(loaded.errors, displayPath(kbDir))}`,
    );
  }
  return compileKb(loaded.kb);
}

function withUserKb(bundled: KnowledgeBase, file: string): CompiledKb {
  let text: string;
  try {
    text = decodeUtf8(readFileSync(file));
  } catch (e) {
    throw new Error(`--kb ${file}: cannot read: ${message(e)}`, { cause: e });
  }
  const result = parseUserKbFile(text, bundled);
  if (!result.ok) throw new Error(formatKbErrors(result.errors, file));
  return compileKb(result.merged);
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
  const { document } = parseHTML(text);
  return collectText(document, { checkStyle: false }).text;
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
  let compiled: CompiledKb;
  try {
    compiled = bundledKb();
    if (values.kb !== undefined) compiled = withUserKb(compiled.kb, values.kb);
  } catch (e) {
    console.error(`spot: ${message(e)}`);
    return 2;
  }
  const matcher = loadMatcher(compiled.matcher);
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
