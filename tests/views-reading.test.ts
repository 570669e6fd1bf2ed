import { describe, expect, it } from 'vitest';
import { audit } from '../src/engine/audit.js';
import { CATALOGUE } from '../src/engine/catalogue.js';
import { CHECK_IDS, type Finding, type NotRun } from '../src/engine/report/schema.js';
import { extractText } from '../src/extract/text.js';
import { dateEntries, dayInWords, sourceInWords } from '../src/views/date-words.js';
import { falseAlarmExample } from '../src/views/false-alarm.js';
import { byCheck, groupRepeated } from '../src/views/grouping.js';
import { languageName, listInWords, readingNotice, switchedOffNotice, textUnread } from '../src/views/reading.js';
import { formatReport } from '../src/views/terminal-report.js';
import { formatSpanInWords } from '../src/views/timeline-geometry.js';

/** The checks a page in another language leaves out today: every one that reads words. */
const wordChecks = CHECK_IDS.filter((c) => CATALOGUE[c].languages !== 'any');
const skippedFor = (language: string): NotRun[] =>
  wordChecks
    .filter((c) => !(CATALOGUE[c].languages as readonly string[]).includes(language))
    .map((check) => ({ check, reason: 'language' }));

describe('the language notice', () => {
  it('says what a page in a language no grammar reads was read for, naming the languages in words', () => {
    expect(readingNotice({ language: 'pt', notRun: skippedFor('pt') })).toBe(
      'This page is in Portuguese: the text checks read English, French, German, Russian, Spanish and Ukrainian, ' +
        'so only its publication dates and its repeated passages were compared.',
    );
  });

  // Since issue 23 the calendar checks, AI disclosures and chatbot leftovers read these languages: only the
  // checks still English-only are named, and none of those that learned the language.
  it.each(['de', 'fr', 'es', 'ru', 'uk'])('names only the English-only checks on a page in %s', (language) => {
    const notice = readingNotice({ language, notRun: skippedFor(language) })!;
    const englishOnly = wordChecks.filter((c) => CATALOGUE[c].languages.length === 1);
    expect(notice).toContain(`: ${englishOnly.length} of the checks read only English and did not run (`);
    for (const c of wordChecks) expect([c, notice.includes(CATALOGUE[c].title)]).toEqual([c, englishOnly.includes(c)]);
    expect(textUnread({ notRun: skippedFor(language) })).toBe(false);
    expect(textUnread({ notRun: skippedFor('pt') })).toBe(true);
  });

  it("is said in the reader's language", () => {
    expect(readingNotice({ language: 'pt', notRun: skippedFor('pt') }, 'de')).toBe(
      'Diese Seite ist auf Portugiesisch: Die Textprüfungen lesen Deutsch, Englisch, Französisch, Russisch, ' +
        'Spanisch und Ukrainisch, daher wurden nur ihre Veröffentlichungsdaten und ihre ' +
        'wiederholten Passagen verglichen.',
    );
  });

  it('says nothing when every check read the page', () => {
    expect(readingNotice({ language: 'en', notRun: [] })).toBeNull();
    expect(readingNotice({ language: 'en', notRun: [{ check: 'weekday-mismatch', reason: 'disabled' }] })).toBeNull();
  });

  it('names the checks that did not run when others that read words did', () => {
    expect(readingNotice({ language: 'de', notRun: [{ check: 'stale-title', reason: 'language' }] })).toBe(
      `This page is in German: 1 of the checks read only English and did not run (${CATALOGUE['stale-title'].title}).`,
    );
  });

  it('says when the language could not be told, and when nothing ran', () => {
    expect(readingNotice({ language: 'und', notRun: skippedFor('und') })).toMatch(
      /^The language of this page could not be told: the text checks read English/,
    );
    const all: NotRun[] = CHECK_IDS.map((check) => ({
      check,
      reason: CATALOGUE[check].languages === 'any' ? 'disabled' : 'language',
    }));
    expect(readingNotice({ language: 'pt', notRun: all })).toBe(
      'This page is in Portuguese: the checks read English, French, German, Russian, Spanish and Ukrainian, ' +
        'so none of them ran.',
    );
  });

  it('lists switched-off checks by title', () => {
    expect(switchedOffNotice({ notRun: [{ check: 'weekday-mismatch', reason: 'disabled' }] })).toBe(
      `Switched off in the options: ${CATALOGUE['weekday-mismatch'].title}.`,
    );
    expect(switchedOffNotice({ notRun: [] })).toBeNull();
  });

  it('names languages and lists in words', () => {
    expect(['de', 'uk', 'ru', 'es', 'fr', 'zz'].map((c) => languageName(c))).toEqual([
      'German',
      'Ukrainian',
      'Russian',
      'Spanish',
      'French',
      'zz',
    ]);
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map((l) => listInWords(l))).toEqual([
      '',
      'a',
      'a and b',
      'a, b and c',
    ]);
  });

  it('is printed by the terminal report of a German article', () => {
    const text =
      'Veröffentlicht: 3. März 2025\n\nDie Brücke wurde am Montag wieder eröffnet, und die Stadt ' +
      'hat sich über die Nachricht gefreut. Der Bürgermeister sagte, dass die Arbeiten nach dem ' +
      'Winter weitergehen werden und dass die Kosten nicht gestiegen sind.';
    const report = audit(extractText(text, 'brücke.txt'));
    expect(report.language).toBe('de');
    expect(formatReport(report, false)).toContain(
      'This page is in German: 4 of the checks read only English and did not',
    );
  });
});

