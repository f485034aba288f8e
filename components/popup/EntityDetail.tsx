/** An entity's full entry: type, role, description, other spellings, relations, every claim. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AliasInput } from '@/lib/kb/types';
import { ClaimItem } from './ClaimItem';
import { formatDate, sourceMonth } from '@/lib/kb/card-model';
import { t, uiLocale } from '@/utils/i18n';
import { sourceLabel, type KbView } from './kb-view';

interface Props {
  view: KbView;
  entityId: string;
  onOpenEntity: (id: string) => void;
  onBack: () => void;
}

const aliasText = (a: AliasInput): string => (typeof a === 'string' ? a : a.text);

export function EntityDetail({ view, entityId, onOpenEntity, onBack }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Before paint, not after (useEffect): the reader's next key must reach the
  // entry, and a frame later it would still go to the list just left.
  useLayoutEffect(() => heading.current?.focus(), [entityId]);
  const entity = view.entities.get(entityId);
  if (!entity) {
    return (
      <section class="detail">
        <button type="button" class="back" onClick={onBack}>
          {t('back')}
        </button>
        <p class="state" role="status">
          {t('entityNotFound')}
        </p>
      </section>
    );
  }
  // Case forms ("Путина") are found on pages but are no names of their own.
  const listed = entity.aliases.filter((a) => typeof a === 'string' || a.inflected !== true);
  const aliases = [...new Set(listed.map(aliasText))].filter((a) => a !== entity.name);
  const claims = view.claimsOf.get(entity.id) ?? [];
  // Roles change: say when the source gave this one.
  const roleAsOf = entity.role ? sourceMonth(view.sources.get(entity.role.sourceId)) : undefined;
  return (
    <section class="detail" aria-labelledby="detail-name" data-entity-id={entity.id}>
      <button type="button" class="back" onClick={onBack}>
        {t('back')}
      </button>
      <h2 id="detail-name" tabIndex={-1} ref={heading}>
        {entity.name}
      </h2>
      <p class="entity-type">
        {t(`type_${entity.type}`)}
        {entity.role && <> · {entity.role.text}</>}
        {entity.role && roleAsOf && ` ${t('cardRoleAsOf', formatDate(roleAsOf, uiLocale()))}`}
      </p>
      {entity.description && (
        <p class="entity-description">
          {entity.description.text}{' '}
          <span
            class="muted"
            title={sourceLabel(view.sources.get(entity.description.sourceId)) || undefined}
          >
            (
            {view.sources.get(entity.description.sourceId)?.publisher ??
              (sourceLabel(view.sources.get(entity.description.sourceId)) ||
                entity.description.sourceId)}
            )
          </span>
        </p>
      )}
      {aliases.length > 0 && <p class="muted">{t('entityAlsoKnownAs', aliases.join(', '))}</p>}
      {entity.relations && entity.relations.length > 0 && (
        <>
          <h3>{t('entityRelations')}</h3>
          <ul class="relations">
            {entity.relations.map((r, i) => {
              const target = view.entities.get(r.targetId);
              return (
                <li key={i}>
                  {r.label ?? r.type}{' '}
                  {target ? (
                    <button type="button" class="linkish" onClick={() => onOpenEntity(target.id)}>
                      {target.name}
                    </button>
                  ) : (
                    r.targetId
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>{t('entityClaims', entity.name)}</h3>
      {claims.length === 0 ? (
        <p class="muted">{t('entityNoClaims')}</p>
      ) : (
        <ul class="claims">
          {claims.map((c) => (
            <li key={c.id}>
              <ClaimItem view={view} claim={c} onOpenEntity={onOpenEntity} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface ClaimProps {
  view: KbView;
  claimId: string;
  onOpenEntity: (id: string) => void;
  onBack: () => void;
}

/** A claim opened from search: the claim and the entities it is about. */
export function ClaimDetail({ view, claimId, onOpenEntity, onBack }: ClaimProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [claimId]);
  const claim = view.claims.get(claimId);
  return (
    <section class="detail" aria-labelledby="detail-claim">
      <button type="button" class="back" onClick={onBack}>
        {t('back')}
      </button>
      <h2 id="detail-claim" class="visually-hidden" tabIndex={-1} ref={heading}>
        {claim?.text ?? t('entityNotFound')}
      </h2>
      {claim && (
        <>
          <ClaimItem view={view} claim={claim} onOpenEntity={onOpenEntity} headingLevel={3} />
          <h3>{t('claimAbout')}</h3>
          <ul class="chips">
            {claim.entityIds.map((id) => (
              <li key={id}>
                <button type="button" class="chip" onClick={() => onOpenEntity(id)}>
                  {view.entities.get(id)?.name ?? id}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
