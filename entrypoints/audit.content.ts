import { NoArticleError, readDocument } from '../src/extract/html.js';
import { MAX_CLAUSES, parseRequest, type Ack, type AuditReply, type Tagged } from '../src/extension/messages.js';
import type { CheckId } from '../src/engine/report/schema.js';
import type { Pack } from '../src/engine/knowledge/schema.js';
import { HoverCard } from '../src/extension/card.js';
import { setReaderLanguage } from '../src/views/i18n/reader.js';
import { composedClone } from '../src/extension/composed-clone.js';
import { firstMark, Highlighter, locate, type Mark, type Shown } from '../src/extension/highlights.js';
import { buildPageMap } from '../src/extension/page-map.js';
import { PAGE_BUDGET_CHARS } from '../src/extension/budget.js';
import { firstInThisPage } from '../src/extension/once-per-page.js';
import { auditInSlices } from '../src/extension/slices.js';
import { taggerFrom } from '../src/extension/tagging.js';

const count = <T>(xs: readonly T[], x: T) => xs.filter((y) => y === x).length;
const ack = (shown: Shown): Ack => (shown === 'shown' ? { ok: true } : { ok: false, changed: shown === 'changed' });

/**
 * Injected on demand when the reader clicks the toolbar button (activeTab + scripting): it is not
 * in the manifest, so it never runs on a page the reader did not ask about.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    // The card's strings in the browser's language, English where there are none.
    setReaderLanguage(browser.i18n.getUILanguage());
    if (!firstInThisPage()) return; // injected again by a re-run: the first copy answers
    const highlighter = new Highlighter(document);
    let points: Array<Mark | null> = [];
    const card = new HoverCard(document, highlighter);

    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
      const request = parseRequest(message);
      if (!request) return false;
      if (request.type === 'telltale:ping') sendResponse({ ok: true });
      else if (request.type === 'telltale:clear') {
        highlighter.clear();
        points = [];
        card.detach();
        sendResponse({ ok: true });
      } else if (request.type === 'telltale:reveal') {
        const l = highlighter.located.find((x) => x.finding.id === request.findingId);
        // A finding taken off because the page changed is no longer among the located ones.
        sendResponse(l ? ack(highlighter.reveal(firstMark(l))) : { ok: false, changed: highlighter.changed });
      } else if (request.type === 'telltale:step') {
        sendResponse(ack(card.step(request.by)));
      } else if (request.type === 'telltale:reveal-point') {
        sendResponse(ack(highlighter.reveal(points[request.index])));
      } else {
        // Answered when done: the audit gives the page its turn between its steps.
        void runAudit(request.disabled, request.knowledge, request.tagged, highlighter, card).then((result) => {
          points = result.points;
          sendResponse(result.reply);
        });
        return true;
      }
      return false;
    });
  },
});

/** Time spent on an audit that had to wait for the tagger: it counts towards the one that finishes. */
let waitedMs = 0;

async function runAudit(
  disabled: CheckId[],
  knowledge: Pack | undefined,
  tagged: Tagged | undefined,
  highlighter: Highlighter,
  card: HoverCard,
): Promise<{ reply: AuditReply; points: Array<Mark | null> }> {
  const t0 = performance.now();
  try {
    const clone = composedClone(document);
    const { input, content } = readDocument(clone.document, location.href);
    const { tagger, missing } = taggerFrom(tagged);
    // Budgets in characters and in time keep a giant or slow page from freezing the tab;
    // the report says what was left out.
    const options = { disabled, maxChars: PAGE_BUDGET_CHARS, tagger, ...(knowledge ? { knowledge } : {}) };
    const report = await auditInSlices(input, options);
    if (missing.size) {
      // Some sentences need the tagger: the popup reads them and asks again.
      waitedMs += performance.now() - t0;
      const clauses = [...missing].slice(0, MAX_CLAUSES);
      const message = 'Some sentences need the tagger.';
      return { reply: { ok: false, reason: 'needs-tagger', message, clauses }, points: [] };
    }
    const map = buildPageMap({
      doc: document,
      paragraphs: input.paragraphs,
      content,
      liveOf: clone.liveOf,
      chars: report.stats.chars,
    });
    const onPage = locate(report, map);
    highlighter.paint(onPage.findings, map);
    card.detach();
    card.attach();
    const pointsOnPage = onPage.points.flatMap((r, i) => (r ? [i] : []));
    const pageMs = Math.round(performance.now() - t0 + waitedMs);
    waitedMs = 0;
    return {
      reply: {
        ok: true,
        report,
        highlighted: onPage.findings.map((l) => l.finding.id),
        pointsOnPage,
        pageMs,
        changed: onPage.changed,
        found: {
          nodes: count(map.found, 'nodes'),
          aligned: count(map.found, 'aligned'),
          missing: count(map.found, null),
        },
      },
      points: onPage.points,
    };
  } catch (error) {
    const reply: AuditReply =
      error instanceof NoArticleError
        ? { ok: false, reason: 'no-article', message: 'No article was found on this page.' }
        : { ok: false, reason: 'failed', message: (error as Error).message };
    return { reply, points: [] };
  }
}
