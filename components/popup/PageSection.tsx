/** "On this page": the tab's entities with mention counts, then related claims grouped by entity. */
import { useState } from 'preact/hooks';
import type { PageSummary } from '@/lib/protocol';
import { ClaimItem } from './ClaimItem';
import { plural, t } from '@/utils/i18n';
import { knownPageEntities, relatedClaimGroups, type KbView } from './kb-view';

/** Where the popup stands with the tab's content script. */
export type PageState =
  { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; summary: PageSummary };

/**
 * Names shown before "Show all": about three rows at popup width, so the
 * related claims stay in sight on a page that mentions dozens of names.
 */
const CHIPS_SHOWN = 10;

interface Props {
  view: KbView;
  page: PageState;
  onFocusEntity: (id: string) => void;
  onOpenEntity: (id: string) => void;
}

export function PageSection({ view, page, onFocusEntity, onOpenEntity }: Props) {
  const [allChips, setAllChips] = useState(false);
  let body;
  let live = '';
  if (page.status === 'loading') {
    body = <p class="state">{t('pageLoading')}</p>;
  } else if (page.status === 'unavailable') {
    body = (
      <p class="state" data-state="unavailable">
        {t('pageUnavailable')}
      </p>
    );
    live = t('pageUnavailable');
  } else if (!page.summary.active) {
    body = (
      <p class="state" data-state="inactive">
        {t('pageInactive')}
      </p>
    );
    live = t('pageInactive');
  } else {
    const entities = knownPageEntities(view, page.summary.entities);
    const groups = relatedClaimGroups(view, entities);
    const claimCount = groups.reduce((n, g) => n + g.claims.length, 0);
    live = t('pageSummaryCount', entities.length, claimCount);
    body =
      entities.length === 0 ? (
        <p class="state" data-state="empty">
          {t('pageNothingFound')}
        </p>
      ) : (
        <>
          <ul class="chips page-entities" aria-label={t('pageEntitiesLabel')}>
            {entities.map(({ entityId, count }, i) => {
              const e = view.entities.get(entityId)!;
              return (
                <li key={entityId} data-entity-id={entityId} hidden={!allChips && i >= CHIPS_SHOWN}>
                  <button
                    type="button"
                    class="chip"
                    title={t('pageEntityFocusHint', e.name)}
                    onClick={() => onFocusEntity(entityId)}
                  >
                    <span class={`dot dot-${e.type}`} aria-hidden="true" />
                    {e.name}
                    <span class="count" aria-hidden="true">
                      {count}
                    </span>
                    <span class="visually-hidden">
                      , {plural(count, 'pageEntityCountOne', 'pageEntityCount')}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          {entities.length > CHIPS_SHOWN && (
            <button
              type="button"
              class="linkish more"
              aria-expanded={allChips}
              onClick={() => setAllChips((v) => !v)}
            >
              {allChips ? t('pageShowFewerNames') : t('pageShowAllNames', entities.length)}
            </button>
          )}
          {groups.length > 0 && <h2 class="subhead">{t('relatedClaims')}</h2>}
          {groups.map((g) => {
            const e = view.entities.get(g.entityId)!;
            return (
              <section class="claim-group" key={g.entityId} data-group={g.entityId}>
                <h3>
                  <button type="button" class="linkish" onClick={() => onOpenEntity(e.id)}>
                    {t('claimsAbout', e.name)}
                  </button>
                </h3>
                <ul class="claims">
                  {g.claims.map((c) => (
                    <li key={c.id}>
                      <ClaimItem view={view} claim={c} onOpenEntity={onOpenEntity} />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      );
  }
  return (
    <section class="page" aria-labelledby="page-heading">
      <h2 id="page-heading">{t('onThisPage')}</h2>
      <p class="visually-hidden" aria-live="polite" data-testid="page-live">
        {live}
      </p>
      {body}
    </section>
  );
}
