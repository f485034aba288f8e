import type { Ref } from 'preact';
import { plural, t } from '@/utils/i18n';
import { formatDate, type CardClaim, type CardModel } from './card-model';

/** Props of {@link EntityCard}. */
export interface EntityCardProps {
  model: CardModel;
  onClose: () => void;
  onSeeAll: (entityId: string) => void;
  cardRef?: Ref<HTMLDivElement>;
}

function ClaimItem({ claim }: { claim: CardClaim }) {
  return (
    <li class="bs-claim" data-claim-id={claim.id}>
      {claim.quote ? (
        <blockquote class="bs-quote">
          {claim.speaker && <span class="bs-speaker">{claim.speaker}: </span>}
          <q>{claim.quote}</q>
        </blockquote>
      ) : (
        <p class="bs-claim-text">
          {claim.speaker && <span class="bs-speaker">{claim.speaker}: </span>}
          {claim.text}
        </p>
      )}
      <p class="bs-source">
        <cite>{claim.sourceTitle}</cite>
        {claim.publisher && <span> · {claim.publisher}</span>}
        {claim.date && <span> · {formatDate(claim.date)}</span>}
        {claim.link && (
          <span
            class={`bs-badge bs-badge-${claim.link.type}`}
            title={claim.link.note}
            aria-label={`${t(claim.link.type === 'agrees' ? 'badgeAgrees' : 'badgeConflicts')}: ${claim.link.note}`}
          >
            {t(claim.link.type === 'agrees' ? 'cardBadgeAgrees' : 'cardBadgeConflicts')}
          </span>
        )}
      </p>
    </li>
  );
}

/** The hover card: who or what a marked name is, and what was claimed, with sources. */
export function EntityCard({ model, onClose, onSeeAll, cardRef }: EntityCardProps) {
  const titleId = `bs-title-${model.entityId}`;
  return (
    <div
      ref={cardRef}
      class="bs-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-entity-id={model.entityId}
    >
      <header class="bs-head">
        <div>
          <h2 class="bs-name" id={titleId}>
            {model.name}
          </h2>
          <p class="bs-meta">
            <span class={`bs-type bs-type-${model.type}`}>{t(`type_${model.type}`)}</span>
            {model.role && <span class="bs-role"> · {model.role}</span>}
          </p>
        </div>
        <button
          type="button"
          class="bs-close"
          aria-label={t('cardClose')}
          title={t('cardCloseTitle')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
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
        <section aria-label={t('cardKeyClaims')}>
          <ul class="bs-claims">
            {model.claims.map((c) => (
              <ClaimItem key={c.id} claim={c} />
            ))}
          </ul>
        </section>
      )}
      {model.totalClaims > 0 && (
        <footer class="bs-foot">
          <button type="button" class="bs-all" onClick={() => onSeeAll(model.entityId)}>
            {plural(model.totalClaims, 'cardSeeAllOne', 'cardSeeAll')}
          </button>
        </footer>
      )}
    </div>
  );
}
