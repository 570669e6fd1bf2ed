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
  await context.route('**/*', (route) =>
    /^https?:\/\/(?!127\.0\.0\.1[:/])/.test(route.request().url()) ? route.abort() : route.continue(),
  );
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await context?.close();
  server?.close();
});

async function auditPage(
  url: string,
  timeout?: number,
): Promise<{ page: Page; popup: Page; before: string; dialogs: string[] }> {
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

  it('audits a 5 MB page, saying how much of it was covered', async () => {
    const { page, popup } = await auditPage(`${base}/generated/huge.html`, 60_000);
    expect(await popup.locator('.truncated').innerText()).toMatch(/^Audited the first \d+% of a very long page/);
    await popup.close();
    await page.close();
  }, 90_000);

  it('reads an article split across a shadow root and a same-origin frame', async () => {
    const { page, popup, before } = await auditPage(`${base}/generated/split.html`);
    const checks = await popup
      .locator('.finding')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            `${(e as HTMLElement).dataset.check} ` +
            `${(e as HTMLElement).dataset.onPage === 'true' ? 'on-page' : 'off-page'}`,
        ),
      );
    // The shadow root's sentence is highlighted where it is shown; the frame's is listed, as the frame is
    // another document.
    expect(checks.sort()).toEqual(['invalid-date off-page', 'weekday-mismatch on-page']);
    expect(
      await page.evaluate(() => [...(CSS.highlights.get('telltale-high') ?? [])].map((r) => r.toString())),
    ).toEqual(['The board voted on Monday, March 5, 2024, after a long debate about the dredging costs.']);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('keeps working while the page rewrites itself', async () => {
    const { page, popup } = await auditPage(`${base}/generated/changing.html`);
    expect(
      await popup.locator('.finding').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.check)),
    ).toEqual(['weekday-mismatch']);
    await page.evaluate(
      () => void (document.getElementById('finding')!.textContent = 'This paragraph was rewritten by the page.'),
    );
    // The highlighted text is gone; revealing it must neither throw in the page nor stop its scripts.
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await popup.locator('.finding .show').click();
    await expect.poll(() => popup.locator('.page-changed').isVisible()).toBe(true);
    await popup.getByRole('button', { name: 'Re-run' }).click();
    await popup.waitForSelector('main[data-state="done"]');
    expect(await popup.locator('.summary').innerText()).toBe('No inconsistencies found.');
    const ticks = Number(await page.locator('#ticker').innerText());
    await expect.poll(async () => Number(await page.locator('#ticker').innerText())).toBeGreaterThan(ticks);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('audits markup nested 5000 deep', async () => {
    const { page, popup } = await auditPage(`${base}/generated/nested.html`);
    expect(
      await popup.locator('.finding').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.check)),
    ).toEqual(['weekday-mismatch']);
    expect(
      await page.evaluate(() => [...(CSS.highlights.get('telltale-span') ?? [])].map((r) => r.toString())),
    ).toEqual(['Monday, March 5, 2024']);
    await popup.close();
    await page.close();
  });

  it('is not stopped by page elements named as its flag or tagger once were, and reads with the tagger', async () => {
    const { page, popup } = await auditPage(`${base}/generated/shadowing.html`);
    const findings = popup.locator('.finding');
    const checks = await findings.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.check));
    expect(checks).toEqual(['future-event']);
    // Audited again: the first copy of the content script answers, whatever the page names.
    await popup.locator('#rerun').click();
    await popup.waitForSelector('main[data-state="done"]');
    expect(await popup.locator('.finding').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it("audits text made to be slow at the whole of its budget, the page's own scripts running meanwhile", async () => {
    const page = await context.newPage();
    await page.goto(`${base}/generated/slow.html`);
    const before = Number(await page.locator('#ticker').innerText());
    await clickToolbar(browser, page, extensionId);
    const popup = await openPopup(context, extensionId, page.url(), 60_000);
    const during = Number(await page.locator('#ticker').innerText()) - before;
    const report = await popup.locator('main').innerText();
    expect(during).toBeGreaterThan(10);
    expect(report).toMatch(/Audited the first \d+% of a very long page/);
    expect(await popup.locator('.finding[data-check="weekday-mismatch"]').count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  }, 90_000);

  it('explains that a browser page cannot be audited', async () => {
    const page = await context.newPage();
    await page.goto('chrome://version');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // Without a grant the tab's address is hidden; the newest other tab is the browser page.
    const tabId = await popup.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              getCurrent(): Promise<{ id?: number } | undefined>;
              query(q: object): Promise<Array<{ id?: number }>>;
            };
          };
        }
      ).chrome;
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
