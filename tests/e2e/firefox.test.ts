import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarFirefox, highlightTextsFirefox, launchFirefox, openPopupFirefox } from './firefox-harness.js';
import { testPages } from '../helpers/pages.js';
import { screenshotPath, serve, shared } from './harness.js';
import { BLOCKS, expectedChecks, expectedPlacements, FOUND_WHOLE, HOW_FOUND, readPlacements, sorted } from './placements.js';

let server: Server;
let base: string;
let browser: Browser;
const extensionRequests: string[] = [];

beforeAll(async () => {
  ({ server, base } = await serve());
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  server?.close();
});

/** A request that would leave the machine: anything on the network but our own 127.0.0.1 server. */
const goesOut = (url: string) => /^(?:https?|wss?|ftp):/i.test(url) && !url.startsWith(base);
const snapshot = (page: Page) => page.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML }));

/**
 * Our own fixture pages load nothing from elsewhere, so any outside request while they are
 * audited comes from the extension. Real pages load their own images and scripts: those are cut
 * off, not counted.
 */
async function audit(url: string, real = false): Promise<{ page: Page; popup: Page; before: { text: string; html: string } }> {
  const page = await browser.newPage();
  if (real) {
    await page.setRequestInterception(true);
    page.on('request', (r) => void (goesOut(r.url()) ? r.abort() : r.continue()));
  } else {
    page.on('request', (r) => {
      if (goesOut(r.url())) extensionRequests.push(r.url());
    });
  }
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const before = await snapshot(page);
  const tabId = await clickToolbarFirefox(browser);
  const popup = await openPopupFirefox(browser, tabId, (p) =>
    p.on('request', (r) => {
      if (goesOut(r.url())) extensionRequests.push(r.url());
    }),
  );
  return { page, popup, before };
}

const checksIn = (popup: Page) => popup.$$eval('.finding', (els) => els.map((e) => (e as HTMLElement).dataset.check));

describe('Telltale in Firefox', () => {
  it('audits from a toolbar click, lists the finding, highlights exactly its sentence and clears', async () => {
    const { page, popup, before } = await audit(`${base}/pages/stale-forecast/source.html`);
    expect(await checksIn(popup)).toEqual(['stale-future']);
    expect(await highlightTextsFirefox(page)).toEqual({
      'telltale-high': ["Passenger numbers are expected to return to normal well into 2023, according to the operator's annual plan, which it published in January."],
      'telltale-span': ['are expected to return to normal well into 2023'],
    });
    expect(await snapshot(page)).toEqual(before);
    await popup.screenshot({ path: screenshotPath('popup-firefox.png') });
    await page.bringToFront();
    await page.screenshot({ path: screenshotPath('page-firefox.png') });

    await popup.bringToFront();
    await popup.click('#clear');
    await expect.poll(() => highlightTextsFirefox(page)).toEqual({});
    expect(await snapshot(page)).toEqual(before);
    await popup.close();
    await page.close();
  });

  it('scrolls to a finding far down the page when it is clicked', async () => {
    const { page, popup } = await audit(`${base}/generated/long.html`);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await popup.click('.finding[data-check="weekday-mismatch"]');
    await expect.poll(() => page.evaluate(() => {
      const r = document.getElementById('target')!.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight && scrollY > 0;
    })).toBe(true);
    await popup.close();
    await page.close();
  });

  it("draws the article's clock", async () => {
    const { page, popup } = await audit(`${base}/pages/shifted-clock/source.html`);
    const kinds = await popup.$$eval('.timeline .point', (els) => els.map((e) => (e as SVGElement).dataset.kind));
    expect(new Set(kinds)).toEqual(new Set(['published', 'date', 'implied', 'forecast']));
    expect(await popup.$eval('.timeline figcaption', (e) => (e as HTMLElement).innerText)).toContain('The publication date 2024-03-12 falls outside it.');
    await popup.close();
    await page.close();
  });

  it.skipIf(!existsSync(path.join(shared, 'realpages')))('raises nothing serious on real pages', async () => {
    for (const name of ['bbc-1.html', 'guardian-1.html', 'nytimes-1.html']) {
      const { page, popup } = await audit(`${base}/realpages/${name}`, true);
      expect(await popup.$$eval('.finding.high, .finding.medium', (els) => els.length)).toBe(0);
      expect(await popup.$eval('main', (m) => (m as HTMLElement).dataset.state)).toBe('done');
      await popup.close();
      await page.close();
    }
  });

  it.each(testPages().filter((p) => p.kind === 'html'))('highlights each piece of evidence on test page $name where its offsets say', async (p) => {
    const { page, popup } = await audit(`${base}/pages/${p.name}/${p.file}`);
    expect((await checksIn(popup)).sort()).toEqual(expectedChecks(p));
    expect(sorted(await page.evaluate(readPlacements, BLOCKS))).toEqual(expectedPlacements(p));
    expect(await popup.$eval('.stats', (e) => (e as HTMLElement).dataset.found)).toMatch(HOW_FOUND[p.name] ?? FOUND_WHOLE);
    await popup.close();
    await page.close();
  });

  it('makes no network request of its own', () => {
    expect(extensionRequests).toEqual([]);
  });
});
