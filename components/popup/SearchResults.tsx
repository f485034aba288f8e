/** Search hits as a listbox driven from the search box (aria-activedescendant). */
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDate } from '@/lib/kb/card-model';
import type { SearchHit, SearchMatch } from '@/lib/search/index';
import { Highlighted } from './Highlighted';
import { t } from '@/utils/i18n';
import type { KbView } from './kb-view';

interface Props {
  view: KbView;
  hits: SearchHit[];
  active: number;
  onPick: (hit: SearchHit) => void;
  onHover: (index: number) => void;
}

export const optionId = (i: number): string => `result-${i}`;

function matchOf(hit: SearchHit, field: SearchMatch['field']): SearchMatch | undefined {
  return hit.matches.find((m) => m.field === field);
}

function EntityHit({ view, hit }: { view: KbView; hit: SearchHit }) {
  const e = view.entities.get(hit.id);
  if (!e) return null;
  const name = matchOf(hit, 'name');
  const alias = name ? undefined : matchOf(hit, 'alias');
  return (
    <>
      <span class="hit-title">
        <span class={`dot dot-${e.type}`} aria-hidden="true" />
        {/* One flex item, so highlighted runs stay inline with the rest of the name. */}
        <span>
          <Highlighted text={e.name} ranges={name?.ranges} />
        </span>
      </span>
      {alias && (
        <span class="hit-line">
          <Highlighted text={alias.text} ranges={alias.ranges} />
        </span>
      )}
      <span class="hit-line muted">
        {t(`type_${e.type}`)}
        {e.role && ` · ${e.role.text}`}
      </span>
    </>
  );
}

function ClaimHit({ view, hit }: { view: KbView; hit: SearchHit }) {
  const c = view.claims.get(hit.id);
  if (!c) return null;
  const summary = matchOf(hit, 'summary');
  const quote = matchOf(hit, 'quote');
  const speakerMatch = matchOf(hit, 'speaker');
  const speaker = c.speakerId ? view.entities.get(c.speakerId)?.name : undefined;
  return (
    <>
      <span class="hit-title">
        <span>
          <Highlighted text={c.text} ranges={summary?.ranges} />
        </span>
      </span>
      {quote && c.quote && (
        <span class="hit-line quote">
          “<Highlighted text={c.quote} ranges={quote.ranges} maxLength={140} />”
        </span>
      )}
      <span class="hit-line muted">
        {t(`kind_${c.kind.replace('-', '_')}`)}
        {speaker && (
          <>
            {' · '}
            <Highlighted text={speaker} ranges={speakerMatch?.ranges} />
          </>
        )}
        {c.date && ` · ${formatDate(c.date, browser.i18n.getUILanguage())}`}
        {[...new Set((view.linksOf.get(c.id) ?? []).map((l) => l.type))].map((type) => (
          <span key={type} class={`hit-badge badge-${type}`}>
            {t(type === 'agrees' ? 'badgeAgrees' : 'badgeConflicts')}
          </span>
        ))}
      </span>
    </>
  );
}

export function SearchResults({ view, hits, active, onPick, onHover }: Props) {
  // Keyboard selection must stay in sight inside the scrolling list.
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, hits]);
  return (
    <ul id="results" class="results" role="listbox" aria-label={t('searchResultsLabel')}>
      {hits.map((hit, i) => (
        <li
          key={`${hit.kind}:${hit.id}`}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          class={`hit hit-${hit.kind}${i === active ? ' active' : ''}`}
          data-kind={hit.kind}
          data-id={hit.id}
          onClick={() => onPick(hit)}
          onMouseMove={() => onHover(i)}
        >
          {hit.kind === 'entity' ? (
            <EntityHit view={view} hit={hit} />
          ) : (
            <ClaimHit view={view} hit={hit} />
          )}
        </li>
      ))}
    </ul>
  );
}
