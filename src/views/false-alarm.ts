import { CATALOGUE } from '../engine/catalogue.js';
import type { Finding, Report } from '../engine/report/schema.js';
import { dateEntries, dayInWords, whereInWords } from './date-words.js';
import { languageName } from './reading.js';
import { t } from './strings.js';

/**
 * A false alarm as a reader can hand it on: the finding, the page's dates and the sentences it
 * read, as a text the command line reproduces it from (`npx telltale --date DAY case.txt`). No
 * address and nothing else of the page: the reader decides where it goes.
 */
export function falseAlarmExample(page: Pick<Report, 'dates' | 'bylines' | 'language'>, finding: Finding): string {
  const entries = dateEntries(page.dates, page.bylines);
  const dates = entries.map(
    (e) => `${e.kind === 'modified' ? 'updated ' : ''}${dayInWords(e.value)} (${e.value}, ${whereInWords(e)})`,
  );
  const published = entries.find((e) => e.kind === 'published');
  const sentences = [...new Set(finding.evidence.filter((e) => e.start !== null).map((e) => e.sentence))];
  const outside = finding.evidence.filter((e) => e.start === null).map((e) => `${e.sentence}: ${e.text}`);
  const lines = [
    t('falseAlarmHeader', {
      title: CATALOGUE[finding.check].title,
      check: finding.check,
      severity: finding.severity,
      messageId: finding.messageId,
    }),
    t('falseAlarmMessage', { message: finding.message }),
    dates.length ? t('falseAlarmDates', { dates: dates.join('; ') }) : t('falseAlarmNoDates'),
    t('falseAlarmLanguage', { language: languageName(page.language) }),
    ...outside.map((o) => `From outside the text: ${o}`),
  ];
  if (sentences.length) {
    lines.push(
      '',
      t('falseAlarmText', { date: published ? `--date ${published.value} ` : '' }),
      '',
      ...sentences.flatMap((s) => [s, '']),
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
