/**
 * User settings: pure types, defaults, a parser that never throws, and the
 * per-site rule. Storage lives in `utils/settings-store.ts`.
 */
import type { EntityType } from './kb/types';

/** How marked names look on the page. */
export type HighlightStyle = 'underline' | 'background' | 'both';

/** Everything the user can change; stored under `local:settings`. */
export interface Settings {
  /** "Pause everywhere": no marking on any site. */
  paused: boolean;
  /** Site keys (see `siteKey`) where marking is off. */
  disabledSites: string[];
  /** Delay before a hover card opens, in milliseconds. */
  hoverDelayMs: number;
  /** Entity types marked on pages. */
  markTypes: EntityType[];
  highlightStyle: HighlightStyle;
}

export const ENTITY_TYPES: readonly EntityType[] = [
  'person',
  'place',
  'organization',
  'event',
  'agreement',
];

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'both'];

/** Hover delay bounds: below 100 ms cards flash while the pointer passes; above 2 s feels broken. */
export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 2000;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  disabledSites: [],
  hoverDelayMs: 300,
  markTypes: [...ENTITY_TYPES],
  highlightStyle: 'underline',
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    disabledSites: [],
    markTypes: [...DEFAULT_SETTINGS.markTypes],
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseSites(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: string[] = [];
  for (const s of v) {
    if (typeof s !== 'string') continue;
    const site = s.trim().toLowerCase();
    if (site && !out.includes(site)) out.push(site);
  }
  return out;
}

function parseTypes(v: unknown): EntityType[] | undefined {
  if (!Array.isArray(v)) return undefined;
  // Keep the canonical order so equal settings compare equal.
  return ENTITY_TYPES.filter((t) => v.includes(t));
}

/**
 * Settings from anything found in storage. Never throws: each field that is
 * missing or malformed takes its default, the others are kept.
 */
export function parseSettings(raw: unknown): Settings {
  const out = defaultSettings();
  if (!isRecord(raw)) return out;
  try {
    if (typeof raw.paused === 'boolean') out.paused = raw.paused;
    const sites = parseSites(raw.disabledSites);
    if (sites) out.disabledSites = sites;
    const delay = raw.hoverDelayMs;
    if (typeof delay === 'number' && Number.isFinite(delay)) {
      out.hoverDelayMs = Math.round(
        Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, delay)),
      );
    }
    const types = parseTypes(raw.markTypes);
    if (types) out.markTypes = types;
    const style = raw.highlightStyle;
    if (typeof style === 'string' && (HIGHLIGHT_STYLES as readonly string[]).includes(style)) {
      out.highlightStyle = style as HighlightStyle;
    }
  } catch {
    // Getters on hostile objects may throw; whatever was parsed so far stands.
  }
  return out;
}

/**
 * JSON text of `value` with object keys and lists of strings sorted: the
 * order of keys and of set-like lists (types, sites) does not count.
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (isRecord(v))
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, v[k]]),
      );
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return [...v].sort();
    return v;
  });
}

/**
 * True if stored settings hold a value that {@link parseSettings} had to
 * drop or change (a damaged field). Not for a field left out (written by an
 * older version: its default applies), an unknown key (a newer version's),
 * or keys stored in another order.
 */
export function hasDamagedSettings(raw: unknown): boolean {
  if (raw === null || raw === undefined) return false;
  if (!isRecord(raw)) return true;
  try {
    const parsed = parseSettings(raw) as unknown as Record<string, unknown>;
    return Object.keys(parsed).some(
      (key) => key in raw && canonicalJson(raw[key]) !== canonicalJson(parsed[key]),
    );
  } catch {
    return true;
  }
}

/**
 * The key a site is switched off under: the URL's host name without a leading
 * "www.", or null where there is no site (browser pages, data: URLs).
 * Local files share one key, "file://".
 */
export function siteKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'file:') return 'file://';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** The entry in `disabledSites` that switches off `url`, if any (a parent domain counts). */
export function disablingEntry(settings: Settings, url: string): string | undefined {
  const key = siteKey(url);
  if (key === null) return undefined;
  return settings.disabledSites.find((site) => key === site || key.endsWith('.' + site));
}

/** Whether marking runs on `url`: not paused and its site not switched off. */
export function isSiteEnabled(settings: Settings, url: string): boolean {
  return !settings.paused && disablingEntry(settings, url) === undefined;
}
