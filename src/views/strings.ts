import { renderMessage } from '../engine/check-kit/types.js';
import type { CheckId, MessageData } from '../engine/report/schema.js';
import { translationOf } from './i18n/catalogue.js';
import type { UiLanguage } from './i18n/languages.js';
import { readerLanguage } from './i18n/reader.js';

/**
 * Every sentence the reader sees outside the checks' own messages, in English, in one place: the
 * popup, the card on the page, the options page, the toolbar, the manifest, and the notes the
 * terminal and Markdown reports share. Templates fill `{{name}}` as the checks' messages do. This
 * table is the English of `_locales/en/messages.json` (`scripts/locales.ts` writes it from here);
 * the other languages' files translate it key by key, and a key they lack is said in English.
 * Names are letters, digits and "_" only, as the browser's i18n takes them.
 */
export const STRINGS = {
  extName: 'Telltale',
  extDescription:
    'Audits the news article in this tab against itself: contradicting dates, stale forecasts, AI disclosures. ' +
    'Nothing leaves your browser.',
  commandAudit: 'Audit the article in this tab',
  commandNext: 'Next finding on the page',
  commandPrevious: 'Previous finding on the page',

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

  /** A severity as counted ("2 high"), as a heading, and in one line: what it says about the evidence. */
  severity_high: 'high',
  severity_medium: 'medium',
  severity_low: 'low',
  severity_info: 'info',
  severityHeading_high: 'High',
  severityHeading_medium: 'Medium',
  severityHeading_low: 'Low',
  severityHeading_info: 'Info',
  severityMeaning_high: 'Proven: arithmetic on the page’s own dates, or the page says so outright.',
  severityMeaning_medium:
    'Likely: the reasoning rests on an inferred year, an event named elsewhere, or dates a few days apart.',
  severityMeaning_low: 'Worth a look: quoted or reported words, vague amounts, or no publication date to count from.',
  severityMeaning_info: 'Context, not a problem.',
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
    'Events and office-holders as of {{asOf}} (pack version {{version}}): terms that run past that ' +
    'date are treated as unknown.',
  knowledgeOld:
    'The pack is more than a year old: offices that changed hands since {{asOf}} are not known, and ' +
    'a title the article gives correctly may go unchecked. An update of the extension brings a newer pack.',
  dismissedStored: 'Findings you dismissed: {{count}} on {{pages}} pages (stored as fingerprints, not addresses).',
  forgetDismissed: 'Forget dismissed findings',
  forgotten: 'Forgotten.',
  privacyHeading: 'Your privacy',
  privacyText:
    'Telltale reads a page only when you click its button, and only that tab. The article is ' +
    'audited inside your browser: no text, address or finding is sent anywhere, and the extension ' +
    'makes no network requests at all. It stores only the checks you switched off and the findings ' +
    'you dismissed (a fingerprint of the page and of the finding, never the address or the text), ' +
    'in your browser’s extension storage.',

  /** The false-alarm example: plain text, self-contained, to paste into a bug report. */
  falseAlarmHeader: 'Telltale false alarm: {{title}} ({{check}}, {{severity}}, message {{messageId}})',
  falseAlarmMessage: 'What it said: {{message}}',
  falseAlarmDates: "The page's dates: {{dates}}",
  falseAlarmNoDates: "The page's dates: none found",
  falseAlarmLanguage: 'Read as: {{language}}',
  falseAlarmText: 'The text it read (save it as case.txt and run: npx telltale {{date}}case.txt):',

  /** What the checks that run on any language compare, for the language notice ("only its dates were compared"). */
  compares_date_conflict: 'its publication dates',
  compares_repeated_text: 'its repeated passages',

  /** The terminal report. */
  terminal_published: 'Published: {{dates}}',
  terminal_noPublished: 'Published: no publication date found; time checks use the dates in the text',
  terminal_truncated: 'Audited the first {{covered}} of {{total}} characters.',
  terminal_noFindingsRan: 'No findings from the checks that ran.',
  terminal_noFindings: 'No findings.',
  terminal_error: 'Error: {{error}}',
  terminal_stats: '{{sentences}} sentences, {{ms}} ms',

  /** What the report's limits left out (`describeLimits`). */
  limits_clock: "the article's clock",
  limits_time: 'Time ran out before these ran: {{checks}}.',
  limits_findings_one: '{{count}} more finding left out: the report keeps the most severe, to its limit.',
  limits_findings_other: '{{count}} more findings left out: the report keeps the most severe, to its limit.',
  limits_evidence_one: '{{count}} more quoted passage left out of findings that quote many.',
  limits_evidence_other: '{{count}} more quoted passages left out of findings that quote many.',

  /** A check or the clock that failed, in every view. */
  error_failed: '{{what}} failed on this page and was skipped: {{message}}',
  error_clock: "The article's clock",
  error_check: '{{title}} ({{id}})',

  /**
   * Words of the engine's English in a finding's data, said in the reader's language
   * (`src/views/i18n/data-words.ts`).
   */
  data_headline: 'the headline',
  data_text: 'the text',
  data_between: 'between {{from}} and {{to}}',
  data_eventDated: 'the {{event}} to {{date}}',
} as const;

export type StringKey = keyof typeof STRINGS;

/**
 * A string of the table in the reader's language (the popup's, the options page's, the terminal's:
 * `src/views/i18n/reader.ts`), or in another one asked for; English where that language has none.
 */
export function t(key: StringKey, data: MessageData = {}, language: UiLanguage = readerLanguage()): string {
  return renderMessage((language === 'en' ? undefined : translationOf(language, key)) ?? STRINGS[key], data);
}

/** The words for what a check that reads any language compares, or null where the table has none. */
export function comparesInWords(check: CheckId, language?: UiLanguage): string | null {
  const key = `compares_${check.replace(/-/g, '_')}`;
  return key in STRINGS ? t(key as StringKey, {}, language) : null;
}
