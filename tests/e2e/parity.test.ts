import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../helpers/audit.js';
import { PACK } from '../../src/engine/knowledge/pack.js';
import type { Report } from '../../src/engine/report/schema.js';
import { NoArticleError } from '../../src/extract/html.js';
import { extractAny } from '../../src/cli/extract-node.js';
import { load } from '../../src/cli/inputs.js';
import { PAGE_BUDGET_CHARS } from '../../src/extension/budget.js';
import { AuditReplySchema, type Request, type Tagged } from '../../src/extension/messages.js';
import { tagClauses } from '../../src/extension/tagging.js';
import { tagPastTense } from '../../src/engine/text/tagger.js';
import { testPages } from '../helpers/pages.js';
import { clickToolbar, launchChromium, serve, shared } from './harness.js';

/**
 * The command line and the browser read a page alike (DESIGN.md): every HTML test page and every
 * real page, audited by the CLI's engine and by the built extension in Chromium, gives the same
 * title, publication date, dates and bylines with their sources, and the same findings with the
 * same evidence at the same offsets. The extension is driven as the popup drives it (the content script
 * injected, then the
 * popup's audit request); the CLI's engine is given the content script's budget and the same
 * knowledge pack, so that what differs is how each read the page.
 *
 * The page is served as saved, and nothing else: requests off 127.0.0.1 are cut off, and the
 * page's own scripts may not run (`?scripts=none`), because the CLI runs none. Chromium still
 * parses the page as a tab with scripts on (a `<noscript>` holds text), as the CLI does. With
 * their scripts running, a few saved pages rewrite themselves once their outside requests fail.
 */
const real = ['realpages', 'realnews'].flatMap((set) => {
  const dir = path.join(shared, set);
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .sort()
    : [];
  return names.map((name) => ({
    page: `${set}/${name}`,
    address: `/${set}/${encodeURIComponent(name)}`,
    file: path.join(dir, name),
  }));
});
// The test pages are always here; `old-markup` is written the way linkedom's own parser misreads.
const own = testPages()
  .filter((p) => p.kind === 'html')
  .map((p) => ({ page: `pages/${p.name}`, address: `/pages/${p.name}/${p.file}`, file: path.join(p.dir, p.file) }));
const pages = [...own, ...real];

/** What both must agree on; the source (a path, an address) and the timings may differ. */
function reading(report: Report) {
  return {
    title: report.title,
    publishedAt: report.publishedAt,
    dates: report.dates,
    bylines: report.bylines,
    findings: report.findings.map((f) => ({
      check: f.check,
      severity: f.severity,
      messageId: f.messageId,
      message: f.message,
      evidence: f.evidence.map((e) => ({ text: e.text, start: e.start, end: e.end })),
    })),
    chars: report.stats.chars,
    sentences: report.stats.sentences,
    truncated: report.truncated ?? null,
    errors: report.errors,
  };
}
type Reading = ReturnType<typeof reading> | 'no article';

async function inCli(file: string): Promise<Reading> {
  const loaded = await load({ source: file, location: file, format: 'article' }, 1000);
  try {
    return reading(
      audit(extractAny(loaded.content, loaded.source, loaded.kind), { knowledge: PACK, maxChars: PAGE_BUDGET_CHARS }),
    );
  } catch (error) {
    if (error instanceof NoArticleError) return 'no article';
    throw error;
  }
}

/**
 * Runs in an extension page: what the popup does for a tab, without the popup's view. The clauses
 * the content script asks the tagger about are read by `tagClauses` (exposed from the test, with
 * the engine's tagger, as the popup loads it), and the audit is asked again with the readings.
 */
async function auditTab({ url, request }: { url: string; request: Request }): Promise<unknown> {
  const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  await api.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/content-scripts/audit.js'] });
  const reply = await api.tabs.sendMessage<Request, { ok: boolean; reason?: string; clauses?: string[] }>(
    tab!.id!,
    request,
  );
  if (reply.ok || !reply.clauses?.length) return reply;
  const page = globalThis as unknown as { tagClauses(clauses: string[]): Promise<Tagged> };
  const tagged = await page.tagClauses(reply.clauses);
  return api.tabs.sendMessage(tab!.id!, { ...request, tagged });
}

describe('the CLI and Chromium read a page alike', () => {
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let browser: Browser;
  let extensionId: string;
  let driver: Page;
  let tab: Page;

  beforeAll(async () => {
    ({ server, base } = await serve());
    ({ context, extensionId, browser } = await launchChromium());
    await context.route('**/*', (route) =>
      /^https?:\/\/(?!127\.0\.0\.1[:/])/.test(route.request().url()) ? route.abort() : route.continue(),
    );
    // One extension page sends the audit request to one tab, page after page.
    driver = await context.newPage();
    await driver.exposeFunction('tagClauses', (clauses: string[]) => tagClauses(clauses, tagPastTense));
    await driver.goto(`chrome-extension://${extensionId}/options.html`);
    tab = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await context?.close();
    server?.close();
  });

  it.each(pages)('$page', async ({ address, file }) => {
    const url = `${base}${address}?scripts=none`;
    await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    // The toolbar press grants activeTab for this page, as a reader's click does.
    await clickToolbar(browser, tab, extensionId);
    const request: Request = { type: 'telltale:audit', disabled: [], knowledge: PACK };
    const answer = driver.evaluate(auditTab, { url: tab.url(), request });
    const cli = await inCli(file);
    const reply = AuditReplySchema.parse(await answer);
    const chromium: ReturnType<typeof reading> | string = reply.ok
      ? reading(reply.report)
      : reply.reason === 'no-article'
        ? 'no article'
        : `failed: ${reply.message}`;
    expect(cli).toEqual(chromium);
  });
});
