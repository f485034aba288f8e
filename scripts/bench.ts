/**
 * `npm run bench`: runs every scripts/bench/*.ts module's exported
 * `run(): Promise<string>` one after another (so they do not disturb each
 * other's timings) and prints each report. Benchmarks report numbers; they
 * never fail the test suite. Node runs with --expose-gc so benches can
 * measure heap after `global.gc()`.
 *
 * `npm run bench -- search` runs only the benches whose file name contains "search".
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const BENCH_DIR = resolve(import.meta.dirname, 'bench');

/** What a scripts/bench/*.ts module exports. */
export interface BenchModule {
  run(): Promise<string>;
}

function isBench(module: unknown): module is BenchModule {
  return typeof (module as Partial<BenchModule> | null)?.run === 'function';
}

async function main(filters: string[]): Promise<number> {
  const files = (await readdir(BENCH_DIR))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
    .sort();
  if (files.length === 0) {
    console.error(`No benchmarks in ${BENCH_DIR} match ${filters.join(', ') || '*'}`);
    return 1;
  }
  if (typeof global.gc !== 'function') {
    console.warn('global.gc is not available: run through `npm run bench` (node --expose-gc).');
  }
  let failures = 0;
  for (const name of files) {
    const title = `── ${name.replace(/\.ts$/, '')} `;
    console.log(`\n${title.padEnd(72, '─')}`);
    const started = performance.now();
    try {
      const module: unknown = await import(pathToFileURL(join(BENCH_DIR, name)).href);
      if (!isBench(module)) throw new Error('does not export run(): Promise<string>');
      console.log((await module.run()).trimEnd());
    } catch (error) {
      failures++;
      console.error(
        `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
