import { defineConfig } from 'wxt';
import { chronoEnglish } from './scripts/chrono-english';
import { readabilityWithoutInnerHtml } from './scripts/readability-without-innerhtml';
import { COMMANDS, DEFAULT_KEYS, toolbarTitle } from './src/extension/shortcuts';

// The extension asks for what one click needs and nothing more: no host permissions, so nothing
// runs on a page the reader did not ask about.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // MV3 in Firefox too: one manifest shape, and activeTab + scripting behave alike in both browsers.
  manifestVersion: 3,
  // compromise is not in the content script: the engine takes the tagger as an option of audit(),
  // and the popup loads it (a chunk of its own) only for a page whose sentences need it.
  vite: () => ({ plugins: [readabilityWithoutInnerHtml(), chronoEnglish()] }),
  manifest: ({ browser, command }) => ({
    // Said in the browser's language from public/_locales (src/views/strings.ts is their English).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Stricter than the MV3 default: extension pages may not connect anywhere at all. (The dev
    // server needs its socket, so this is for builds.)
    ...(command === 'build'
      ? {
          content_security_policy: {
            extension_pages:
              "default-src 'self'; script-src 'self'; object-src 'none'; style-src 'self'; img-src " +
              "'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'",
          },
        }
      : {}),
    // The background names the key the browser really assigned; this is the default's.
    action: { default_title: toolbarTitle(DEFAULT_KEYS.audit) },
    commands: {
      [COMMANDS.audit]: { suggested_key: { default: DEFAULT_KEYS.audit }, description: '__MSG_commandAudit__' },
      [COMMANDS.next]: { suggested_key: { default: DEFAULT_KEYS.next }, description: '__MSG_commandNext__' },
      [COMMANDS.previous]: {
        suggested_key: { default: DEFAULT_KEYS.previous },
        description: '__MSG_commandPrevious__',
      },
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
