import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbar, launchChromium, openPopup, serve } from './harness.js';

let server: Server;
let base: string;
let context: BrowserContext;
let browser: Browser;
let extensionId: string;

beforeAll(async () => {
  ({ server, base } = await serve());
  ({ context, extensionId, browser } = await launchChromium());
  await context.route('**/*', (route) => (/^https?:\/\/(?!127\.0\.0\.1[:/])/.test(route.request().url()) ? route.abort() : route.continue()));
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await context?.close();
  server?.close();
});

async function auditPage(url: string, timeout?: number): Promise<{ page: Page; popup: Page; before: string; dialogs: string[] }> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await clickToolbar(browser, page, extensionId);
  const t0 = Date.now();
  const popup = await openPopup(context, extensionId, page.url(), timeout);
  console.log(`${url}: ${Date.now() - t0} ms to the popup's result`);
  return { page, popup, before, dialogs };
}

describe('hostile pages in Chromium', () => {
  it('shows markup in the page text as inert text in the popup', async () => {
    const { page, popup, before, dialogs } = await auditPage(`${base}/generated/markup-as-text.html`);
    const quote = popup.locator('.finding[data-check="weekday-mismatch"] blockquote');
    expect(await quote.innerText()).toContain('<script>');
    expect(await popup.locator('main img, main script').count()).toBe(0);
    expect(await page.title()).toBe('Hostile page');
    expect(await popup.title()).not.toContain('pwned');
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('audits markup nested 5000 deep', async () => {
    const { page, popup } = await auditPage(`${base}/generated/nested.html`);
    expect(await popup.locator('main').innerText()).toMatch(/Weekday does not match|No article found/);
    await popup.close();
    await page.close();
  });

  it('explains that a browser page cannot be audited', async () => {
    const page = await context.newPage();
    await page.goto('chrome://version');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // Without a grant the tab's address is hidden; the newest other tab is the browser page.
    const tabId = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id?: number } | undefined>; query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
      const self = (await api.tabs.getCurrent())?.id;
      return Math.max(...(await api.tabs.query({})).map((t) => t.id!).filter((id) => id !== self));
    });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('main[data-state="final"]');
    expect(await popup.locator('main').innerText()).toContain('cannot be audited');
    await popup.close();
    await page.close();
  });
});
