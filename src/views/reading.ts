import { CATALOGUE } from '../engine/catalogue.js';
import { CHECK_IDS, type CheckId, type Report } from '../engine/report/schema.js';
import { checkTitle } from './i18n/findings.js';
import type { UiLanguage } from './i18n/languages.js';
import { readerLanguage } from './i18n/reader.js';
import { comparesInWords, t } from './strings.js';

/** A language code in words in the reader's language ("de": "German", "Deutsch"); the code where it has none. */
export function languageName(code: string, language: UiLanguage = readerLanguage()): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** "English", "English and German", "English, French and German", as the reader's language lists. */
export function listInWords(items: readonly string[], language: UiLanguage = readerLanguage()): string {
  // British English lists without a comma before "and", as the rest of the reader's English does.
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type: 'conjunction' }).format(items);
}

const readsWords = (c: CheckId) => CATALOGUE[c].languages !== 'any';

/** The checks that did not run because they cannot read the page's language. */
const unread = (report: Pick<Report, 'notRun'>) =>
  report.notRun.flatMap((n) => (n.reason === 'language' && n.check !== 'clock' ? [n.check] : []));

/**
 * Whether no check that reads words ran on the page (its language is one none of them reads):
 * its silence then says nothing of its text, and the badge must not look like a clean bill.
 */
export function textUnread(report: Pick<Report, 'notRun'>): boolean {
  const notRun = new Set(report.notRun.map((n) => n.check));
  return unread(report).length > 0 && !CHECK_IDS.some((c) => readsWords(c) && !notRun.has(c));
}

/**
 * What the report read and what it could not: "This page is in Portuguese: the text checks read
 * English, French, German, Russian, Spanish and Ukrainian, so only its publication dates were
 * compared." Null when every check read the page. Built from the report's `notRun` and each check's
 * `meta.languages`, so that a check that learns a language simply stops being listed here.
 */
export function readingNotice(
  report: Pick<Report, 'language' | 'notRun'>,
  language: UiLanguage = readerLanguage(),
): string | null {
  const skipped = unread(report);
  if (!skipped.length) return null;
  const named = (codes: Iterable<string>) =>
    [...codes].map((code) => languageName(code, language)).sort((a, b) => a.localeCompare(b, language));
  const read = listInWords(
    named(new Set(skipped.flatMap((c) => (CATALOGUE[c].languages === 'any' ? [] : [...CATALOGUE[c].languages])))),
    language,
  );
  const head =
    report.language === 'und'
      ? t('languageUnknown', {}, language)
      : t('languageIn', { language: languageName(report.language, language) }, language);
  const notRun = new Set(report.notRun.map((n) => n.check));
  const ran = CHECK_IDS.filter((c) => !notRun.has(c));
  if (!ran.length) return t('languageNoneRan', { head, read }, language);
  if (!ran.some(readsWords)) {
    const inWords = (c: CheckId) => comparesInWords(c, language) ?? checkTitle(c, language).toLocaleLowerCase(language);
    const compared = ran.map(inWords);
    return t('languageOnlyRan', { head, read, ran: listInWords(compared, language) }, language);
  }
  const checks = skipped.map((c) => checkTitle(c, language)).join(', ');
  return t('languageSomeSkipped', { head, read, count: skipped.length, checks }, language);
}

/** The checks the reader switched off, named, or null. */
export function switchedOffNotice(
  report: Pick<Report, 'notRun'>,
  language: UiLanguage = readerLanguage(),
): string | null {
  const off = report.notRun.flatMap((n) =>
    n.reason === 'disabled' && n.check !== 'clock' ? [checkTitle(n.check, language)] : [],
  );
  return off.length ? t('switchedOff', { checks: off.join(', ') }, language) : null;
}
