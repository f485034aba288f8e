import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  disablingEntry,
  hasDamagedSettings,
  isSiteEnabled,
  parseSettings,
  siteKey,
  type Settings,
} from '@/lib/settings';

const custom: Settings = {
  paused: true,
  disabledSites: ['example.com', 'news.site.org'],
  hoverDelayMs: 750,
  markTypes: ['person', 'place'],
  highlightStyle: 'both',
};

describe('parseSettings', () => {
  it('keeps valid settings as they are', () => {
    expect(parseSettings(custom)).toEqual(custom);
    expect(parseSettings(JSON.parse(JSON.stringify(custom)))).toEqual(custom);
  });

  it.each([undefined, null, 42, 'garbage', [], [1, 2], true, () => 1])(
    'gives defaults for %j',
    (raw) => {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('falls back field by field, keeping the good fields', () => {
    const got = parseSettings({
      paused: 'yes',
      disabledSites: ['Example.COM', 42, '', 'example.com', ' other.org '],
      hoverDelayMs: Number.NaN,
      markTypes: ['person', 'alien', 'event'],
      highlightStyle: 'neon',
    });
    expect(got).toEqual({
      paused: false,
      disabledSites: ['example.com', 'other.org'],
      hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs,
      markTypes: ['person', 'event'],
      highlightStyle: DEFAULT_SETTINGS.highlightStyle,
    });
  });

  it('clamps the hover delay and ignores wrong types per field', () => {
    expect(parseSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(parseSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(2000);
    expect(parseSettings({ hoverDelayMs: '500' }).hoverDelayMs).toBe(300);
    expect(parseSettings({ disabledSites: 'example.com' }).disabledSites).toEqual([]);
    expect(parseSettings({ markTypes: [] }).markTypes).toEqual([]);
  });

  it('never throws, even on hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(() => parseSettings(hostile)).not.toThrow();
    expect(parseSettings(hostile)).toEqual(DEFAULT_SETTINGS);
  });

  it('returns fresh arrays, so callers cannot mutate the defaults', () => {
    const a = parseSettings(null);
    a.markTypes.pop();
    a.disabledSites.push('x.org');
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.markTypes).toHaveLength(5);
  });
});

describe('sites', () => {
  it('keys a site by host name without www.', () => {
    expect(siteKey('https://www.Example.com/a?b#c')).toBe('example.com');
    expect(siteKey('http://news.example.com:8080/')).toBe('news.example.com');
    expect(siteKey('http://127.0.0.1:3000/x')).toBe('127.0.0.1');
    expect(siteKey('file:///home/me/a.html')).toBe('file://');
    expect(siteKey('chrome://extensions')).toBeNull();
    expect(siteKey('about:blank')).toBeNull();
    expect(siteKey('not a url')).toBeNull();
  });

  it('is enabled unless paused or the site (or a parent domain) is switched off', () => {
    const s = parseSettings({ disabledSites: ['example.com'] });
    expect(isSiteEnabled(s, 'https://example.com/x')).toBe(false);
    expect(isSiteEnabled(s, 'https://www.example.com/x')).toBe(false);
    expect(isSiteEnabled(s, 'https://news.example.com/x')).toBe(false);
    expect(isSiteEnabled(s, 'https://notexample.com/x')).toBe(true);
    expect(isSiteEnabled(s, 'https://example.org/x')).toBe(true);
    expect(disablingEntry(s, 'https://news.example.com/')).toBe('example.com');
    expect(isSiteEnabled({ ...s, paused: true }, 'https://example.org/x')).toBe(false);
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'https://example.org/x')).toBe(true);
  });
});

describe('hasDamagedSettings', () => {
  it('is false for valid settings in any key order, missing fields and unknown keys', () => {
    const stored = {
      disabledSites: ['example.com'],
      highlightStyle: 'underline',
      hoverDelayMs: 400,
      markTypes: ['organization', 'person', 'place'],
      paused: false,
    };
    expect(hasDamagedSettings(stored)).toBe(false);
    const reordered = Object.fromEntries(Object.entries(stored).reverse());
    expect(hasDamagedSettings(reordered)).toBe(false);
    expect(hasDamagedSettings({ paused: true })).toBe(false);
    expect(hasDamagedSettings({ paused: true, someFutureSetting: 1 })).toBe(false);
    expect(hasDamagedSettings(undefined)).toBe(false);
  });

  it('is true for a value parsing had to drop or change', () => {
    expect(hasDamagedSettings({ paused: 'yes' })).toBe(true);
    expect(hasDamagedSettings({ hoverDelayMs: 99999 })).toBe(true);
    expect(hasDamagedSettings({ highlightStyle: 'neon' })).toBe(true);
    expect(hasDamagedSettings('garbage')).toBe(true);
    expect(hasDamagedSettings([1, 2])).toBe(true);
  });
});