describe('dates in plain words', () => {
  it('says where each date was found as a reader would, never as markup', () => {
    const where = (source: string, text = '2024-06-16') => sourceInWords({ source, text }, [{ name: 'Lina Moss' }]);
    expect(
      ['json-ld', 'microdata', 'meta', 'meta:sailthru.date', 'meta:article:published_time'].map((s) => where(s)),
    ).toEqual(Array(5).fill('in the page’s data'));
    expect(where('dateline', 'June 16, 2024')).toBe('at the top of the article');
    expect(where('time', 'June 16, 2024')).toBe('at the top of the article');
    expect(where('dateline', 'By Lina Moss, June 16, 2024')).toBe('in the byline');
    expect([
      where('option'),
      where('input'),
      where('warc-date'),
      where('text:first-published'),
      where('other'),
    ]).toEqual([
      'given with the audit',
      'given with the audit',
      'when the page was archived',
      'in the text, as the day it first ran',
      'in the page (other)',
    ]);
  });

  it('lists each date once, with each place said once', () => {
    const d = (value: string, source: string, kind: 'published' | 'modified' = 'published') => ({
      value,
      kind,
      source,
      text: value,
    });
    const entries = dateEntries([
      d('2024-02-06', 'json-ld'),
      d('2024-02-07', 'json-ld', 'modified'),
      d('2024-02-06', 'meta:article:published_time'),
      d('2024-02-06', 'dateline'),
    ]);
    expect(entries).toEqual([
      { value: '2024-02-06', kind: 'published', where: ['in the page’s data', 'at the top of the article'] },
      { value: '2024-02-07', kind: 'modified', where: ['in the page’s data'] },
    ]);
  });

  it('writes days and spans in one style', () => {
    expect(dayInWords('2024-06-16')).toBe('June 16, 2024');
    expect(formatSpanInWords('2023-01-01', '2023-12-31')).toBe('2023');
    expect(formatSpanInWords('2023-02-01', '2023-02-28')).toBe('February 2023');
    expect(formatSpanInWords('2022-10-31', '2023-01-30')).toBe('October 31, 2022 – January 30, 2023');
    expect(formatSpanInWords('2024-03-12', '2024-03-12')).toBe('March 12, 2024');
  });
});

const finding = (id: string, over: Partial<Finding> = {}): Finding => ({
  id,
  check: 'weekday-mismatch',
  severity: 'high',
  messageId: 'wrongWeekday',
  data: {},
  message: 'March 5, 2024 was a Tuesday, not a Monday.',
  evidence: [
    { text: 'Monday, March 5, 2024', sentence: 'The ribbon was cut on Monday, March 5, 2024.', start: 10, end: 31 },
  ],
  ...over,
});

describe('many findings', () => {
  it('shows a repeated passage once, with its copies', () => {
    const copies = [
      finding('a'),
      finding('b', { evidence: [{ ...finding('x').evidence[0]!, start: 100, end: 121 }] }),
      finding('c'),
    ];
    const other = finding('d', { message: 'Another weekday.' });
    const grouped = groupRepeated([...copies, other]);
    expect(grouped.map((g) => [g.finding.id, g.copies.map((c) => c.id)])).toEqual([
      ['a', ['a', 'b', 'c']],
      ['d', ['d']],
    ]);
  });

  it('keeps apart findings that quote other words or play other roles', () => {
    const a = finding('a');
    const b = finding('b', { evidence: [{ ...a.evidence[0]!, role: 'reference' }] });
    expect(groupRepeated([a, b])).toHaveLength(2);
  });

  it('folds by check in the order each check first appears', () => {
    const list = groupRepeated([
      finding('a'),
      finding('b', { check: 'invalid-date', message: 'x' }),
      finding('c', { message: 'y' }),
    ]);
    expect(byCheck(list).map((g) => [g.check, g.entries.length])).toEqual([
      ['weekday-mismatch', 2],
      ['invalid-date', 1],
    ]);
  });
});

describe('a false alarm to hand on', () => {
  it('holds the finding, the dates in words and the sentence, and no address', () => {
    const text = falseAlarmExample(
      {
        dates: [{ value: '2024-03-08', kind: 'published', source: 'meta:article:published_time', text: '2024-03-08' }],
        bylines: [],
        language: 'en',
      },
      finding('a', {
        evidence: [
          ...finding('a').evidence,
          { text: '2024-03-08', sentence: 'published date from meta', start: null, end: null, role: 'reference' },
        ],
      }),
    );
    expect(text).toBe(
      [
        'Telltale false alarm: Weekday does not match the date (weekday-mismatch, high, message wrongWeekday)',
        'What it said: March 5, 2024 was a Tuesday, not a Monday.',
        "The page's dates: March 8, 2024 (2024-03-08, in the page’s data)",
        'Read as: English',
        'From outside the text: published date from meta: 2024-03-08',
        '',
        'The text it read (save it as case.txt and run: npx telltale --date 2024-03-08 case.txt):',
        '',
        'The ribbon was cut on Monday, March 5, 2024.',
        '',
      ].join('\n'),
    );
  });
});

describe('the knowledge pack’s age', () => {
  it('is old a year and a day after its date, not before', async () => {
    const { packIsOld } = await import('../src/views/pack-age.js');
    expect(packIsOld('2025-10-21', new Date('2026-10-21T12:00:00Z'))).toBe(false);
    expect(packIsOld('2025-10-21', new Date('2026-10-23T00:00:00Z'))).toBe(true);
    expect(packIsOld('2024-02-29', new Date('2025-02-28T00:00:00Z'))).toBe(false);
    expect(packIsOld('not a date', new Date())).toBe(true);
  });
});
