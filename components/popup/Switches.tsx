/** "On for this site" and "Pause everywhere": both persist in storage; content scripts watch it. */
import { t } from '@/utils/i18n';

interface Props {
  /** Null when the tab has no site (browser pages). */
  siteOn: boolean | null;
  paused: boolean;
  onSite: (on: boolean) => void;
  onPause: (paused: boolean) => void;
}

export function Switches({ siteOn, paused, onSite, onPause }: Props) {
  return (
    <div class="switches">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          id="switch-site"
          checked={siteOn === true}
          disabled={siteOn === null}
          onChange={(e) => onSite(e.currentTarget.checked)}
        />
        <span>{siteOn === null ? t('switchSiteUnavailable') : t('switchSite')}</span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          id="switch-pause"
          checked={paused}
          onChange={(e) => onPause(e.currentTarget.checked)}
        />
        <span>{t('switchPause')}</span>
      </label>
    </div>
  );
}
