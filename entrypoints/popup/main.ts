import { AckSchema, AuditReplySchema, type Request, type Tagged } from '../../src/extension/messages.js';
import { tagClauses } from '../../src/extension/tagging.js';
import { PACK_DATA } from '../../src/engine/knowledge/pack-data.js';
import type { Pack } from '../../src/engine/knowledge/schema.js';
import { isRestricted } from '../../src/extension/restricted.js';
import { reportToMarkdown } from '../../src/views/markdown.js';
import type { Report } from '../../src/engine/report/schema.js';
import { closeLayers, reportView, stateView } from '../../src/extension/popup/render.js';
import { disabledChecks, dismissedFor, setCheckOff, setDismissed } from '../../src/extension/store.js';
import { falseAlarmExample } from '../../src/views/false-alarm.js';
import { readingNotice, textUnread } from '../../src/views/reading.js';
import { t } from '../../src/views/strings.js';
import { setReaderLanguage } from '../../src/views/i18n/reader.js';
import { COMMANDS, keysOf } from '../../src/extension/shortcuts.js';
import { findingKey } from '../../src/extension/dismissed.js';
import { groupRepeated } from '../../src/views/grouping.js';

// The popup's strings in the browser's language, English where there are none.
document.documentElement.lang = setReaderLanguage(browser.i18n.getUILanguage());

const main = document.getElementById('main')!;
/** Shows a view; `state` marks a final one (the tests and assistive tech wait for it). */
const show = (node: Node, state = 'final') => {
  main.replaceChildren(node);
  main.dataset.state = state;
};

/**
 * The toolbar popup is a fixed 420 px wide; opened as a page it follows the window from 320 px up.
 * A popup sizes itself to its content, so the width cannot come from a width query (the popup
 * starts out narrow): a desktop popup is told by its pointer, and by the tab it was not given
 * (the tests open it as a page for a named tab; Firefox for Android, as a page on a touch screen).
 */
const asPage = new URLSearchParams(location.search).has('tab') || !matchMedia('(hover: hover)').matches;
if (!asPage) document.documentElement.classList.add('in-popup');

