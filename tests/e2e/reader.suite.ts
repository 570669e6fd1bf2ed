import { loadavg } from 'node:os';
import { describe, expect, it } from 'vitest';
import { PACK } from '../../src/engine/knowledge/pack.js';
import { DEFAULT_KEYS } from '../../src/extension/shortcuts.js';
import { packIsOld } from '../../src/views/pack-age.js';
import { t } from '../../src/views/strings.js';
import { readHighlights, screenshotPath } from './harness.js';
import { describePresses, largestSharedPages, measurePresses, readPressTimes } from './press-timing.js';
import { AXE_SOURCE, type Driver, type Tab } from './reader-driver.js';

/**
 * What a reader meets (issue 22), the same in Chromium and Firefox: what the audit read and what it
 * could not, the reader's answers to a finding, the shortcuts, the options page, evidence roles,
 * plain dates, many findings, keyboard and screen readers, narrow windows and dark pages, and the
 * time from the toolbar press to the warnings and the highlights.
 */
const PORTUGUESE_NOTICE =
  'This page is in Portuguese: the text checks read English, French, German, Russian, Spanish and Ukrainian, ' +
  'so only its publication dates and its repeated passages were compared.';

async function axeViolations(tab: Tab): Promise<string[]> {
  await tab.evaluate((source) => void (0, eval)(source), AXE_SOURCE);
  return tab.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const storage = (popup: Tab) =>
  popup.evaluate(async () => {
    const a =
      (globalThis as unknown as { browser?: typeof browser; chrome: typeof browser }).browser ??
      (globalThis as unknown as { chrome: typeof browser }).chrome;
    return a.storage.local.get<{ disabled?: string[]; dismissed?: Record<string, string[]> }>(null);
  });
const clearStorage = (popup: Tab) =>
  popup.evaluate(async () => {
    const a =
      (globalThis as unknown as { browser?: typeof browser; chrome: typeof browser }).browser ??
      (globalThis as unknown as { chrome: typeof browser }).chrome;
    await a.storage.local.clear();
  });
const highlights = (page: Tab) => page.evaluate(readHighlights);
const text = (tab: Tab, selector: string) =>
  tab.evaluate((s) => document.querySelector<HTMLElement>(s)?.innerText ?? null, selector);
const checks = (popup: Tab) =>
  popup.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.finding:not([hidden])')].map((e) => e.dataset.check),
  );
/** Sends what the background sends on the next/previous-finding shortcut. */
const step = (popup: Tab, tabId: number, by: 1 | -1) =>
  popup.evaluate(
    async ({ tabId: id, by: b }) => {
      const a =
        (globalThis as unknown as { browser?: typeof browser; chrome: typeof browser }).browser ??
        (globalThis as unknown as { chrome: typeof browser }).chrome;
      return a.tabs.sendMessage(id, { type: 'telltale:step', by: b });
    },
    { tabId, by },
  );
const flashed = (page: Tab) =>
  page.evaluate(() => [...(CSS.highlights.get('telltale-flash') ?? [])].map((r) => r.toString()));
const focusInCard = (page: Tab) => page.evaluate(() => document.activeElement?.tagName === 'TELLTALE-CARD');

/** WCAG's contrast ratio of two colours given as "rgb(r, g, b)" or "#rrggbb". */
function contrast(a: string, b: string): number {
  const rgb = (c: string) =>
    c.startsWith('#')
      ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16))
      : c.match(/\d+/g)!.slice(0, 3).map(Number);
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

