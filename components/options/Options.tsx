/** The options page: marking preferences, switched-off sites, the user's KB, reset. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityType } from '@/lib/kb/types';
import {
  ENTITY_TYPES,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  defaultSettings,
  hasDamagedSettings,
  parseSettings,
  type Settings,
} from '@/lib/settings';
import { t } from '@/utils/i18n';
import { resetSettings, settingsItem, updateSettings, watchSettings } from '@/utils/settings-store';
import { UserKbSection } from './UserKbSection';

export function Options({ onReady }: { onReady?: () => void }) {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [loaded, setLoaded] = useState(false);
  const [damaged, setDamaged] = useState(false);
  const [status, setStatus] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirmReset) confirmButton.current?.focus();
  }, [confirmReset]);

  function cancelReset() {
    setConfirmReset(false);
    requestAnimationFrame(() => resetButton.current?.focus());
  }

  function doReset() {
    void resetSettings().then((s) => {
      setSettings(s);
      setDamaged(false);
      setConfirmReset(false);
      setStatus(t('optionsResetDone'));
      requestAnimationFrame(() => resetButton.current?.focus());
    });
  }

  useEffect(() => {
    void settingsItem
      .getValue()
      .catch(() => null)
      .then((raw) => {
        setDamaged(hasDamagedSettings(raw));
        setSettings(parseSettings(raw));
        setLoaded(true);
        onReady?.();
      });
    return watchSettings(setSettings);
  }, []);

  async function change(patch: Partial<Settings>) {
    setSettings(await updateSettings(patch));
    setDamaged(false);
    setStatus(t('optionsSaved'));
  }

  function toggleType(type: EntityType, on: boolean) {
    const set = new Set(settings.markTypes);
    if (on) set.add(type);
    else set.delete(type);
    void change({ markTypes: ENTITY_TYPES.filter((x) => set.has(x)) });
  }

  return (
    <main class="options" aria-busy={!loaded}>
      <h1>{t('optionsTitle')}</h1>
      {damaged && (
        <p class="warning" role="status" data-testid="corrupt-note">
          {t('optionsCorrupt')}
        </p>
      )}
      <section aria-labelledby="marking-heading">
        <h2 id="marking-heading">{t('optionsMarking')}</h2>
        {settings.paused && <p class="warning">{t('optionsPaused')}</p>}
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            id="opt-paused"
            checked={settings.paused}
            onChange={(e) => void change({ paused: e.currentTarget.checked })}
          />
          <span>{t('switchPause')}</span>
        </label>
        <div class="field">
          <label for="opt-delay">{t('optionsHoverDelay')}</label>
          <input
            id="opt-delay"
            type="number"
            min={HOVER_DELAY_MIN_MS}
            max={HOVER_DELAY_MAX_MS}
            step={50}
            value={settings.hoverDelayMs}
            aria-describedby="opt-delay-help"
            onChange={(e) => {
              const v = e.currentTarget.valueAsNumber;
              if (Number.isFinite(v)) void change({ hoverDelayMs: v });
            }}
          />
          <span id="opt-delay-help" class="muted">
            {t('optionsHoverDelayHelp', HOVER_DELAY_MIN_MS, HOVER_DELAY_MAX_MS)}
          </span>
        </div>
        <fieldset>
          <legend>{t('optionsMarkTypes')}</legend>
          {ENTITY_TYPES.map((type) => (
            <label key={type} class="check">
              <input
                type="checkbox"
                name="markTypes"
                value={type}
                checked={settings.markTypes.includes(type)}
                onChange={(e) => toggleType(type, e.currentTarget.checked)}
              />
              <span class={`dot dot-${type}`} aria-hidden="true" /> {t(`type_${type}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('optionsHighlightStyle')}</legend>
          {HIGHLIGHT_STYLES.map((style) => (
            <label key={style} class="check">
              <input
                type="radio"
                name="highlightStyle"
                value={style}
                checked={settings.highlightStyle === style}
                onChange={() => void change({ highlightStyle: style })}
              />
              {t(`style_${style}`)}
            </label>
          ))}
        </fieldset>
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsDisabledSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('optionsNoDisabledSites')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  class="button"
                  aria-label={t('optionsRemoveSite', site)}
                  onClick={() =>
                    void change({ disabledSites: settings.disabledSites.filter((s) => s !== site) })
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <UserKbSection />
      <section class="reset" aria-labelledby="reset-heading">
        <h2 id="reset-heading">{t('optionsResetHeading')}</h2>
        {confirmReset ? (
          <div
            class="confirm"
            role="group"
            aria-labelledby="reset-question"
            onKeyDown={(e) => {
              if (e.key === 'Escape') cancelReset();
            }}
          >
            <p id="reset-question">{t('optionsResetConfirm')}</p>
            <div class="actions">
              <button
                type="button"
                class="button danger"
                id="opt-reset-confirm"
                ref={confirmButton}
                onClick={doReset}
              >
                {t('optionsResetConfirmYes')}
              </button>
              <button type="button" class="button" id="opt-reset-cancel" onClick={cancelReset}>
                {t('optionsResetCancel')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            class="button"
            id="opt-reset"
            ref={resetButton}
            onClick={() => setConfirmReset(true)}
          >
            {t('optionsReset')}
          </button>
        )}
      </section>
      <p class="status" aria-live="polite" data-testid="options-status">
        {status}
      </p>
    </main>
  );
}
