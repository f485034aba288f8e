/**
 * `npm run --silent kb -- <command>`:
 *   export            print the bundled KB as JSON (export form)
 *   check FILE.json   validate a user KB file, alone and against the bundled KB
 * Exit codes: 0 ok, 1 invalid KB, 2 usage error or unreadable file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toExportForm } from '../lib/kb/normalize-kb';
import { parseUserKbFile } from '../lib/kb/user-kb';
import { formatKbErrors } from '../lib/kb/validate';
import { displayPath, loadKbDir, REPO_ROOT } from './kb-files';

const USAGE = `Usage: npm run --silent kb -- <command> [options]

Commands:
  export            Print the whole bundled KB as JSON: {"entities":[...],"claims":[...],
                    "sources":[...],"links":[...]} with aliases as plain strings and
                    non-default alias rules in "aliasRules".
  check FILE.json   Validate a user KB file in the same format, on its own and against
                    the bundled KB (id and alias clashes). Prints every error.

Options:
  --kb-dir DIR      Bundled KB source directory (default: <repo>/kb)
  -h, --help        Show this help

Exit status: 0 ok, 1 the KB has errors, 2 usage error or unreadable file.`;

function fail(message: string, code: number): number {
  console.error(`kb: ${message}`);
  return code;
}

function loadBundled(kbDir: string) {
  const loaded = loadKbDir(kbDir, REPO_ROOT);
  if (!loaded.ok) {
    console.error(formatKbErrors(loaded.errors, displayPath(kbDir)));
    console.error(`kb: the bundled KB in ${displayPath(kbDir)} has errors (see above)`);
  }
  return loaded;
}

function check(file: string, kbDir: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = e && typeof e === 'object' && 'code' in e ? String(e.code) : '';
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : e instanceof Error
            ? e.message
            : String(e);
    return fail(`cannot read ${file}: ${reason}`, 2);
  }
  const bundled = loadBundled(kbDir);
  if (!bundled.ok) return 2;
  const result = parseUserKbFile(text, bundled.kb);
  if (!result.ok) {
    console.log(formatKbErrors(result.errors, file));
    const n = result.errors.length;
    console.error(`${file}: ${n} error${n === 1 ? '' : 's'}`);
    return 1;
  }
  console.log(`ok: ${result.kb.entities.length} entities, ${result.kb.claims.length} claims`);
  return 0;
}

function main(argv: string[]): number {
  let parsed: ReturnType<typeof parse>;
  function parse(args: string[]) {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { 'kb-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  }
  try {
    parsed = parse(argv);
  } catch (e) {
    return fail(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const kbDir = path.resolve(values['kb-dir'] ?? path.join(REPO_ROOT, 'kb'));
  switch (command) {
    case 'export': {
      if (rest.length > 0) return fail(`export takes no arguments\n\n${USAGE}`, 2);
      const bundled = loadBundled(kbDir);
      if (!bundled.ok) return 1;
      process.stdout.write(`${JSON.stringify(toExportForm(bundled.kb), null, 2)}\n`);
      return 0;
    }
    case 'check': {
      const [file, extra] = rest;
      if (file === undefined || extra !== undefined) {
        return fail(`check takes exactly one FILE.json\n\n${USAGE}`, 2);
      }
      return check(file, kbDir);
    }
    case undefined:
      return fail(`missing command\n\n${USAGE}`, 2);
    default:
      return fail(`unknown command "${command}"\n\n${USAGE}`, 2);
  }
}

process.exitCode = main(process.argv.slice(2));
