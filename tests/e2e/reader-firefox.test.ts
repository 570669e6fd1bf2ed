import type { Server } from 'node:http';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { serve } from './harness.js';
import { clickToolbarFirefox, inChrome, launchFirefox, openPopupFirefox, UUID } from './firefox-harness.js';
import type { Driver, Tab } from './reader-driver.js';
import { readerSuite } from './reader.suite.js';

let server: Server;
let browser: Browser;
let driver: Driver;

const pages = new WeakMap<Tab, Page>();
function wrap(page: Page): Tab {
  const t: Tab = {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key as never),
    hover: (x, y) => page.mouse.move(x, y),
    screenshot: async (path, clip) => void (await page.screenshot({ path, ...(clip ? { clip } : { fullPage: true }) })),
    viewport: (width, height) => page.setViewport({ width, height }),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
  pages.set(t, page);
  return t;
}

/**
 * The browser window's own keys (extensions' shortcuts live in keysets of their own, left out),
 * with modifiers as Firefox writes them ("accel,alt,shift") and the key in capitals.
 */
const WINDOW_KEYS =
  `JSON.stringify([...document.querySelectorAll('key')]
  .filter((k) => !k.closest('keyset')?.id.startsWith('ext-keyset-id'))
  .map((k) => [(k.getAttribute('modifiers') || '').split(/[ ,]+/).filter(Boolean).sort().join('+'), ` +
  `(k.getAttribute('key') || '').toUpperCase()]))`;

beforeAll(async () => {
  let base: string;
  ({ server, base } = await serve());
  browser = await launchFirefox();
  driver = {
    name: 'firefox',
    base,
    async audit(path) {
      const page = await browser.newPage();
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
      const tabId = await clickToolbarFirefox(browser);
      const popup = await openPopupFirefox(browser, tabId);
      // The toolbar press opened the real popup too, which holds the keyboard: closed, as a reader's next click would.
      await inChrome(
        browser,
        `for (const p of document.querySelectorAll('panel')) if (p.state === 'open') p.hidePopup()`,
      );
      return { page: wrap(page), popup: wrap(popup), tabId };
    },
    async options() {
      const page = await browser.newPage();
      // Not awaited: Firefox does not report an extension page's navigation as a load (as for the popup).
      void page.goto(`moz-extension://${UUID}/options.html`).catch(() => undefined);
      const ready = () =>
        page
          .evaluate(
            () =>
              location.protocol === 'moz-extension:' &&
              document.readyState === 'complete' &&
              !!document.querySelector('#checks label'),
          )
          .catch(() => false);
      for (let i = 0; i < 300 && !(await ready()); i++) await new Promise((r) => setTimeout(r, 100));
      return wrap(page);
    },
    reopen: async (tabId) => wrap(await openPopupFirefox(browser, tabId)),
    // The content override is Firefox's own "website appearance" setting: 0 dark, 1 light.
    dark: async (_t, on) =>
      void (await inChrome(
        browser,
        `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${on ? 0 : 1})`,
      )),
    cardText: async () => null,
    clipboard: async () => String(await inChrome(browser, 'navigator.clipboard.readText()')),
    async browserUses(keys) {
      const [mods, key] = [
        keys
          .split('+')
          .slice(0, -1)
          .map((m) => m.toLowerCase())
          .sort()
          .join('+'),
        keys.split('+').at(-1)!.toUpperCase(),
      ];
      const all = JSON.parse(String(await inChrome(browser, WINDOW_KEYS))) as Array<[string, string]>;
      return all.some(([m, k]) => m === mods && k === key);
    },
    close: async () => undefined,
  };
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  server?.close();
});

readerSuite(() => driver);
