/** One claim with its provenance: speaker, summary, exact quote, source, date, agree/conflict badges. */
import { formatDate } from '@/lib/kb/card-model';
import type { Claim, Source } from '@/lib/kb/types';
import { t, uiLocale } from '@/utils/i18n';
import { claimDate, linkedClaims, sourceLabel, type KbView } from './kb-view';

interface Props {
  view: KbView;
  claim: Claim;
  onOpenEntity: (id: string) => void;
  /** Heading level for the summary, so the outline stays valid wherever the item sits. */
  headingLevel?: 3 | 4;
}

const locale = uiLocale();

/** Who reported it, in a few words: the publisher when known (titles can be whole headlines). */
function reporterName(source: Source | undefined): string {
  return source?.publisher ?? sourceLabel(source);
}

export function ClaimItem({ view, claim, onOpenEntity, headingLevel = 4 }: Props) {
  const speaker = claim.speakerId ? view.entities.get(claim.speakerId) : undefined;
  const source = view.sources.get(claim.sourceId);
  const reporter = view.sources.get(claim.reportedBy ?? claim.sourceId);
  const date = claimDate(view, claim);
  const links = view.linksOf.get(claim.id) ?? [];
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article class="claim" data-claim-id={claim.id}>
      <p class="claim-meta">
        <span class={`kind kind-${claim.kind}`}>{t(`kind_${claim.kind.replace('-', '_')}`)}</span>
        {speaker ? (
          <button type="button" class="linkish speaker" onClick={() => onOpenEntity(speaker.id)}>
            {t('claimSaid', speaker.name)}
          </button>
        ) : (
          <span class="reporter">{t('claimReported', reporterName(reporter))}</span>
        )}
      </p>
      <Heading class="claim-summary">{claim.text}</Heading>
      {claim.quote && (
        <blockquote class="claim-quote" aria-label={t('claimQuoteLabel')}>
          “{claim.quote}”
        </blockquote>
      )}
      <p class="claim-source">
        {t('claimSource', sourceLabel(source))}
        {date && (
          <>
            {' · '}
            <time dateTime={date}>{formatDate(date, locale)}</time>
          </>
        )}
      </p>
      {links.length > 0 && (
        <div class="badges">
          {links.map((link) => (
            <details class={`badge badge-${link.type}`} key={link.id} data-link-type={link.type}>
              <summary>
                <span class="badge-label">
                  {t(link.type === 'agrees' ? 'badgeAgrees' : 'badgeConflicts')}
                </span>{' '}
                <span class="badge-note">{link.note}</span>
              </summary>
              <ul>
                {linkedClaims(view, link, claim.id).map((other) => (
                  <li key={other.id}>
                    {t(
                      'linkedClaimFrom',
                      reporterName(view.sources.get(other.sourceId)),
                      other.text,
                    )}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      )}
    </article>
  );
}
