import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness/server';

const BIN = join(ROOT, 'node_modules/.bin');

function run(command: string, args: string[]): void {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(
      `e2e setup: \`${[command, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal})\n` +
        `${result.stdout?.toString() ?? ''}${result.stderr?.toString() ?? ''}`,
    );
  }
  console.log(`e2e setup: ${[command, ...args].join(' ')} (${Date.now() - started} ms)`);
}

/**
 * Builds what the real-browser tests load, once per run: the generated KB,
 * the Chrome store build, the Firefox store build and zips (checked by
 * package.e2e.ts) and the Firefox e2e build (store code plus the open-popup hook).
 * E2E_SKIP_BUILD=1 reuses the existing .output/ when iterating on tests.
 */
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  if (existsSync(join(ROOT, 'scripts/build-kb.ts'))) run(join(BIN, 'tsx'), ['scripts/build-kb.ts']);
  run(join(BIN, 'wxt'), ['build']);
  // zip also builds .output/firefox-mv2 and writes the AMO sources zip the package test checks.
  run(join(BIN, 'wxt'), ['zip', '-b', 'firefox']);
  run(join(BIN, 'wxt'), ['build', '-b', 'firefox', '--mode', 'e2e']);
}
