import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { clickToolbar, launchChromium, openPopup, serve } from './harness.js';
import type { Driver, Tab } from './reader-driver.js';
import { readerSuite } from './reader.suite.js';

let server: Server;
let context: BrowserContext;
let browser: Browser;
let extensionId: string;
let driver: Driver;

function tab(page: Page): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    hover: (x, y) => page.mouse.move(x, y),
    screenshot: async (path, clip) => void (await page.screenshot({ path, ...(clip ? { clip } : { fullPage: true }) })),
    viewport: (width, height) => page.setViewportSize({ width, height }),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}
const pages = new WeakMap<Tab, Page>();
const wrap = (page: Page) => {
  const t = tab(page);
  pages.set(t, page);
  return t;
};

beforeAll(async () => {
  let base: string;
  ({ server, base } = await serve());
  ({ context, extensionId, browser } = await launchChromium());
  await context.route('**/*', (route) =>
    /^https?:\/\/(?!127\.0\.0\.1[:/])/.test(route.request().url()) ? route.abort() : route.continue(),
  );
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  driver = {
    name: 'chromium',
    base,
    async audit(path) {
      const page = await context.newPage();
      await page.goto(`${base}${path}`);
      await clickToolbar(browser, page, extensionId);
      const popup = await openPopup(context, extensionId, page.url());
      const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
      return { page: wrap(page), popup: wrap(popup), tabId };
    },
    async options() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return wrap(page);
    },
    async reopen(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 760 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('main[data-state="done"], main[data-state="final"]');
      return wrap(popup);
    },
    dark: async (t, on) => void (await pages.get(t)!.emulateMedia({ colorScheme: on ? 'dark' : 'light' })),
    async cardText(t) {
      // The card's shadow root is closed to the page; the DevTools protocol still sees into it.
      const cdp = await context.newCDPSession(pages.get(t)!);
      interface DomNode {
        nodeName: string;
        backendNodeId: number;
        children?: DomNode[];
        shadowRoots?: DomNode[];
      }
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const find = (n: DomNode): DomNode | null =>
        n.nodeName === 'TELLTALE-CARD'
          ? n
          : ([...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean) ?? null);
      const host = find(root);
      const shadow = host?.shadowRoots?.[0];
      if (!shadow) return '';
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { backendNodeId: shadow.backendNodeId });
      await cdp.detach();
      return outerHTML
        .replace(/<style>[\s\S]*?<\/style>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
    },
    clipboard: (t) => pages.get(t)!.evaluate(() => navigator.clipboard.readText()),
    browserUses: async () => false,
    close: async () => undefined,
  };
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await context?.close();
  server?.close();
});

readerSuite(() => driver);
