import { render } from 'preact';
import { t } from '@/utils/i18n';
import { Popup } from '@/components/popup/Popup';
import '@/components/popup/popup.css';

document.title = t('popupTitle');
render(
  <Popup
    search={location.search}
    onReady={() => {
      // The e2e tests and the popup bench wait for this.
      document.body.dataset.ready = 'true';
      document.body.dataset.readyAt = performance.now().toFixed(1);
    }}
    onKbReady={() => {
      document.body.dataset.kbAt = performance.now().toFixed(1);
    }}
  />,
  document.getElementById('app')!,
);
