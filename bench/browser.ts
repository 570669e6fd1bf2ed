/**
 * The reader's wait, in the browsers (`npm run bench` runs this last): from the toolbar press to
 * the highlights painted and to the warnings shown, on the largest real pages in ../shared, in
 * Debian's Chromium and Firefox ESR with the built extensions (`npm run build`, `npm run
 * build:firefox`), median of 3 presses each. The popup measures from its own start, which is when
 * a toolbar popup starts loading. Target (reported, not asserted): ≤ 300 ms for a 1.5 MB page on a
 * quiet machine; the load average is printed beside the figures, as they move with it.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { CHROMIUM, clickToolbar, launchChromium, openPopup, serve } from '../tests/e2e/harness.js';
import {
  clickToolbarFirefox,
  FIREFOX,
  inChrome,
  launchFirefox,
  openPopupFirefox,
} from '../tests/e2e/firefox-harness.js';
import { largestSharedPages, measurePresses, readPressTimes, type PressTimes } from '../tests/e2e/press-timing.js';

const TARGET_MS = 300;
const root = path.resolve(import.meta.dirname, '..');
const json = process.argv.includes('--json');
const built = (dir: string) => existsSync(path.join(root, '.output', dir, 'manifest.json'));

type Rows = Awaited<ReturnType<typeof measurePresses>>;

async function inChromium(base: string): Promise<Rows> {
  const { context, extensionId, browser } = await launchChromium();
  await context.route('**/*', (route) =>
    /^https?:\/\/(?!127\.0\.0\.1[:/])/.test(route.request().url()) ? route.abort() : route.continue(),
  );
  try {
    return await measurePresses(async (address): Promise<PressTimes> => {
      const page = await context.newPage();
      await page.goto(`${base}${address}`);
      await clickToolbar(browser, page, extensionId);
      const popup = await openPopup(context, extensionId, page.url());
      const times = await popup.evaluate(readPressTimes);
      await popup.close();
      await page.close();
      return times;
    });
  } finally {
    await browser.close().catch(() => undefined);
    await context.close();
  }
}

async function inFirefox(base: string): Promise<Rows> {
  const browser = await launchFirefox();
  try {
    return await measurePresses(async (address): Promise<PressTimes> => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (r) => void (r.url().startsWith(base) ? r.continue() : r.abort()));
      await page.goto(`${base}${address}`, { waitUntil: 'load' });
      const popup = await openPopupFirefox(browser, await clickToolbarFirefox(browser));
      await inChrome(
        browser,
        `for (const p of document.querySelectorAll('panel')) if (p.state === 'open') p.hidePopup()`,
      );
      const times = await popup.evaluate(readPressTimes);
      await popup.close();
      await page.close();
      return times;
    });
  } finally {
    await browser.close().catch(() => undefined);
  }
}

const pages = largestSharedPages();
const results: Record<string, Rows | string> = {};
if (!pages.length) results.note = 'no ../shared real pages';
else {
  const { server, base } = await serve();
  try {
    results.chromium =
      built('chrome-mv3') && existsSync(CHROMIUM)
        ? await inChromium(base)
        : 'run npm run build first (and have Chromium)';
    results.firefox =
      built('firefox-mv3') && existsSync(FIREFOX)
        ? await inFirefox(base)
        : 'run npm run build:firefox first (and have Firefox ESR)';
  } finally {
    server.close();
  }
}
const load = Math.round(loadavg()[0]! * 10) / 10;
if (json) process.stdout.write(`${JSON.stringify({ press: results, targetMs: TARGET_MS, loadAverage: load })}\n`);
else {
  console.log(
    `toolbar press to highlights painted / warnings shown, median of 3 (target ≤ ${TARGET_MS} ms on ` +
      `a quiet machine; load average now ${load}):`,
  );
  for (const [name, rows] of Object.entries(results)) {
    if (typeof rows === 'string') console.log(`  ${name}: ${rows}`);
    else
      for (const r of rows)
        console.log(
          `  ${name.padEnd(9)} ${r.name.padEnd(32)} ${String(r.mb).padStart(5)} ` +
            `MB ${String(r.painted).padStart(6)} ms ${String(r.shown).padStart(6)} ms`,
        );
  }
}
