import { audit } from '../src/engine/audit.js';
import { extractDocument, NoArticleError } from '../src/extract/html.js';
import { parseRequest, type AuditReply } from '../src/extension/messages.js';
import type { CheckId } from '../src/engine/report/schema.js';
import type { Pack } from '../src/engine/knowledge/schema.js';
import { HoverCard } from '../src/extension/card.js';
import { composedClone } from '../src/extension/composed-clone.js';
import { Highlighter, locate } from '../src/extension/highlights.js';

/** Far beyond any article (a long feature is 60,000 characters), small enough to stay quick. */
const PAGE_BUDGET_CHARS = 300_000;

declare global {
  interface Window {
    __telltale?: boolean;
  }
}

/**
 * Injected on demand when the reader clicks the toolbar button (activeTab + scripting): it is not
 * in the manifest, so it never runs on a page the reader did not ask about.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    if (window.__telltale) return; // injected again by a re-run: the first copy answers
    window.__telltale = true;
    const highlighter = new Highlighter(document);
    let points: Array<Range | null> = [];
    const reveal = (range: Range | null | undefined): boolean => {
      if (!range) return false;
      // At once, not smoothly: a smooth scroll is cut short when the popup closes; the flash shows where.
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      highlighter.flash(range);
      return true;
    };
    const card = new HoverCard(document, () => highlighter.located);

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
        sendResponse({ ok: reveal(l?.sentences[0] ?? l?.spans[0]) });
      } else if (request.type === 'telltale:reveal-point') {
        sendResponse({ ok: reveal(points[request.index]) });
      } else {
        const result = runAudit(request.disabled, request.knowledge, highlighter, card);
        points = result.points;
        sendResponse(result.reply);
      }
      return false;
    });
  },
});

function runAudit(disabled: CheckId[], knowledge: Pack | undefined, highlighter: Highlighter, card: HoverCard): { reply: AuditReply; points: Array<Range | null> } {
  const t0 = performance.now();
  try {
    const input = extractDocument(composedClone(document), location.href);
    // A budget in characters keeps a giant page from freezing the tab; the report says what was covered.
    const report = audit(input, { disabled, maxChars: PAGE_BUDGET_CHARS, ...(knowledge ? { knowledge } : {}) });
    const onPage = locate(report, document);
    highlighter.paint(onPage.findings);
    card.detach();
    card.attach();
    const pointsOnPage = onPage.points.flatMap((r, i) => (r ? [i] : []));
    const pageMs = Math.round(performance.now() - t0);
    return { reply: { ok: true, report, highlighted: onPage.findings.map((l) => l.finding.id), pointsOnPage, pageMs }, points: onPage.points };
  } catch (error) {
    const reply: AuditReply =
      error instanceof NoArticleError
        ? { ok: false, reason: 'no-article', message: 'No article was found on this page.' }
        : { ok: false, reason: 'failed', message: (error as Error).message };
    return { reply, points: [] };
  }
}