export function readerSuite(get: () => Driver): void {
  describe('what a reader meets', () => {
    it('says what a page in a language no grammar reads was read for, and its badge is no clean bill', async () => {
      const d = get();
      const { page, popup, tabId } = await d.audit('/generated/portuguese.html');
      expect(await text(popup, '.reading')).toBe(PORTUGUESE_NOTICE);
      expect(await text(popup, '.summary')).toBe(t('noFindingsRan'));
      const badge = await popup.evaluate(async (id) => {
        const a =
          (globalThis as unknown as { browser?: typeof browser; chrome: typeof browser }).browser ??
          (globalThis as unknown as { chrome: typeof browser }).chrome;
        return { text: await a.action.getBadgeText({ tabId: id }), title: await a.action.getTitle({ tabId: id }) };
      }, tabId);
      expect(badge).toEqual({ text: '?', title: `Telltale: ${PORTUGUESE_NOTICE}` });
      if (d.name === 'chromium') await popup.screenshot(screenshotPath('popup-language-chromium.png'));
      await popup.close();
      await page.close();
    });

    it('names the shortcut both browsers assigned, in the toolbar tooltip and the popup', async () => {
      const d = get();
      const { page, popup } = await d.audit('/pages/stale-forecast/source.html');
      const commands = await popup.evaluate(async () => {
        const a =
          (globalThis as unknown as { browser?: typeof browser; chrome: typeof browser }).browser ??
          (globalThis as unknown as { chrome: typeof browser }).chrome;
        return {
          all: (await a.commands.getAll()).map((c) => [c.name, c.shortcut]),
          title: await a.action.getTitle({}),
        };
      });
      expect(Object.fromEntries(commands.all)).toEqual({
        _execute_action: DEFAULT_KEYS.audit,
        'next-finding': DEFAULT_KEYS.next,
        'previous-finding': DEFAULT_KEYS.previous,
      });
      for (const keys of Object.values(DEFAULT_KEYS)) expect(await d.browserUses(keys)).toBe(false);
      // The check can fail: Firefox's reader view is Accel+Alt+R.
      if (d.name === 'firefox') expect(await d.browserUses('Accel+Alt+R')).toBe(true);
      expect(commands.title).toBe(`Audit this article (${DEFAULT_KEYS.audit})`);
      expect(await text(popup, '#shortcut')).toBe(
        `Shortcut: ${DEFAULT_KEYS.audit}; on the page, ${DEFAULT_KEYS.next} ` +
          `and ${DEFAULT_KEYS.previous} step through the findings.`,
      );
      await popup.close();
      await page.close();
    });

    it('dismisses a finding and turns its check off from the popup, and undoes both', async () => {
      const d = get();
      const { page, popup, tabId } = await d.audit('/pages/shifted-clock/source.html');
      await clearStorage(popup);
      expect((await checks(popup)).sort()).toEqual(['elapsed-time', 'stale-future']);
      // Dismiss the stale forecast: it goes from the list and the page, and is remembered for the page.
      await popup.click('.finding[data-check="stale-future"] .respond-toggle');
      await popup.click('.finding[data-check="stale-future"] .dismiss');
      expect(await checks(popup)).toEqual(['elapsed-time']);
      await expect.poll(async () => (await highlights(page))['telltale-high']).toBeUndefined();
      expect(Object.values((await storage(popup)).dismissed ?? {}).flat()).toHaveLength(1);
      // Audited again, it is listed apart and the badge no longer counts it.
      const again = await d.reopen(tabId, '');
      expect(await checks(again)).toEqual(['elapsed-time']);
      expect(await text(again, '.dismissed summary')).toBe('Dismissed on this page (1)');
      expect(
        await again.evaluate(
          async (id) =>
            (
              (globalThis as unknown as { browser?: typeof browser; chrome: typeof browser }).browser ??
              (globalThis as unknown as { chrome: typeof browser }).chrome
            ).action.getBadgeText({ tabId: id }),
          tabId,
        ),
      ).toBe('1');
      await again.close();
      await popup.front();
      await popup.click('.notices .undo');
      expect((await checks(popup)).sort()).toEqual(['elapsed-time', 'stale-future']);
      await expect.poll(async () => (await highlights(page))['telltale-high']?.length).toBe(1);
      expect(Object.values((await storage(popup)).dismissed ?? {}).flat()).toHaveLength(0);

      // Turn the elapsed-time check off: stored, its highlights come off; undo brings both back.
      await popup.click('.finding[data-check="elapsed-time"] .respond-toggle');
      await popup.click('.finding[data-check="elapsed-time"] .turn-off');
      expect(await checks(popup)).toEqual(['stale-future']);
      expect((await storage(popup)).disabled).toEqual(['elapsed-time']);
      await expect.poll(async () => (await highlights(page))['telltale-medium']).toBeUndefined();
      expect(await text(popup, '.notices')).toContain(`${'Elapsed time does not add up'} is off.`);
      await popup.click('.notices .notice:last-child .undo');
      expect((await storage(popup)).disabled).toEqual([]);
      await expect.poll(async () => (await highlights(page))['telltale-medium']?.length).toBe(1);
      await popup.close();
      await page.close();
    });

    it('copies a false alarm as a small example the command line reproduces', async () => {
      const d = get();
      const { page, popup } = await d.audit('/pages/shifted-clock/source.html');
      await popup.evaluate(() => {
        navigator.clipboard.writeText = async (t: string) =>
          void ((globalThis as unknown as { copied: string }).copied = t);
      });
      await popup.click('.finding[data-check="stale-future"] .respond-toggle');
      await popup.click('.finding[data-check="stale-future"] .copy-false-alarm');
      const copied = await popup.evaluate(() => (globalThis as unknown as { copied: string }).copied);
      expect(copied.split('\n').slice(0, 4)).toEqual([
        'Telltale false alarm: Forecast about a period already over (stale-future, high, message overAtPublication)',
        'What it said: Looks ahead to 2023, but the article is dated March 12, 2024: that period was already over.',
        "The page's dates: March 12, 2024 (2024-03-12, in the page’s data and at the top of the article)",
        'Read as: English',
      ]);
      expect(copied).toContain('npx telltale --date 2024-03-12 case.txt');
      expect(copied).toContain('\nWater restrictions are expected to stay in place well into 2023, the authority said');
      expect(copied).not.toContain(d.base);
      expect(await text(popup, '.finding[data-check="stale-future"] .respond-status')).toBe(t('copiedFalseAlarm'));
      await popup.close();
      await page.close();
    });

    it('marks the claim and the date it is checked against apart, on the page and in the popup', async () => {
      const d = get();
      const { page, popup } = await d.audit('/pages/shifted-clock/source.html');
      const h = await highlights(page);
      expect(h['telltale-reference']).toEqual(['June 2021']);
      expect(h['telltale-span']).toContain('18 months ago');
      expect(h['telltale-medium']).toEqual([
        'Since the drought 18 months ago, farmers in the valley have sold a third of their cattle, ' +
          'the regional farming cooperative said in its spring report.',
      ]);
      const quotes = await popup.evaluate(() =>
        [...document.querySelectorAll('.finding[data-check="elapsed-time"] blockquote')].map((q) => [
          q.className,
          q.querySelector('.role')?.textContent,
          q.querySelector('mark')?.textContent,
        ]),
      );
      expect(quotes).toEqual([
        ['claim', t('roleClaim'), '18 months ago'],
        ['reference', t('roleReference'), 'June 2021'],
      ]);
      // Plain words and one date style: the page's data and its top, once; the clock in the same style.
      expect(await text(popup, '.dates ul')).toBe('March 12, 2024, in the page’s data and at the top of the article');
      expect(await text(popup, '.timeline figcaption')).toBe(
        'Written, by its own time claims: October 31, 2022 – January 30, 2023 (3 of 3 claims ' +
          'agree). The publication date March 12, 2024 falls outside it.',
      );
      // The clock comes after the findings, open since it has an estimate; folded where it has none.
      expect(
        await popup.evaluate(() => {
          const clock = document.querySelector('details.clock') as HTMLDetailsElement;
          return [
            clock.open,
            !!(clock.compareDocumentPosition(document.querySelector('.finding')!) & Node.DOCUMENT_POSITION_PRECEDING),
          ];
        }),
      ).toEqual([true, true]);
      await popup.close();
      await page.close();
      const folded = await d.audit('/pages/stale-forecast/source.html');
      expect(
        await folded.popup.evaluate(() => (document.querySelector('details.clock') as HTMLDetailsElement).open),
      ).toBe(false);
      expect(await folded.popup.evaluate(() => document.querySelector('details.clock summary')!.textContent)).toBe(
        t('clockFolded'),
      );
      await folded.popup.close();
      await folded.page.close();
    });

    it(
      'shows the card with its words, arithmetic and answers on hover, and steps through the ' +
        'highlights by keyboard',
      async () => {
        const d = get();
        const { page, popup, tabId } = await d.audit('/pages/shifted-clock/source.html');
        await clearStorage(popup);
        await page.front();
        const box = await page.evaluate(() => {
          const r = (
            [...CSS.highlights.get('telltale-span')!].find((x) => x.toString() === '18 months ago') as Range
          ).getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        });
        await page.hover(box.x, box.y);
        await expect.poll(() => page.evaluate(() => document.querySelector('telltale-card') !== null)).toBe(true);
        const card = await d.cardText(page);
        if (card !== null) {
          expect(card).toContain('Elapsed time does not add up');
          expect(card).toContain('32 to 33 months later, not 18 months');
          expect(card).toContain(`${t('roleClaim')} "18 months ago"`.replace(/"/g, ''));
          expect(card).toContain('June 2021');
          for (const b of [t('dismiss'), t('turnOff'), t('copyFalseAlarm')]) expect(card).toContain(b);
          expect(card).toMatch(/‹ 1 of 2 ›/);
          await page.screenshot(screenshotPath(`card-${d.name}.png`), { x: 0, y: 120, width: 1000, height: 330 });
        }
        await page.hover(5, 5);

        // The next-finding shortcut goes on from the finding last shown (the one hovered), its card focused;
        // arrows go on, round to the first; Esc leaves.
        const drought =
          'Since the drought 18 months ago, farmers in the valley have sold a third of their cattle, ' +
          'the regional farming cooperative said in its spring report.';
        const water =
          'Water restrictions are expected to stay in place well into 2023, the authority said, and ' +
          'households are asked to keep their use under 120 litres a day.';
        expect(await step(popup, tabId, 1)).toEqual({ ok: true });
        await page.front();
        expect(await flashed(page)).toEqual([water]);
        expect(await focusInCard(page)).toBe(true);
        await page.press('ArrowRight');
        await expect.poll(() => flashed(page)).toEqual([drought]);
        await page.press('ArrowLeft');
        await expect.poll(() => flashed(page)).toEqual([water]);
        // Tab to the card's answers: previous, next, then Dismiss.
        for (let i = 0; i < 3; i++) await page.press('Tab');
        await page.press('Enter');
        await expect.poll(async () => (await highlights(page))['telltale-high']).toBeUndefined();
        expect(Object.values((await storage(popup)).dismissed ?? {}).flat()).toHaveLength(1);
        expect(await focusInCard(page)).toBe(true);
        await page.press('Enter'); // the Undo the card focused
        await expect.poll(async () => (await highlights(page))['telltale-high']?.length).toBe(1);
        await page.press('Escape');
        expect(await focusInCard(page)).toBe(false);

        // Copy as false alarm from the card.
        await step(popup, tabId, -1);
        await page.front();
        expect(await flashed(page)).toEqual([drought]);
        for (let i = 0; i < 5; i++) await page.press('Tab');
        await page.press('Enter');
        await expect
          .poll(() => d.clipboard(page))
          .toMatch(/^Telltale false alarm: Elapsed time does not add up \(elapsed-time, medium/);
        await popup.close();
        await page.close();
      },
    );

    it(
      'gives each finding its title as its name, explains metadata findings without hover, and Esc ' +
        'closes its layers',
      async () => {
        const d = get();
        const { page, popup } = await d.audit('/generated/metadata.html');
        await popup.evaluate((source) => void (0, eval)(source), AXE_SOURCE);
        const names = await popup.evaluate(() => {
          const axe = (
            globalThis as unknown as {
              axe: { setup(): void; commons: { text: { accessibleText(e: Element): string } }; teardown(): void };
            }
          ).axe;
          axe.setup();
          const out = [...document.querySelectorAll('.finding .show')].map((b) => axe.commons.text.accessibleText(b));
          axe.teardown();
          return out;
        });
        expect(names).toEqual(['Conflicting publication dates']);
        const off = await popup.evaluate(() => {
          const b = document.querySelector<HTMLButtonElement>('.finding .show')!;
          const note = document.getElementById(b.getAttribute('aria-describedby')!.split(' ')[1]!)!;
          return {
            disabled: b.disabled,
            tabIndex: b.tabIndex,
            note: note.innerText,
            visible: note.offsetParent !== null,
            onPage: b.closest<HTMLElement>('.finding')!.dataset.onPage,
          };
        });
        expect(off).toEqual({ disabled: false, tabIndex: 0, note: t('offPage'), visible: true, onPage: 'false' });
        // The answers' layer opens on the keyboard and Esc closes it, with the focus back on its button.
        await popup.front();
        await popup.evaluate(() => document.querySelector<HTMLElement>('.respond-toggle')!.focus());
        await popup.press('Enter');
        expect(
          await popup.evaluate(() => [
            document.querySelector<HTMLElement>('.menu')!.hidden,
            document.activeElement?.className,
          ]),
        ).toEqual([false, 'dismiss']);
        await popup.press('Escape');
        expect(
          await popup.evaluate(() => [
            document.querySelector<HTMLElement>('.menu')!.hidden,
            document.activeElement?.className,
          ]),
        ).toEqual([true, 'respond-toggle']);
        await popup.close();
        await page.close();
      },
    );

    it('groups a repeated passage, folds a check with many findings, and keeps Re-run and Clear in view', async () => {
      const d = get();
      const { page, popup } = await d.audit('/generated/many.html');
      await popup.viewport(420, 500);
      const shape = await popup.evaluate(() => ({
        folds: [...document.querySelectorAll('details.fold > summary')].map((s) => s.textContent),
        repeated: [...document.querySelectorAll<HTMLElement>('.finding[data-count="3"]')].map((f) => [
          f.dataset.check,
          f.querySelectorAll('.copies button').length,
        ]),
        summary: (document.querySelector('.summary') as HTMLElement).innerText,
      }));
      expect(shape).toEqual({
        folds: ['Weekday does not match the date (9)'],
        repeated: [['weekday-mismatch', 3]],
        summary: '9 high\n1 low',
      });
      await popup.evaluate(() => scrollTo(0, document.body.scrollHeight));
      const header = await popup.evaluate(() => {
        const r = document.getElementById('rerun')!.getBoundingClientRect();
        return scrollY > 0 && r.top >= 0 && r.bottom <= innerHeight;
      });
      expect(header).toBe(true);
      // Each copy of the repeated paragraph is reached from its entry.
      await popup.evaluate(() => ((document.querySelector('details.fold') as HTMLDetailsElement).open = true));
      await popup.click('.finding[data-count="3"][data-check="weekday-mismatch"] .copies button:nth-of-type(3)');
      await expect
        .poll(() => flashed(page))
        .toEqual([
          'The new quay opened on Friday, March 7, 2024, with a brass band and a long speech by the harbour master.',
        ]);
      // On the page, the shortcut steps in article order and wraps from the first to the last.
      await popup.close();
      await page.close();
    });

    it('fits a window from 320 px wide, and passes axe in light and dark', async () => {
      const d = get();
      const { page, popup } = await d.audit('/pages/shifted-clock/source.html');
      for (const width of [320, 360]) {
        await popup.viewport(width, 700);
        expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
      await popup.viewport(420, 760);
      // A layer open too, as a reader would have it.
      await popup.click('.finding[data-check="stale-future"] .respond-toggle');
      expect(await axeViolations(popup)).toEqual([]);
      await d.dark(popup, true);
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await axeViolations(popup)).toEqual([]);
      if (d.name === 'chromium') await popup.screenshot(screenshotPath('popup-chromium-dark.png'));
      await d.dark(popup, false);
      await popup.close();
      await page.close();
    });

    it('paints highlights whose text keeps its contrast on a dark page', async () => {
      const d = get();
      const { page, popup } = await d.audit('/generated/dark.html');
      const rules = await page.evaluate(() =>
        [...document.adoptedStyleSheets]
          .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
          .filter((r) => r.includes('::highlight(')),
      );
      const colours = Object.fromEntries(
        rules.flatMap((r) => {
          const m = /::highlight\(([\w-]+)\)\s*\{\s*background-color:\s*([^;]+);\s*color:\s*([^;]+);/.exec(r);
          return m ? [[m[1]!, { background: m[2]!.trim(), color: m[3]!.trim() }]] : [];
        }),
      );
      expect(Object.keys(colours).sort()).toEqual([
        'telltale-flash',
        'telltale-high',
        'telltale-low',
        'telltale-medium',
        'telltale-reference',
        'telltale-span',
      ]);
      const pageBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      for (const [name, c] of Object.entries(colours)) {
        expect(contrast(c.background, c.color), name).toBeGreaterThanOrEqual(7);
        expect(contrast(c.background, pageBackground), `${name} on the dark page`).toBeGreaterThanOrEqual(3);
      }
      expect((await highlights(page))['telltale-high']).toHaveLength(1);
      if (d.name === 'chromium')
        await page.screenshot(screenshotPath('page-dark-chromium.png'), { x: 0, y: 0, width: 900, height: 260 });
      await popup.close();
      await page.close();
    });

    it(
      'lays the options page out with its stylesheet, says how old the knowledge pack is, and ' + 'passes axe',
      async () => {
        const d = get();
        const options = await d.options();
        await options.viewport(1000, 900);
        const layout = await options.evaluate(() => {
          const labels = [...document.querySelectorAll('#checks label')];
          return {
            inlineStyles: document.querySelectorAll('style, [style]').length,
            display: getComputedStyle(labels[0]!).display,
            rows: new Set(labels.map((l) => Math.round(l.getBoundingClientRect().top))).size === labels.length,
            width: Math.round(document.body.getBoundingClientRect().width),
            legend: [...document.querySelectorAll('#legend dd')].map((x) => x.textContent),
            old: !(document.getElementById('knowledge-old') as HTMLElement).hidden,
            knowledge: document.getElementById('knowledge')!.textContent,
          };
        });
        expect(layout).toEqual({
          inlineStyles: 0,
          display: 'block',
          rows: true,
          width: 640,
          legend: [t('severityMeaning_high'), t('severityMeaning_medium'), t('severityMeaning_low')],
          old: packIsOld(PACK.asOf, new Date()),
          knowledge: expect.stringContaining(`(pack version ${PACK.version})`),
        });
        expect(await axeViolations(options)).toEqual([]);
        await options.close();
      },
    );

    it.skipIf(!largestSharedPages().length)(
      'measures the toolbar press to the warnings shown and the highlights painted, on the largest shared pages',
      async () => {
        const d = get();
        const rows = await measurePresses(async (address) => {
          const { page, popup } = await d.audit(address);
          const times = await popup.evaluate(readPressTimes);
          await popup.close();
          await page.close();
          return times;
        });
        for (const r of rows) expect(r.shown).toBeGreaterThanOrEqual(r.painted);
        console.log(
          `${d.name}, toolbar press to (median of 3, load ` +
            `average ${loadavg()[0]!.toFixed(1)}): ${describePresses(rows)}`,
        );
      },
      180_000,
    );
  });
}
