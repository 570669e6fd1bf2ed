import { createReadStream, existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PAGES } from '../helpers/pages.js';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const shared = path.resolve(root, '..', 'shared');

/**
 * Where the end-to-end tests leave their screenshots: an ignored folder, so that a test run never
 * rewrites tracked files. `npm run screenshots` copies the README's pictures from here.
 */
export const SCREENSHOTS = path.join(root, 'test-results', 'screenshots');
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}
const DIRS: Record<string, string> = {
  pages: PAGES,
  realpages: path.join(shared, 'realpages'),
  realnews: path.join(shared, 'realnews'),
};

/**
 * Serves the fixture pages and, where ../shared exists, the real pages, on 127.0.0.1 only. With
 * `?scripts=none` a page's own scripts may not run (its content security policy says so), while
 * the browser still parses it as a tab with scripts on does; the extension's content script is
 * not the page's and still runs.
 */
export async function serve(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const generated = GENERATED[req.url ?? ''];
    if (generated) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(generated());
      return;
    }
    // /pages/NAME/source.html is tests/pages/NAME/source.html; /realpages/NAME.html is ../shared/realpages/NAME.html.
    const [, dir, ...rest] = (req.url ?? '').split('?')[0]!.split('/');
    const base = DIRS[dir ?? ''];
    const file = base && rest.length ? path.join(base, ...rest.map(decodeURIComponent)) : '';
    if (!file || !file.startsWith(base! + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const scripts = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('scripts');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...(scripts === 'none' ? { 'content-security-policy': "script-src 'none'" } : {}),
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

const FILLER = Array.from(
  { length: 40 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the council report describes the harbour works, the budget lines and ` +
    `the timetable for the tenders in some detail, as such reports do.</p>`,
).join('\n');
/** A long article whose only inconsistency sits far below the fold, so that revealing it must scroll. */
export const LONG_PAGE =
  `<!doctype html><html lang="en"><head><title>Council report on the harbour</title>
<meta property="article:published_time" ` +
  `content="2024-03-08T08:00:00Z"></head><body><article><h1>Council report on the harbour</h1>
<p class="byline">By Lina Moss</p>${FILLER}
<p id="target">The first tender closed on Monday, March 5, 2024, with eleven bids from five ` +
  `countries.</p></article></body></html>`;

const article = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Hostile page</title>
<meta property="article:published_time" ` +
  `content="2024-03-08T08:00:00Z"></head><body><article><h1>Hostile page</h1>${body}</article></body></html>`;
const prose =
  '<p>The harbour board met on Tuesday to discuss the tenders for the new quay and the dredging of the channel.</p>';

/**
 * A page in a language no grammar reads (Portuguese), with a wrong weekday the English-only reading would not see:
 * the text checks do not run, and the popup says so.
 */
export const PORTUGUESE_PAGE =
  `<!doctype html><html lang="pt"><head><title>A nova balsa parte</title>
<meta property="article:published_time" content="2024-03-08T08:00:00Z"></head><body><article><h1>A nova balsa parte</h1>
<p>Por Lina Moss</p>
<p>A nova balsa foi inaugurada pela prefeita na segunda-feira, 5 de março de 2024, e a cidade ficou ` +
  `muito contente com a notícia.</p>
<p>Desde a tempestade que destruiu o antigo cais em fevereiro de 2022, os passageiros tinham de ` +
  `viajar de ônibus até a capital.</p>
<p>Os operadores esperam que o número de passageiros continue a crescer, segundo o plano que ` +
  `publicaram na semana passada.</p>
</article></body></html>`;

const weekdayErrors = [
  ['Tuesday, March 4, 2024', 'the harbour board approved the dredging budget after a short debate'],
  ['Wednesday, February 6, 2024', 'the first tender was published in the regional gazette'],
  ['Friday, January 11, 2024', 'the divers inspected the old quay wall for cracks'],
  ['Monday, December 3, 2023', 'the ferry operator asked for a longer licence'],
  ['Thursday, November 8, 2023', 'the fishermen protested at the harbour gates'],
  ['Friday, October 5, 2023', 'the council published the noise study'],
  ['Sunday, September 2, 2023', 'the old crane was taken down in one piece'],
  ['Tuesday, August 7, 2023', 'the port police moved into the new office'],
];
/** A page with many findings: eight wrong weekdays, and one paragraph (with one more) repeated three times. */
export const MANY_PAGE =
  `<!doctype html><html lang="en"><head><title>A year of harbour works</title>
<meta property="article:published_time" content="2024-03-08T08:00:00Z"></head><body><article><h1>A ` +
  `year of harbour works</h1>
<p class="byline">By Lina Moss</p>
${weekdayErrors.map(([day, what]) => `<p>On ${day}, ${what}, according to the minutes of the board.</p>`).join('\n')}
${(
  '<p>The new quay opened on Friday, March 7, 2024, with a brass band and a long speech by the ' +
  'harbour master.</p>\n'
).repeat(3)}
</article></body></html>`;

/** A page whose only finding is in its metadata: two publication dates the reader never sees. */
export const METADATA_PAGE =
  `<!doctype html><html lang="en"><head><title>Harbour dues rise</title>
<meta property="article:published_time" content="2024-03-01T08:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",` +
  `"headline":"Harbour dues rise","datePublished":"2023-11-02T08:00:00Z"}</script>
</head><body><article><h1>Harbour dues rise</h1><p class="byline">By Lina Moss</p>
<p>The harbour board raised the dues for visiting yachts by a tenth, saying the money would go to ` +
  `the repair of the pontoons.</p>
<p>Yacht owners said the rise was steep but fair, given the state of the pontoons after the winter ` +
  `storms.</p></article></body></html>`;

/** A dark page: light text on a near-black background, as many sites are at night. */
export const DARK_PAGE =
  `<!doctype html><html lang="en"><head><title>Night ferry</title>
<meta property="article:published_time" content="2024-03-08T08:00:00Z">
<style>body { background: #0b0f19; color: #e5e7eb; }</style></head><body><article><h1>Night ` +
  `ferry</h1><p class="byline">By Lina Moss</p>
<p>The night ferry made its first crossing on Monday, March 5, 2024, with forty passengers and two cars on board.</p>
<p>The operator said the service would run every night until the end of the summer season.</p></article></body></html>`;

/** Pages written to break an auditor: markup as text, megabytes of it, nesting thousands deep. */
const GENERATED: Record<string, () => string> = {
  '/generated/portuguese.html': () => PORTUGUESE_PAGE,
  '/generated/many.html': () => MANY_PAGE,
  '/generated/metadata.html': () => METADATA_PAGE,
  '/generated/dark.html': () => DARK_PAGE,
  '/generated/long.html': () => LONG_PAGE,
  '/generated/markup-as-text.html': () =>
    article(
      `${prose}<p>The notice read &lt;img src=x onerror="document.title='pwned'"&gt; and the vote ` +
        `on Monday, March 5, 2024 &lt;script&gt;document.title='pwned'&lt;/script&gt; passed.</p>`,
    ),
  '/generated/huge.html': () =>
    article(
      prose.repeat(45_000) + '<p>The vote on Monday, March 5, 2024 passed after a long debate in the chamber.</p>',
    ),
  // The article's paragraphs spread over the light DOM, an open shadow root and a same-origin frame.
  '/generated/split.html': () =>
    article(
      `${prose}<news-part></news-part><iframe title="continued" srcdoc="<p>The quay was first ` +
        `opened on February 30, 2024, according to the board's own records of the works.</p>"></iframe>
<script>customElements.define('news-part', class extends HTMLElement { constructor() { super(); ` +
        `this.attachShadow({ mode: 'open' }).innerHTML = '<p>The board voted on Monday, March 5, ` +
        `2024, after a long debate about the dredging costs.</p>'; } });</script>`,
    ),
  // A live ticker rewrites the page while it is audited; the test replaces the finding's paragraph after.
  '/generated/changing.html': () =>
    article(
      `${prose}<p id="ticker">0</p><p id="finding">The vote on Monday, March 5, 2024 passed ` +
        `after a long debate in the chamber.</p>
<script>let n = 0; setInterval(() => { document.getElementById('ticker').textContent = String(++n); }, 5);</script>`,
    ),
  '/generated/nested.html': () =>
    article(
      `${'<div>'.repeat(5000)}${prose}<p>The vote on Monday, March 5, 2024 passed after a long ` +
        `debate.</p>${'</div>'.repeat(5000)}`,
    ),
  // Elements named as the content script's flag and tagger hook once were: in Chromium they are
  // window properties in every world. Its finding needs the tagger ("shut" is past only to it), so
  // the popup's round with the tagger must work too.
  '/generated/shadowing.html': () =>
    article(`<div id="__telltale"></div><form name="__telltale"></form>
<div id="__telltaleTagger"></div><img name="__telltaleTagger" alt="">${prose}
<p>The old pier shut on March 12, 2024, after the storms, and the fishing boats now moor at the eastern quay.</p>`),
  // Text made to be slow, at the content script's whole budget, with a ticker that counts the page's own turns.
  '/generated/slow.html': () =>
    article(`<p id="ticker">0</p><p>${'Tuesday, March 6, 2023 and '.repeat(13_000)}end.</p>
<script>let n = 0; setInterval(() => { document.getElementById('ticker').textContent = String(++n); }, 10);</script>`),
};

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface StackTrace {
  callFrames: Array<{ url: string }>;
  parent?: StackTrace;
}
/** A request's initiator as the DevTools protocol (and the net log) gives it. */
export interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}

/**
 * As Chromium's net log tells them apart: a request is the extension's when an extension script
 * started it, in the extension's own pages or worker, or in the page as a content script (whose
 * requests carry the page's origin, so an address filter cannot see them).
 */
export function initiatedByExtension(initiator: Initiator): boolean {
  if (initiator.url?.startsWith('chrome-extension://')) return true;
  for (let s = initiator.stack; s; s = s.parent)
    if (s.callFrames.some((f) => f.url.startsWith('chrome-extension://'))) return true;
  return false;
}

/** Records every request the extension starts from within a page, by its initiator. */
export async function recordExtensionRequests(context: BrowserContext, page: Page, into: string[]): Promise<void> {
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e: { initiator: Initiator; request: { url: string } }) => {
    if (initiatedByExtension(e.initiator)) into.push(e.request.url);
  });
  await cdp.send('Network.enable');
}

/** Debian's Chromium with the built extension loaded, headless, and no background traffic of its own. */
export async function launchChromium(): Promise<{ context: BrowserContext; extensionId: string; browser: Browser }> {
  const port = 9300 + Math.floor(Math.random() * 500);
  const dist = path.join(root, '.output', 'chrome-mv3');
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'telltale-e2e-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // A persistent context has no Browser object; a second CDP connection gives the browser-level session.
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  return { context, extensionId: new URL(worker.url()).host, browser };
}

/** Presses the toolbar button for a tab as a person would, so that activeTab is granted. */
export async function clickToolbar(browser: Browser, page: Page, extensionId: string): Promise<void> {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
    targetInfos: Array<{ targetId: string; type: string; url: string }>;
  };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab!.targetId } as never);
  await cdp.detach();
}

/** Opens the popup as a page for the given article tab (the toolbar popup cannot be driven headless). */
export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  articleUrl: string,
  timeout = 20_000,
): Promise<Page> {
  const popup = await context.newPage();
  // As wide as the toolbar popup: opened as a page, it follows the window.
  await popup.setViewportSize({ width: 420, height: 760 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // In the extension's page, `chrome` is the extension API; the test's TypeScript does not know it.
  const tabId = await popup.evaluate(
    async (url) => (await (globalThis as unknown as { chrome: typeof browser }).chrome.tabs.query({ url }))[0]?.id,
    articleUrl,
  );
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('main[data-state="done"], main[data-state="final"]', { timeout });
  return popup;
}

/** Runs in the page, in either browser: the highlights registered there, as the text each range covers. */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  CSS.highlights.forEach((h, name) => {
    out[name] = [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim());
  });
  return out;
}

export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(readHighlights);
}
