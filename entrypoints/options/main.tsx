import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { t } from '@/utils/i18n';
import '@/components/popup/popup.css';
import '@/components/options/options.css';

document.title = t('optionsTitle');
render(
  <Options
    onReady={() => {
      document.body.dataset.ready = 'true';
    }}
  />,
  document.getElementById('app')!,
);
