import type { Ref } from 'preact';
import { plural, t, uiLocale } from '@/utils/i18n';
import { formatDate, type CardClaim, type CardModel } from '@/lib/kb/card-model';

/** Light or dark card; see `cardScheme` in CardLayer. */
export type CardScheme = 'light' | 'dark';

/** Props of {@link EntityCard}. */
export interface EntityCardProps {
  model: CardModel;
  onClose: () => void;
  onSeeAll: (entityId: string) => void;
  cardRef?: Ref<HTMLDivElement>;
  scheme?: CardScheme;
}

function ClaimItem({ claim, locale }: { claim: CardClaim; locale: string | undefined }) {
  const showSummary = !claim.quote || !claim.summaryRedundant;
  const date = claim.date ? formatDate(claim.date, locale) : undefined;
  const sourceLine = [claim.publisher, date, claim.sourceTitle].filter(Boolean).join(' · ');
  return (
    <li class="bs-claim" data-claim-id={claim.id}>
      {showSummary && <p class="bs-claim-text">{claim.text}</p>}
      {claim.quote && (
        <blockquote class="bs-quote">
          {claim.speaker && <span class="bs-speaker">{claim.speaker}: </span>}
          <q>{claim.quote}</q>
        </blockquote>
      )}
      {!claim.quote && claim.speaker && <p class="bs-said">{t('cardSpeaker', claim.speaker)}</p>}
      {/* Two lines: publisher and date always show, a long headline is cut (full text on hover). */}
      <p class="bs-source" title={sourceLine}>
        {claim.publisher && <span class="bs-publisher">{claim.publisher}</span>}
        {claim.publisher && ' · '}
        {date && (
          <>
            <time dateTime={claim.date}>{date}</time>
            {' · '}
          </>
        )}
        <cite>{claim.sourceTitle}</cite>
      </p>
      {claim.link && (
        <p class={`bs-link bs-link-${claim.link.type}`} data-link-type={claim.link.type}>
          <span class="bs-badge">
            {t(claim.link.type === 'agrees' ? 'cardBadgeAgrees' : 'cardBadgeConflicts')}
          </span>{' '}
          {claim.link.note}
        </p>
      )}
    </li>
  );
}

/** The hover card: who or what a marked name is, and what was claimed, with sources. */
export function EntityCard({
  model,
  onClose,
  onSeeAll,
  cardRef,
  scheme = 'light',
}: EntityCardProps) {
  const titleId = `bs-title-${model.entityId}`;
  const locale = uiLocale();
  return (
    <div
      ref={cardRef}
      class="bs-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-entity-id={model.entityId}
      data-scheme={scheme}
    >
      <header class="bs-head">
        <div class="bs-title">
          <h2 class="bs-name" id={titleId}>
            {model.name}
          </h2>
          <p class="bs-meta">
            <span class={`bs-type bs-type-${model.type}`}>{t(`type_${model.type}`)}</span>
            {model.role && <span class="bs-role"> · {model.role}</span>}
            {model.role && model.roleAsOf && (
              <span class="bs-as-of"> {t('cardRoleAsOf', formatDate(model.roleAsOf, locale))}</span>
            )}
          </p>
        </div>
        <button
          type="button"
          class="bs-close"
          aria-label={t('cardClose')}
          title={t('cardCloseTitle')}
          onClick={onClose}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path
              d="M3.5 3.5l9 9m0-9l-9 9"
              stroke="currentColor"
              stroke-width="1.8"
              stroke-linecap="round"
            />
          </svg>
        </button>
      </header>
      <div class="bs-body">
        {model.description && <p class="bs-desc">{model.description}</p>}
        {model.relations.length > 0 && (
          <ul class="bs-relations" aria-label={t('entityRelations')}>
            {model.relations.map((r) => (
              <li key={`${r.label}|${r.target}`}>
                <span class="bs-rel-label">{r.label}</span> {r.target}
              </li>
            ))}
          </ul>
        )}
        {model.claims.length > 0 && (
          <section class="bs-claims-section" aria-labelledby={`${titleId}-claims`}>
            <h3 class="bs-section-title" id={`${titleId}-claims`}>
              {t('cardKeyClaims')}
            </h3>
            <ul class="bs-claims">
              {model.claims.map((c) => (
                <ClaimItem key={c.id} claim={c} locale={locale} />
              ))}
            </ul>
          </section>
        )}
      </div>
      {model.totalClaims > 0 && (
        <footer class="bs-foot">
          <button type="button" class="bs-all" onClick={() => onSeeAll(model.entityId)}>
            {model.totalClaims > model.claims.length
              ? plural(model.totalClaims, 'cardSeeAllOne', 'cardSeeAll')
              : t('cardOpenInPanel')}
          </button>
        </footer>
      )}
    </div>
  );
}
