/**
 * What the content script should mark on a fixture page, computed in Node by
 * the same pure pipeline (linkedom DOM → text collector → matcher) without
 * any of the browser-side chunking, ranges or highlights. The browser must
 * agree with it, name for name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { collectText } from '../../dom/text-collector';
import type { BundledKb } from '../../lib/kb/compile';
import { loadPackedMatcher } from '../../lib/matcher/index';
import { ROOT } from './harness/server';

const PAGES = join(ROOT, 'tests/fixtures/pages');

function compiledKb(): BundledKb {
  return JSON.parse(readFileSync(join(ROOT, 'generated/kb.json'), 'utf8')) as BundledKb;
}

/** Marked texts per highlight name (`backstory-person`, ...), whitespace-collapsed, sorted. */
export function expectedMarks(page: string): Record<string, string[]> {
  const kb = compiledKb();
  const types = new Map(kb.kb.entities.map((e) => [e.id, e.type]));
  const { document } = parseHTML(readFileSync(join(PAGES, page), 'utf8'));
  const snapshot = collectText(document.body, { checkStyle: false });
  const out: Record<string, string[]> = {};
  // The matcher the extension ships.
  const matcher = loadPackedMatcher(
    new Uint8Array(readFileSync(join(ROOT, 'generated/matcher.bin'))),
  );
  for (const m of matcher.findMentions(snapshot.text)) {
    const name = `backstory-${types.get(m.entityId)}`;
    (out[name] ??= []).push(m.text.replace(/\s+/g, ' '));
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** An entity id of the bundled KB by its name. */
export function entityIdByName(name: string): string {
  const entity = compiledKb().kb.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity named ${name} in the bundled KB`);
  return entity.id;
}

/** Bundles the VDOM fixture app (Preact) into tests/fixtures/pages/react-app/generated/. */
export async function buildVdomFixture(): Promise<void> {
  await build({
    entryPoints: [join(PAGES, 'react-app/app.tsx')],
    outfile: join(PAGES, 'react-app/generated/app.js'),
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Development build: the framework's own warnings reach the console.
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
}
