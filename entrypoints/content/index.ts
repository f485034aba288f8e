import '@/components/card/card.css';
import { startBackstory } from './backstory';
import { installE2eHook } from './e2e-hook';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  // card.css goes into the card's shadow root, not the page.
  cssInjectionMode: 'ui',
  main(ctx) {
    // --- e2e test hook (FOUNDATION): only in `--mode e2e` builds, tree-shaken from store builds.
    if (import.meta.env.MODE === 'e2e') installE2eHook();
    // --- end e2e test hook
    startBackstory(ctx).catch((error: unknown) =>
      console.error('Backstory failed to start', error),
    );
  },
});
