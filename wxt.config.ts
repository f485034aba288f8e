import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { eagerCompilePlugin } from './scripts/eager-compile-plugin';

/**
 * `--mode e2e` builds the same extension plus a test-only hook that lets the
 * Firefox tests open the popup page in a tab (WebDriver BiDi cannot navigate to
 * moz-extension:// URLs). Store packages are always built in production mode.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // The content script's functions nearly all run on every page load, at once.
    plugins: [preact(), eagerCompilePlugin(/^content-scripts\/content\.js$/)],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Backstory',
    default_locale: 'en',
    description:
      'Marks the people, places and organisations in the news you read, and shows who they are and what was claimed, with sources.',
    permissions: ['storage'],
    // Toolbar button icons (FOUNDATION): rendered from assets/icon.svg by scripts/render-icons.ts.
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_icon: {
        16: 'icon/16.png',
        32: 'icon/32.png',
        48: 'icon/48.png',
        128: 'icon/128.png',
      },
    },
    // Page-level ::highlight() styles (CONTENT-SCRIPT): a stylesheet the browser
    // applies itself, so no <style> element is added to pages.
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*', 'file:///*'],
        css: ['content-scripts/highlights.css'],
      },
    ],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next marked name on the page and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous marked name on the page and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142+.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
  hooks: {
    // The packed matcher (written by `npm run build:kb`) ships as a file the
    // background fetches from the package: binary tables need no decoding.
    'build:publicAssets': (wxt, files) => {
      files.push({
        absoluteSrc: path.join(wxt.config.root, 'generated', 'matcher.bin'),
        relativeDest: 'matcher.bin',
      });
    },
    'prepare:publicPaths': (_, paths) => {
      paths.push('matcher.bin');
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // generated/ is rebuilt from kb/ by `npm run build:kb`.
    excludeSources: ['.output/**', 'test-results/**', 'store/screenshots/**', 'generated/**'],
  },
});
