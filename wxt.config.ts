import { defineConfig } from 'wxt';
import { readabilityWithoutInnerHtml } from './scripts/readability-without-innerhtml';

// The extension asks for what one click needs and nothing more: no host permissions, so nothing
// runs on a page the reader did not ask about.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // MV3 in Firefox too: one manifest shape, and activeTab + scripting behave alike in both browsers.
  manifestVersion: 3,
  vite: () => ({ plugins: [readabilityWithoutInnerHtml()] }),
  manifest: ({ browser }) => ({
    name: 'Telltale',
    description: 'Audits the news article in this tab against itself: contradicting dates, stale forecasts, AI disclosures. Nothing leaves your browser.',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Audit this article (Alt+Shift+A)' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+A' }, description: 'Audit the article in this tab' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'telltale@telltale.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
