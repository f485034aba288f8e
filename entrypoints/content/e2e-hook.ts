import { browser } from 'wxt/browser';
import type { AnnotateStats } from '@/dom/annotator';
import type { Request } from '@/lib/protocol';

/** Page event the Firefox e2e tests dispatch to get the popup opened in a tab. */
export const E2E_OPEN_POPUP_EVENT = 'backstory-e2e-open-popup';
/** Page event the bench dispatches to run a second (warm) full pass in the same page. */
export const E2E_REANNOTATE_EVENT = 'backstory-e2e-reannotate';
/** User Timing measure of each full pass (detail = AnnotateStats plus `marks`). */
export const E2E_PASS_MEASURE = 'backstory-annotate';
/** User Timing measure prefix of start-up steps (`backstory-start`, `backstory-start-kb`, ...). */
export const E2E_START_MEASURE = 'backstory-start';

/*
 * Everything in this file is test-only and compiled in only by
 * `wxt build --mode e2e` (callers check `import.meta.env.MODE === 'e2e'`, so
 * store builds drop it): the page is not ours, and a store build leaves no
 * attribute, event listener or performance entry a page script could see.
 */

/**
 * WebDriver BiDi cannot navigate to moz-extension:// URLs, so the test page
 * asks the content script, which asks the background to open the popup page
 * for this tab.
 */
export function installE2eHook(): void {
  window.addEventListener(E2E_OPEN_POPUP_EVENT, () => {
    const request: Request = { type: 'e2e/open-popup' };
    void browser.runtime.sendMessage(request);
  });
}

/** Lets the bench ask for another full pass (the matcher is warm by then). */
export function onE2eReannotate(run: () => void): () => void {
  window.addEventListener(E2E_REANNOTATE_EVENT, run);
  return () => window.removeEventListener(E2E_REANNOTATE_EVENT, run);
}

/** Records a start-up step (`step` empty: main() to the first pass). */
export function e2eStartStep(step: string, start: number, end = performance.now()): void {
  try {
    performance.measure(step ? `${E2E_START_MEASURE}-${step}` : E2E_START_MEASURE, { start, end });
  } catch {
    // User Timing is a nicety for the bench; never let it break marking.
  }
}

/** Records a finished full pass and sets `<html data-backstory="ready">` for the tests. */
export function e2ePassDone(stats: AnnotateStats, start: number, marks: number): void {
  try {
    performance.measure(E2E_PASS_MEASURE, {
      start,
      end: performance.now(),
      detail: { ...stats, marks },
    });
  } catch {
    // See e2eStartStep.
  }
  document.documentElement.dataset.backstory = 'ready';
}