/** The strings the page's HTML holds too: from the one table, so that a translation changes them all. */
function label(): void {
  const set = (id: string, text: string, title?: string) => {
    const node = document.getElementById(id)!;
    node.textContent = text;
    if (title) node.title = title;
  };
  set('rerun', t('rerun'), t('rerunTitle'));
  set('clear', t('clear'), t('clearTitle'));
  set('options', t('options'));
  set('privacy', t('privacy'));
  // Firefox for Android has no keyboard shortcuts, nor the commands API.
  void browser.commands?.getAll?.().then((all) => {
    const keys = keysOf(all, COMMANDS.audit);
    const step = [keysOf(all, COMMANDS.next), keysOf(all, COMMANDS.previous)];
    const text = keys ? t('shortcut', { keys }) : t('shortcutUnset');
    const node = document.getElementById('shortcut')!;
    const stepping = step[0] && step[1] ? `; ${t('stepKeys', { next: step[0], previous: step[1] })}` : '';
    node.textContent = `${text}${stepping}.`;
    node.dataset.keys = keys ?? '';
  });
}

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
  show(stateView(t('reading'), t('readingDetail')), 'working');
  const tab = await targetTab();
  if (!tab) return show(stateView(t('noTab'), t('noTabDetail'), 'error'));
  if (tab.url !== undefined && isRestricted(tab.url))
    return show(stateView(t('cannotAudit'), t('cannotAuditBrowserPage')));
  // The content script compiles while the reader's settings are read.
  const settings = Promise.all([
    disabledChecks(),
    tab.url ? dismissedFor(tab.url) : Promise.resolve(new Set<string>()),
  ]);
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/audit.js'] });
  } catch {
    return show(stateView(t('cannotAudit'), t('cannotAuditThisPage')));
  }
  const [disabled, dismissed] = await settings;
  const tagged: Tagged = [];
  const request = { type: 'telltale:audit', disabled, knowledge: PACK_DATA as Pack, tagged } as const;
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
  if (!reply.success) return show(stateView(t('noAnswer'), t('noAnswerDetail'), 'error'));
  if (!reply.data.ok) {
    return show(
      reply.data.reason === 'no-article'
        ? stateView(t('noArticle'), t('noArticleDetail'))
        : stateView(t('failed'), reply.data.message, 'error'),
    );
  }
  // The highlights are on the page once the page has answered.
  main.dataset.paintedMs = String(Math.round(performance.now()));
  const { report, highlighted, pointsOnPage, pageMs, changed, found } = reply.data;
  badge(tab.id, report, dismissed);
  document.title = `Telltale: ${report.findings.length} findings`;
  const onPage = { findings: new Set(highlighted), points: new Set(pointsOnPage), ms: pageMs, changed, found };
  /** The page answers whether it could show the place; when the page changed under it, the reader is told so. */
  const reveal = (request: Request) =>
    void send(tab.id, request).then(
      (answer) => {
        if (AckSchema.safeParse(answer).data?.changed)
          main.querySelector<HTMLElement>('.page-changed')?.removeAttribute('hidden');
      },
      () => undefined,
    );
  const url = tab.url ?? '';
  show(
    reportView(
      report,
      onPage,
      {
        reveal: (f) => reveal({ type: 'telltale:reveal', findingId: f.id }),
        revealPoint: (index) => reveal({ type: 'telltale:reveal-point', index }),
        copy: () => navigator.clipboard.writeText(reportToMarkdown(report)),
        download: () => downloadJson(report),
        // The page listens to the storage: its highlights come off (or back) as these are written.
        dismiss: async (keys, on) => {
          await setDismissed(url, keys, on);
          badge(tab.id, report, await dismissedFor(url));
        },
        turnOff: (check, off) => setCheckOff(check, off),
        copyFalseAlarm: (f) => navigator.clipboard.writeText(falseAlarmExample(report, f)),
      },
      { dismissed },
    ),
    'done',
  );
  main.dataset.shownMs = String(Math.round(performance.now()));
}

/**
 * The count of high and medium findings the reader has not dismissed; on a page whose text no
 * check could read and which gave nothing serious, a question mark rather than a blank that
 * would read as a clean bill.
 */
function badge(tabId: number, report: Report, dismissed: Set<string>): void {
  // Counted as the popup lists them: a passage repeated three times is one.
  const serious = groupRepeated(
    report.findings.filter((f) => (f.severity === 'high' || f.severity === 'medium') && !dismissed.has(findingKey(f))),
  ).length;
  const reading = readingNotice(report);
  // A question mark only where no check read the text's words: a page whose calendar checks ran is read.
  const text = serious ? String(serious) : textUnread(report) ? t('badgeUnread') : '';
  void browser.action.setBadgeText({ tabId, text });
  void browser.action.setBadgeBackgroundColor({ tabId, color: serious ? '#b91c1c' : '#4b5563' });
  if (reading) void browser.action.setTitle({ tabId, title: t('badgeTitleUnread', { notice: reading }) });
}

/** A download link on our own page: no `downloads` permission needed, and nothing leaves the browser. */
function downloadJson(report: Report): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `telltale-${
    (report.title ?? 'report')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'report'
  }.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

label();
document.getElementById('rerun')!.addEventListener('click', () => void run());
document.getElementById('clear')!.addEventListener('click', async () => {
  const tab = await targetTab();
  if (tab) await send(tab.id, { type: 'telltale:clear' }).catch(() => undefined);
});
document.getElementById('options')!.addEventListener('click', (e) => {
  e.preventDefault();
  void browser.runtime.openOptionsPage();
});
// Esc closes the popup's own layers first; with none open, the browser's Esc closes the popup.
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && closeLayers(main)) {
    e.preventDefault();
    e.stopPropagation();
  }
});
void run().catch((error: unknown) => show(stateView(t('failed'), (error as Error).message, 'error')));
