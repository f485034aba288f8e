/**
 * The one message protocol between content script, background and popup.
 * Types only: each side sends with `sendMessage<T extends Request>` and
 * narrows on `type`. Settings changes do not travel as messages; every
 * context watches storage instead, so they reach open tabs at once.
 */
import type { CardModel } from './kb/card-model';
import type { PieceRequest, PieceSpots } from './spotting/page-spotter';

/** Entity found on a page, with how often. */
export interface PageEntityCount {
  entityId: string;
  count: number;
}

/** What the content script reports about its tab. */
export interface PageSummary {
  /** False when the site switch or global pause turned marking off here. */
  active: boolean;
  url: string;
  entities: PageEntityCount[];
}

export type Request =
  /** popup → content: which entities are on this page. */
  | { type: 'page/get-summary' }
  /** popup → content: scroll to the entity's next mention and open its card. */
  | { type: 'page/focus-entity'; entityId: string }
  /** background (keyboard command) → content: step through mentions. */
  | { type: 'page/step-mention'; direction: 1 | -1 }
  /** content → background: spot one piece of the page's text (the background's matcher is warm). */
  | ({ type: 'spot/piece' } & PieceRequest)
  /** content → background: what the card shows for an entity. */
  | { type: 'kb/card'; entityId: string }
  /** background → content: the user's KB changed; mark the page again. */
  | { type: 'page/kb-changed' }
  /** content → background: the card's "See all claims" (opens the popup page for this tab and entity). */
  | { type: 'content/show-claims'; entityId: string }
  /** content → background, e2e builds only: open the popup page in a tab for this tab. */
  | { type: 'e2e/open-popup' };

/** The reply each request gets. */
export interface ResponseMap {
  'page/get-summary': PageSummary;
  'page/focus-entity': { found: boolean };
  'page/step-mention': { found: boolean };
  'spot/piece': PieceSpots | null;
  'kb/card': CardModel | null;
  'page/kb-changed': { ok: true };
  'content/show-claims': { opened: boolean };
  'e2e/open-popup': { opened: boolean };
}

export type RequestType = Request['type'];
export type ResponseFor<T extends RequestType> = ResponseMap[T];
