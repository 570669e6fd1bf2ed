import { CATALOGUE } from '../engine/catalogue.js';
import { CHECK_IDS, type CheckId, type Report } from '../engine/report/schema.js';
import { COMPARES, t } from './strings.js';

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language code in words ("de" → "German"); the code itself when the runtime has no name for it. */
export function languageName(code: string): string {
  try {
    const name = names.of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** "English", "English and German", "English, French and German". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * What the report read and what it could not: "This page is in German: the text checks read
 * English, so only its publication dates were compared." Null when every check read the page. Built
 * from the report's `notRun` and each check's `meta.languages`, so that a check that learns German
 * simply stops being listed here.
 */
export function readingNotice(report: Pick<Report, 'language' | 'notRun'>): string | null {
  const skipped = report.notRun.flatMap((n) => (n.reason === 'language' && n.check !== 'clock' ? [n.check] : []));
  if (!skipped.length) return null;
  const read = [
    ...new Set(skipped.flatMap((c) => (CATALOGUE[c].languages === 'any' ? [] : [...CATALOGUE[c].languages]))),
  ]
    .map(languageName)
    .sort();
  const head =
    report.language === 'und' ? t('languageUnknown') : t('languageIn', { language: languageName(report.language) });
  const notRun = new Set(report.notRun.map((n) => n.check));
  const ran = CHECK_IDS.filter((c) => !notRun.has(c));
  const readsWords = (c: CheckId) => CATALOGUE[c].languages !== 'any';
  if (!ran.length) return t('languageNoneRan', { head, read: listInWords(read) });
  if (!ran.some(readsWords)) {
    return t('languageOnlyRan', {
      head,
      read: listInWords(read),
      ran: listInWords(ran.map((c) => COMPARES[c] ?? CATALOGUE[c].title.toLowerCase())),
    });
  }
  return t('languageSomeSkipped', {
    head,
    read: listInWords(read),
    count: skipped.length,
    checks: skipped.map((c) => CATALOGUE[c].title).join(', '),
  });
}

/** The checks the reader switched off, named, or null. */
export function switchedOffNotice(report: Pick<Report, 'notRun'>): string | null {
  const off = report.notRun.flatMap((n) =>
    n.reason === 'disabled' && n.check !== 'clock' ? [CATALOGUE[n.check].title] : [],
  );
  return off.length ? t('switchedOff', { checks: off.join(', ') }) : null;
}
