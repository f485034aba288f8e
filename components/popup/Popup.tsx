/**
 * The toolbar popup: search box (focused on open) over the whole KB, the
 * page's entities and related claims, entity and claim detail views, and
 * the site/pause switches.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { defaultSettings, disablingEntry, siteKey, type Settings } from '@/lib/settings';

const DEFAULTS = defaultSettings();
import type { SearchHit } from '@/lib/search/index';
import { getSettings, updateSettings, watchSettings } from '@/utils/settings-store';
import { ClaimDetail, EntityDetail } from './EntityDetail';
import { plural, t } from '@/utils/i18n';
import type { KbData } from './kb-data';
import { PageSection, type PageState } from './PageSection';
import { SearchResults, optionId } from './SearchResults';
import { Switches } from './Switches';
import { fetchSummary, focusEntity, resolveTab, type TargetTab } from './tab';

type View = { kind: 'home' } | { kind: 'entity'; id: string } | { kind: 'claim'; id: string };

const RESULT_LIMIT = 30;

export interface PopupProps {
  /** `location.search` of the popup page (tabId, entity). */
  search: string;
  /** Called once the first render is interactive (the bench waits for it). */
  onReady?: () => void;
  /** Called once the bundled KB is loaded and searchable. */
  onKbReady?: () => void;
}

export function Popup({ search, onReady, onKbReady }: PopupProps) {
  // The KB and its search code load in a separate chunk, so the box is usable at once.
  const [data, setData] = useState<KbData | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [stack, setStack] = useState<View[]>(() => {
    const entity = new URLSearchParams(search).get('entity');
    return entity ? [{ kind: 'home' }, { kind: 'entity', id: entity }] : [{ kind: 'home' }];
  });
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [loadedSettings, setSettings] = useState<Settings | null>(null);
  const settings = loadedSettings ?? DEFAULTS;
  const input = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const view = stack[stack.length - 1]!;

  useEffect(() => {
    if (view.kind === 'home') input.current?.focus();
    // Only the first render signals readiness.
    onReady?.();
  }, []);

  useEffect(() => {
    void import('./kb-data').then(async (m) => {
      const bundled = m.bundledKbData();
      setData(bundled);
      onKbReady?.();
      // Build the search index after painting, before the first keystroke needs it.
      setTimeout(() => bundled.searcher(), 30);
      const withUser = await m.userKbData();
      if (withUser) setData(withUser);
    });
    void getSettings().then(setSettings);
    const unwatch = watchSettings(setSettings);
    void resolveTab(search).then(setTab);
    return unwatch;
  }, [search]);

  // Ask the page again whenever the tab or the settings change: the content
  // script applies settings itself, its summary says whether it is active.
  useEffect(() => {
    if (!tab || !loadedSettings) return;
    let cancelled = false;
    void fetchSummary(tab).then((summary) => {
      if (cancelled) return;
      setPage(summary ? { status: 'ready', summary } : { status: 'unavailable' });
    });
    return () => {
      cancelled = true;
    };
  }, [tab, loadedSettings]);

  // A new query or view starts at the top, not where the last one was scrolled to.
  useEffect(() => {
    if (mainRef.current) mainRef.current.scrollTop = 0;
  }, [query, stack.length, view.kind === 'home' ? '' : view.id]);

  const hits = useMemo<SearchHit[]>(
    () => (data && query.trim() ? data.searcher().search(query, RESULT_LIMIT) : []),
    [data, query],
  );

  const url = page.status === 'ready' ? page.summary.url : tab?.url;
  const site = url !== undefined && page.status !== 'unavailable' ? siteKey(url) : null;
  const siteOn =
    site === null || url === undefined ? null : disablingEntry(settings, url) === undefined;

  function open(next: View) {
    setStack((s) => [...s, next]);
  }
  function back() {
    setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
    if (stack.length <= 2) requestAnimationFrame(() => input.current?.focus());
  }
  function pick(hit: SearchHit) {
    open(hit.kind === 'entity' ? { kind: 'entity', id: hit.id } : { kind: 'claim', id: hit.id });
  }
  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((a) => (a - 1 + hits.length) % hits.length);
    } else if (e.key === 'Home' && hits.length && e.ctrlKey) {
      setActive(0);
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      pick(hits[active]);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  }
  async function setSite(on: boolean) {
    if (url === undefined || site === null) return;
    await updateSettings((s) => ({
      disabledSites: on
        ? s.disabledSites.filter(
            (d) => disablingEntry({ ...s, disabledSites: [d] }, url) === undefined,
          )
        : [...s.disabledSites, site],
    }));
  }

  const showResults = view.kind === 'home' && query.trim() !== '';
  const count = hits.length;
  return (
    <div class="popup">
      <header class="top">
        <h1>{t('extName')}</h1>
        <button
          type="button"
          class="linkish"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('openOptions')}
        </button>
      </header>
      <div class="search" role="search">
        <label for="search" class="visually-hidden">
          {t('searchLabel')}
        </label>
        <input
          id="search"
          ref={input}
          type="search"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('searchPlaceholder')}
          value={query}
          role="combobox"
          aria-expanded={showResults && count > 0}
          aria-controls="results"
          aria-autocomplete="list"
          aria-activedescendant={showResults && count > 0 ? optionId(active) : undefined}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
            if (view.kind !== 'home') setStack([{ kind: 'home' }]);
          }}
          onKeyDown={onKeyDown}
        />
        {query && (
          <button
            type="button"
            class="clear"
            aria-label={t('searchClear')}
            onClick={() => {
              setQuery('');
              input.current?.focus();
            }}
          >
            ×
          </button>
        )}
      </div>
      <p class="visually-hidden" aria-live="polite" data-testid="search-live">
        {showResults
          ? count
            ? plural(count, 'searchCountOne', 'searchCount')
            : t('searchNoResults', query.trim())
          : ''}
      </p>
      <main ref={mainRef}>
        {!data ? (
          <p class="state">{t('pageLoading')}</p>
        ) : view.kind === 'entity' ? (
          <EntityDetail
            view={data.view}
            entityId={view.id}
            onOpenEntity={(id) => open({ kind: 'entity', id })}
            onBack={back}
          />
        ) : view.kind === 'claim' ? (
          <ClaimDetail
            view={data.view}
            claimId={view.id}
            onOpenEntity={(id) => open({ kind: 'entity', id })}
            onBack={back}
          />
        ) : showResults ? (
          count ? (
            <SearchResults
              view={data.view}
              hits={hits}
              active={active}
              onPick={pick}
              onHover={setActive}
            />
          ) : (
            <p class="state" data-state="no-results">
              {t('searchNoResults', query.trim())}
            </p>
          )
        ) : (
          <>
            <p class="hint muted">{t('searchHint')}</p>
            <PageSection
              view={data.view}
              page={page}
              onFocusEntity={(id) => tab && void focusEntity(tab, id)}
              onOpenEntity={(id) => open({ kind: 'entity', id })}
            />
          </>
        )}
      </main>
      <footer>
        <Switches
          siteOn={siteOn}
          paused={settings.paused}
          onSite={(on) => void setSite(on)}
          onPause={(paused) => void updateSettings({ paused })}
        />
      </footer>
    </div>
  );
}
