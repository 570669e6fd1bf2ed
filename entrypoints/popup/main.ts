import { AckSchema, AuditReplySchema, type Request, type Tagged } from '../../src/extension/messages.js';
import { tagClauses } from '../../src/extension/tagging.js';
import { PACK } from '../../src/engine/knowledge/pack.js';
import { isRestricted } from '../../src/extension/restricted.js';
import { parseSettings } from '../../src/extension/settings.js';
import { reportToMarkdown } from '../../src/views/markdown.js';
import type { Report } from '../../src/engine/report/schema.js';
import { reportView, stateView } from '../../src/extension/popup/render.js';

const main = document.getElementById('main')!;
/** Shows a view; `state` marks a final one (the tests and assistive tech wait for it). */
const show = (node: Node, state = 'final') => {
  main.replaceChildren(node);
  main.dataset.state = state;
};

/** The tab to audit: the active one, or the one named in ?tab= (the end-to-end tests open the popup as a page). */
async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (named) {
    const tab = await browser.tabs.get(named);
    return { id: named, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/**
 * A reading with the tagger can ask about sentences the first did not reach (a date read as past
 * ends a search): a few rounds at most.
 */
const TAGGING_ROUNDS = 3;

async function send(tabId: number, request: Request): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

async function run(): Promise<void> {
  show(stateView('Reading the article…', 'Extracting the text and checking its dates.'), 'working');
  const tab = await targetTab();
  if (!tab) return show(stateView('No tab to audit', 'Open a news article and click Telltale again.', 'error'));
  if (tab.url !== undefined && isRestricted(tab.url)) {
    return show(stateView('This page cannot be audited', 'The browser does not let extensions read its own pages, add-on stores or the PDF viewer.'));
  }
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/audit.js'] });
  } catch {
    return show(stateView('This page cannot be audited', 'The browser does not let extensions read this page.'));
  }
  const disabled = parseSettings(await browser.storage.local.get('disabled'));
  const tagged: Tagged = [];
  const request = { type: 'telltale:audit', disabled, knowledge: PACK, tagged } as const;
  const ask = async () => AuditReplySchema.safeParse(await send(tab.id, request).catch(() => null));
  let reply = await ask();
  // The page has sentences only the tagger reads: it is loaded here, for them alone, and the
  // audit asked again with its readings.
  const wanted = () => (reply.success && !reply.data.ok ? reply.data.clauses : undefined);
  for (let round = 0; round < TAGGING_ROUNDS && wanted()?.length; round++) {
    const { tagPastTense } = await import('../../src/engine/text/tagger.js');
    tagged.push(...tagClauses(wanted()!, tagPastTense));
    reply = await ask();
  }
  if (!reply.success) return show(stateView('Something went wrong', 'The page did not answer. Reload it and try again.', 'error'));
  if (!reply.data.ok) {
    return show(
      reply.data.reason === 'no-article'
        ? stateView('No article found', 'Telltale could not find an article on this page.')
        : stateView('The audit failed', reply.data.message, 'error'),
    );
  }
  const { report, highlighted, pointsOnPage, pageMs, changed, found } = reply.data;
  const serious = report.findings.filter((f) => f.severity === 'high' || f.severity === 'medium').length;
  void browser.action.setBadgeText({ tabId: tab.id, text: serious ? String(serious) : '' });
  void browser.action.setBadgeBackgroundColor({ tabId: tab.id, color: '#b91c1c' });
  document.title = `Telltale: ${report.findings.length} findings`;
  const onPage = { findings: new Set(highlighted), points: new Set(pointsOnPage), ms: pageMs, changed, found };
  /** The page answers whether it could show the place; when the page changed under it, the reader is told so. */
  const reveal = (request: Request) =>
    void send(tab.id, request).then(
      (answer) => {
        if (AckSchema.safeParse(answer).data?.changed) main.querySelector<HTMLElement>('.page-changed')?.removeAttribute('hidden');
      },
      () => undefined,
    );
  show(
    reportView(report, onPage, {
      reveal: (f) => reveal({ type: 'telltale:reveal', findingId: f.id }),
      revealPoint: (index) => reveal({ type: 'telltale:reveal-point', index }),
      copy: () => navigator.clipboard.writeText(reportToMarkdown(report)),
      download: () => downloadJson(report),
    }),
    'done',
  );
}

/** A download link on our own page: no `downloads` permission needed, and nothing leaves the browser. */
function downloadJson(report: Report): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `telltale-${(report.title ?? 'report').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'report'}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

document.getElementById('rerun')!.addEventListener('click', () => void run());
document.getElementById('clear')!.addEventListener('click', async () => {
  const tab = await targetTab();
  if (tab) await send(tab.id, { type: 'telltale:clear' }).catch(() => undefined);
});
document.getElementById('options')!.addEventListener('click', (e) => {
  e.preventDefault();
  void browser.runtime.openOptionsPage();
});
void run().catch((error: unknown) => show(stateView('The audit failed', (error as Error).message, 'error')));
