/**
 * Import or remove the user's own KB file. A file is validated against the
 * bundled KB first; a bad one lists every error and changes nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { getCompiledKb } from '@/lib/kb/load-compiled';
import type { KnowledgeBase } from '@/lib/kb/types';
import { parseUserKbFile } from '@/lib/kb/user-kb';
import type { KbError } from '@/lib/kb/validate';
import { t } from '@/utils/i18n';
import { userKbItem } from '@/utils/settings-store';

type Status =
  | { kind: 'idle' }
  | { kind: 'imported'; file: string }
  | { kind: 'removed' }
  | { kind: 'errors'; file: string; errors: KbError[] };

function isKb(v: unknown): v is KnowledgeBase {
  const kb = v as Partial<KnowledgeBase> | null;
  return (
    !!kb && Array.isArray(kb.entities) && Array.isArray(kb.claims) && Array.isArray(kb.sources)
  );
}

export function UserKbSection() {
  const [current, setCurrent] = useState<KnowledgeBase | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    void userKbItem.getValue().then((v) => setCurrent(isKb(v) ? v : null));
    return userKbItem.watch((v) => setCurrent(isKb(v) ? v : null));
  }, []);

  async function onFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setStatus({
        kind: 'errors',
        file: file.name,
        errors: [{ path: '(file)', message: String(e) }],
      });
      return;
    }
    const result = parseUserKbFile(text, getCompiledKb().kb);
    input.value = '';
    if (!result.ok) {
      setStatus({ kind: 'errors', file: file.name, errors: result.errors });
      return;
    }
    await userKbItem.setValue(result.kb);
    setStatus({ kind: 'imported', file: file.name });
  }

  return (
    <section aria-labelledby="userkb-heading">
      <h2 id="userkb-heading">{t('optionsUserKb')}</h2>
      <p class="muted">{t('optionsUserKbHelp')}</p>
      <p data-testid="userkb-current">
        {current
          ? t(
              'optionsUserKbLoaded',
              current.entities.length,
              current.claims.length,
              current.sources.length,
            )
          : t('optionsUserKbNone')}
      </p>
      <label class="file">
        {t('optionsUserKbChoose')}
        <input
          type="file"
          id="userkb-file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </label>
      {current && (
        <button
          type="button"
          class="button"
          id="userkb-remove"
          onClick={() => void userKbItem.removeValue().then(() => setStatus({ kind: 'removed' }))}
        >
          {t('optionsUserKbRemove')}
        </button>
      )}
      <div aria-live="polite" data-testid="userkb-status">
        {status.kind === 'imported' && <p class="ok">{t('optionsUserKbImported', status.file)}</p>}
        {status.kind === 'removed' && <p class="ok">{t('optionsUserKbRemoved')}</p>}
      </div>
      {status.kind === 'errors' && (
        <div class="errors" role="alert" data-testid="userkb-errors">
          <p>{t('optionsUserKbErrors', status.file, status.errors.length)}</p>
          <ul>
            {status.errors.map((e, i) => (
              <li key={i}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
