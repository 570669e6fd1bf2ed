import { renderMessage } from '../engine/check-kit/types.js';
import type { CheckId, Severity } from '../engine/report/schema.js';

/**
 * Every sentence the reader sees outside the checks' own messages, in one place: the popup, the
 * card on the page, the options page, the toolbar, and the notes the terminal and Markdown
 * reports share. Templates fill `{{name}}` as the checks' messages do, so that a translation pass
 * can move this table into `_locales/<language>/messages.json` key by key.
 */
export const STRINGS = {
  rerun: 'Re-run',
  rerunTitle: 'Audit the page again',
  clear: 'Clear highlights',
  clearTitle: 'Remove the highlights from the page',
  options: 'Options',
  privacy: 'Nothing leaves your browser.',
  shortcut: 'Shortcut: {{keys}}',
  stepKeys: 'on the page, {{next}} and {{previous}} step through the findings',
  shortcutUnset: 'No shortcut set (the browser’s extension shortcuts page sets one)',
  toolbarTitle: 'Audit this article',
  toolbarTitleWithKeys: 'Audit this article ({{keys}})',

  reading: 'Reading the article…',
  readingDetail: 'Extracting the text and checking its dates.',
  noTab: 'No tab to audit',
  noTabDetail: 'Open a news article and click Telltale again.',
  cannotAudit: 'This page cannot be audited',
  cannotAuditBrowserPage: 'The browser does not let extensions read its own pages, add-on stores or the PDF viewer.',
  cannotAuditThisPage: 'The browser does not let extensions read this page.',
  noAnswer: 'Something went wrong',
  noAnswerDetail: 'The page did not answer. Reload it and try again.',
  noArticle: 'No article found',
  noArticleDetail: 'Telltale could not find an article on this page.',
  failed: 'The audit failed',
  pageChanged: 'The page changed since the audit: re-run to see the findings in place.',

  noFindings: 'No inconsistencies found.',
  noFindingsRan: 'No inconsistencies found by the checks that ran.',
  countOf: '{{count}} {{severity}}',
  checksFailed: 'Checks that failed',
  truncated: 'Audited the first {{pct}}% of a very long page ({{covered}} of {{total}} characters).',
  bannerDisclosure: 'This page says it was written by AI.',
  bannerLeftovers: 'This page carries leftovers of a chatbot reply.',

  /** The language notice: what was read, and what that leaves out. */
  languageIn: 'This page is in {{language}}',
  languageUnknown: 'The language of this page could not be told',
  languageOnlyRan: '{{head}}: the text checks read {{read}}, so only {{ran}} were compared.',
  languageNoneRan: '{{head}}: the checks read {{read}}, so none of them ran.',
  languageSomeSkipped: '{{head}}: {{count}} of the checks read only {{read}} and did not run ({{checks}}).',
  switchedOff: 'Switched off in the options: {{checks}}.',
  badgeUnread: '?',
  badgeTitleUnread: 'Telltale: {{notice}}',

  severityHeading: { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' } satisfies Record<Severity, string>,
  /** One line each: what a severity says about the evidence. */
  severityMeaning: {
    high: 'Proven: arithmetic on the page’s own dates, or the page says so outright.',
    medium: 'Likely: the reasoning rests on an inferred year, an event named elsewhere, or dates a few days apart.',
    low: 'Worth a look: quoted or reported words, vague amounts, or no publication date to count from.',
    info: 'Context, not a problem.',
  } satisfies Record<Severity, string>,
  legendTitle: 'What the severities mean',

  showOnPage: 'Show on the page',
  offPage:
    'Not in the text on the page: it comes from the page’s data (its metadata), so there is nothing to highlight.',
  offPageShown: 'This finding is about the page’s data: there is nothing in the text to show.',
  roleClaim: 'The claim',
  roleReference: 'Checked against',
  copies: 'The same passage {{count}} times',
  copyNOf: 'Show copy {{n}} of {{count}} on the page',
  foldedCount: '{{title}} ({{count}})',
  notAProblem: 'Not a problem?',
  dismiss: 'Dismiss',
  dismissTitle: 'Hide this finding on this page, and remember it',
  dismissed: 'Dismissed on this page.',
  dismissedHeading: 'Dismissed on this page ({{count}})',
  restore: 'Restore',
  restored: 'Restored: Re-run shows it again.',
  turnOff: 'Turn off this check',
  turnOffTitle: 'Stop running {{title}} on every page (the options page turns it back on)',
  turnedOff: '{{title}} is off.',
  undo: 'Undo',
  copyFalseAlarm: 'Copy as false alarm',
  copyFalseAlarmTitle: 'Copy a small example for a bug report: the sentence, the page’s dates and the finding',
  copiedFalseAlarm: 'Copied: paste it into a bug report.',
  copyFailed: 'The browser did not allow copying.',

  datesHeading: 'Publication date',
  noDates: 'No publication date found; time checks use the dates in the text.',
  dateEntry: '{{date}}, {{where}}',
  updatedEntry: 'Updated {{date}}, {{where}}',
  clockHeading: 'The article’s clock',
  clockFolded: 'The article’s clock (no estimate)',
  copyReport: 'Copy report',
  copyReportTitle: 'Copy the title, address, dates and findings as Markdown',
  copiedReport: 'Copied as Markdown.',
  downloadJson: 'Download JSON',
  downloadJsonTitle: 'Save the full report as JSON',
  stats:
    '{{sentences}} sentences audited in {{ms}} ms; {{pageMs}} ms with reading the page and drawing the highlights.',

  /** On the page: the bar that steps through the highlights, and the card. */
  navCount: '{{n}} of {{count}}',
  navPrevious: 'Previous finding',
  navNext: 'Next finding',
  cardReference: 'The date the claim is checked against',

  /** The options page. */
  optionsTitle: 'Telltale options',
  checksHeading: 'Checks',
  saved: 'Saved.',
  knowledgeHeading: 'Knowledge pack',
  knowledgeAsOf:
    'Events and office-holders as of {{asOf}} (pack version {{version}}): terms that run past that date are treated as unknown.',
  knowledgeOld:
    'The pack is more than a year old: offices that changed hands since {{asOf}} are not known, and a title the article gives correctly may go unchecked. An update of the extension brings a newer pack.',
  dismissedStored: 'Findings you dismissed: {{count}} on {{pages}} pages (stored as fingerprints, not addresses).',
  forgetDismissed: 'Forget dismissed findings',
  forgotten: 'Forgotten.',
  privacyHeading: 'Your privacy',
  privacyText:
    'Telltale reads a page only when you click its button, and only that tab. The article is audited inside your browser: no text, address or finding is sent anywhere, and the extension makes no network requests at all. It stores only the checks you switched off and the findings you dismissed (a fingerprint of the page and of the finding, never the address or the text), in your browser’s extension storage.',

  /** The false-alarm example: plain text, self-contained, to paste into a bug report. */
  falseAlarmHeader: 'Telltale false alarm: {{title}} ({{check}}, {{severity}}, message {{messageId}})',
  falseAlarmMessage: 'What it said: {{message}}',
  falseAlarmDates: "The page's dates: {{dates}}",
  falseAlarmNoDates: "The page's dates: none found",
  falseAlarmLanguage: 'Read as: {{language}}',
  falseAlarmText: 'The text it read (save it as case.txt and run: npx telltale {{date}}case.txt):',
} as const;

type Templates = { [K in keyof typeof STRINGS]: (typeof STRINGS)[K] extends string ? K : never }[keyof typeof STRINGS];

/** A string of the table, filled. */
export function t(key: Templates, data: Record<string, string | number> = {}): string {
  return renderMessage(STRINGS[key], data);
}

/** What the checks that run on any language compare, in words, for the language notice ("only its dates were compared"). */
export const COMPARES: Partial<Record<CheckId, string>> = {
  'date-conflict': 'its publication dates',
  'repeated-text': 'its repeated passages',
};
