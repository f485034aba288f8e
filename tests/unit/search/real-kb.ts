/** The real bundled KB, loaded and validated from kb/*.json the way the build does. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { KnowledgeBase } from '@/lib/kb/types';
import { loadKbDir, REPO_ROOT } from '@/scripts/kb-files';

export function realKb(): KnowledgeBase {
  const loaded = loadKbDir(path.join(REPO_ROOT, 'kb'));
  if (!loaded.ok) throw new Error(`kb/ does not validate: ${JSON.stringify(loaded.errors)}`);
  return loaded.kb;
}

/** The source articles, for synthetic claim quotes. */
export function articleTexts(): string[] {
  return ['000_f000e4b42029985a.txt', '002_c5a1e1dd9fc8c05d.txt'].map((f) =>
    readFileSync(path.join(REPO_ROOT, 'tests/fixtures/articles', f), 'utf8'),
  );
}
