import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
/** The Firefox store build `wxt build -b firefox` writes. */
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
/** Where each web-ext lint warning we cannot remove is explained for AMO review. */
export const REVIEW_NOTES = join(ROOT, 'docs/store-review.md');

/** One addons-linter finding. */
export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** What `web-ext lint` found, and which warnings docs/store-review.md does not explain. */
export interface FirefoxLintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
  unexplainedWarnings: LintMessage[];
}

/** Warning codes explained in docs/store-review.md: written there as `CODE` in backticks. */
export function explainedCodes(notes: string): Set<string> {
  return new Set([...notes.matchAll(/`([A-Z][A-Z0-9_]{3,})`/g)].map((match) => match[1]!));
}

/**
 * Runs `web-ext lint` (addons-linter, offline) on an unpacked Firefox build
 * and checks every warning against the review notes.
 */
export function lintFirefox(sourceDir: string = FIREFOX_BUILD): FirefoxLintReport {
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-input', '--no-config-discovery'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const json = result.stdout.slice(result.stdout.indexOf('{'));
  let parsed: Partial<FirefoxLintReport>;
  try {
    parsed = JSON.parse(json) as Partial<FirefoxLintReport>;
  } catch {
    throw new Error(`web-ext lint gave no JSON report (exit ${result.status}):\n${result.stderr}`);
  }
  const explained = explainedCodes(readFileSync(REVIEW_NOTES, 'utf8'));
  const warnings = parsed.warnings ?? [];
  return {
    errors: parsed.errors ?? [],
    warnings,
    notices: parsed.notices ?? [],
    unexplainedWarnings: warnings.filter((warning) => !explained.has(warning.code)),
  };
}

function describe(message: LintMessage): string {
  const where = message.file ? ` (${message.file}${message.line ? `:${message.line}` : ''})` : '';
  return `${message.code}: ${message.message}${where}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = lintFirefox(process.argv[2] ? resolve(process.argv[2]) : FIREFOX_BUILD);
  for (const error of report.errors) console.error(`error   ${describe(error)}`);
  for (const warning of report.warnings) {
    const note = report.unexplainedWarnings.includes(warning)
      ? ' [NOT EXPLAINED in docs/store-review.md]'
      : '';
    console.log(`warning ${describe(warning)}${note}`);
  }
  console.log(
    `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
      `(${report.unexplainedWarnings.length} unexplained), ${report.notices.length} notices`,
  );
  process.exitCode = report.errors.length + report.unexplainedWarnings.length > 0 ? 1 : 0;
}
