/** The storage layer, on WXT's in-memory fake browser (vitest plugin). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import {
  getSettings,
  resetSettings,
  settingsItem,
  updateSettings,
  watchSettings,
} from '@/utils/settings-store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings store', () => {
  it('gives defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('survives garbage in storage, field by field', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage{' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { paused: true, hoverDelayMs: 'x' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, paused: true });
  });

  it('writes only clean values and notifies watchers with parsed settings', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.paused));
    await updateSettings({ paused: true });
    await updateSettings((s) => ({ disabledSites: [...s.disabledSites, 'Example.com'] }));
    expect(await settingsItem.getValue()).toEqual({
      ...DEFAULT_SETTINGS,
      paused: true,
      disabledSites: ['example.com'],
    });
    await resetSettings();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    unwatch();
    expect(seen).toEqual([true, true, false]);
  });
});
