/**
 * Settings and user KB in extension storage. Every context (popup, options,
 * content scripts) reads through here so a corrupt stored value is parsed
 * the same way everywhere, and watches storage so changes apply at once.
 */
import { storage } from 'wxt/utils/storage';
import type { KnowledgeBase } from '@/lib/kb/types';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/lib/settings';

export { isSiteEnabled, siteKey } from '@/lib/settings';

/**
 * Raw stored settings. Typed `unknown` on purpose: storage may hold anything
 * (older versions, hand edits), so always go through `getSettings`.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: null,
});

/** The user's own KB file, saved only after `parseUserKbFile` accepted it. */
export const userKbItem = storage.defineItem<KnowledgeBase | null>('local:userKb', {
  fallback: null,
});

/** Current settings; corrupt fields fall back to defaults. */
export async function getSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return parseSettings(null);
  }
}

/** Replace all settings (validated first, so storage never holds junk we wrote). */
export async function saveSettings(next: Settings): Promise<Settings> {
  const clean = parseSettings(next);
  await settingsItem.setValue(clean);
  return clean;
}

/** Read-modify-write one or more fields. */
export async function updateSettings(
  change: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  const current = await getSettings();
  const patch = typeof change === 'function' ? change(current) : change;
  return saveSettings({ ...current, ...patch });
}

/** Back to defaults. */
export async function resetSettings(): Promise<Settings> {
  return saveSettings({ ...DEFAULT_SETTINGS });
}

/** Calls `cb` with parsed settings whenever any context changes them. Returns unwatch. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => cb(parseSettings(raw)));
}
