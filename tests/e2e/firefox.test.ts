import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarFirefox, highlightTextsFirefox, launchFirefox, openPopupFirefox } from './firefox-harness.js';
import { testPages } from '../helpers/pages.js';
import { screenshotPath, serve, shared } from './harness.js';
import {
  BLOCKS,
  expectedChecks,
  expectedPlacements,
  FOUND_WHOLE,
  HOW_FOUND,
  listedChecks,
  readPlacements,
  sorted,
} from './placements.js';

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
const snapshot = (page: Page) =>
  page.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML }));

/** A request on the network (not data: or blob:), other than the icon the browser asks for by itself. */
const onNetwork = (url: string) => /^(?:https?|wss?|ftp):/i.test(url) && !url.endsWith('/favicon.ico');

/**
 * Our own test pages load nothing but themselves, so any request on the network once they are
 * loaded comes from the extension: an outside one, or one to our own server that the content
 * script makes with the page's origin (Firefox's WebDriver BiDi names no initiator for either,
 * so the test counts by when rather than by whom). Real pages load their own images and scripts:
 * those are cut off, not counted.
 */
async function audit(
  url: string,
  real = false,
): Promise<{ page: Page; popup: Page; before: { text: string; html: string } }> {
  const page = await browser.newPage();
  let loaded = false;
  if (real) {
    await page.setRequestInterception(true);
    page.on('request', (r) => void (goesOut(r.url()) ? r.abort() : r.continue()));
  } else {
    page.on('request', (r) => {
      if (goesOut(r.url()) || (loaded && onNetwork(r.url()))) extensionRequests.push(r.url());
    });
  }
  await page.goto(url, { waitUntil: 'load' });
  loaded = true;
  const before = await snapshot(page);
  const tabId = await clickToolbarFirefox(browser);
  const popup = await openPopupFirefox(browser, tabId, (p) =>
    p.on('request', (r) => {
      if (goesOut(r.url())) extensionRequests.push(r.url());
    }),
  );
  return { page, popup, before };
}

const checksIn = (popup: Page) => popup.$$eval('.finding', listedChecks);

describe('Telltale in Firefox', () => {
  it('audits from a toolbar click, lists the finding, highlights exactly its sentence and clears', async () => {
    const { page, popup, before } = await audit(`${base}/pages/stale-forecast/source.html`);
    expect(await checksIn(popup)).toEqual(['stale-future']);
    expect(await highlightTextsFirefox(page)).toEqual({
      'telltale-high': [
        'Passenger numbers are expected to return to normal well into 2023, according to the ' +
          "operator's annual plan, which it published in January.",
      ],
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
    await popup.click('.finding[data-check="weekday-mismatch"] .show');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const r = document.getElementById('target')!.getBoundingClientRect();
          return r.top >= 0 && r.top < innerHeight && scrollY > 0;
        }),
      )
      .toBe(true);
    await popup.close();
    await page.close();
  });

  it("draws the article's clock", async () => {
    const { page, popup } = await audit(`${base}/pages/shifted-clock/source.html`);
    const kinds = await popup.$$eval('.timeline .point', (els) => els.map((e) => (e as SVGElement).dataset.kind));
    expect(new Set(kinds)).toEqual(new Set(['published', 'date', 'implied', 'forecast']));
    expect(await popup.$eval('.timeline figcaption', (e) => e.innerText)).toContain(
      'The publication date March 12, 2024 falls outside it.',
    );
    await popup.close();
    await page.close();
  });

  it.skipIf(!existsSync(path.join(shared, 'realpages')))('raises nothing serious on real pages', async () => {
    for (const name of ['bbc-1.html', 'guardian-1.html', 'nytimes-1.html']) {
      const { page, popup } = await audit(`${base}/realpages/${name}`, true);
      expect(await popup.$$eval('.finding.high, .finding.medium', (els) => els.length)).toBe(0);
      expect(await popup.$eval('main', (m) => m.dataset.state)).toBe('done');
      await popup.close();
      await page.close();
    }
  });

  const flashedCopies = async (page: Page) =>
    (await page.evaluate(readPlacements, BLOCKS))['telltale-flash']?.map((p) => p.copy);
  const clickNth = async (popup: Page, selector: string, n: number) => {
    await popup.bringToFront();
    await (await popup.$$(selector))[n]!.click();
  };

  it('reveals each copy of a repeated paragraph in its own place', async () => {
    const { page, popup } = await audit(`${base}/pages/repeated-paragraph/source.html`);
    expect(await popup.$$eval('.finding[data-check="weekday-mismatch"]', (els) => els.length)).toBe(1);
    const weekdays = '.finding[data-check="weekday-mismatch"] .copies button';
    expect(await popup.$$eval(weekdays, (els) => els.length)).toBe(3);
    for (const copy of [2, 0, 1]) {
      await clickNth(popup, weekdays, copy);
      await expect.poll(() => flashedCopies(page)).toEqual([copy]);
    }
    await popup.close();
    await page.close();
  });

  it('highlights inside an open shadow root, across inline elements', async () => {
    const { page, popup } = await audit(`${base}/pages/inline-shadow/source.html`);
    const roots = await page.evaluate(() =>
      [...CSS.highlights.get('telltale-span')!]
        .map((r) => `${r.startContainer.getRootNode() instanceof ShadowRoot ? 'shadow' : 'page'}: ${r.toString()}`)
        .sort(),
    );
    expect(roots).toEqual([
      'page: Wednesday, June 6, 2024',
      'shadow: are expected to stay below the old level well into 2023',
    ]);
    await popup.close();
    await page.close();
  });

  it('says the page changed since the audit rather than paint or reveal a guess', async () => {
    const { page, popup } = await audit(`${base}/pages/repeated-paragraph/source.html`);
    const weekdays = '.finding[data-check="weekday-mismatch"] .copies button';
    const noticeShown = () => popup.$eval('.page-changed', (e) => !(e as HTMLElement).hidden);
    expect(await noticeShown()).toBe(false);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Correction: an earlier version of this article gave the wrong opening hours.';
      document.querySelector('article')!.prepend(p);
    });
    await clickNth(popup, weekdays, 1);
    await expect.poll(() => flashedCopies(page)).toEqual([1]);
    await page.evaluate(() => {
      const copies = [...document.querySelectorAll('article p')].filter((p) => p.textContent.startsWith('The ribbon'));
      copies[1]!.textContent = 'The ribbon was cut by the mayor, the page now says.';
    });
    await expect.poll(async () => (await page.evaluate(readPlacements, BLOCKS))['telltale-high']?.length).toBe(2);
    await page.evaluate(() => CSS.highlights.delete('telltale-flash'));
    await clickNth(popup, weekdays, 1);
    await expect.poll(noticeShown).toBe(true);
    expect(await flashedCopies(page)).toBeUndefined();
    await popup.close();
    await page.close();
  });

  it.each(testPages().filter((p) => p.kind === 'html'))(
    'highlights each piece of evidence on test page $name where its offsets say',
    async (p) => {
      const { page, popup } = await audit(`${base}/pages/${p.name}/${p.file}`);
      expect((await checksIn(popup)).sort()).toEqual(expectedChecks(p));
      expect(sorted(await page.evaluate(readPlacements, BLOCKS))).toEqual(expectedPlacements(p));
      expect(await popup.$eval('.stats', (e) => (e as HTMLElement).dataset.found)).toMatch(
        HOW_FOUND[p.name] ?? FOUND_WHOLE,
      );
      await popup.close();
      await page.close();
    },
  );

  it('makes no network request of its own', () => {
    expect(extensionRequests).toEqual([]);
  });
});
