import type { DateCandidate } from '../report/schema.js';
import { isValidDate } from './calendar.js';
import { isPlausiblePublication } from './dateline.js';

/**
 * Datelines in the forms of other languages, as a reader of the page sees them: "Mi 12.06.24 |
 * 09:15 Uhr", "erstellt: 03. Mai 2025", "12.06.2025 - Güncelleme: 12.06.2025", "publié le 3 mars
 * 2024", "3 марта 2024", "5 de abril de 2024". chrono-node reads English only. A line is a
 * dateline when nothing but the date, a label, a weekday and a time is on it. Figures with
 * slashes are read in the order of the page's language: month first only in American English,
 * and on a page that declares no language, "03/04/2024" is no date at all.
 */

/** Month names by language, in the forms datelines write them (the genitive in Slavic languages). */
export const MONTH_NAMES: Record<string, readonly string[]> = {
  de: [
    'januar',
    'februar',
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  it: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  pt: [
    'janeiro',
    'fevereiro',
    'março',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ],
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  uk: [
    'січня',
    'лютого',
    'березня',
    'квітня',
    'травня',
    'червня',
    'липня',
    'серпня',
    'вересня',
    'жовтня',
    'листопада',
    'грудня',
  ],
  pl: [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
  ],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
};

/** Weekday names and their short forms, which a dateline may carry before the date. */
export const WEEKDAY_NAMES: Record<string, readonly string[]> = {
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  // Saturday and Sunday are the Spanish words, sábado and domingo: listed once, there.
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  uk: ['понеділок', 'вівторок', 'середа', 'четвер', "п'ятниця", 'субота', 'неділя'],
  pl: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  tr: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'],
};

/** Labels before a date that say it is the publication's. */
export const PUBLISHED_LABELS = [
  'erstellt',
  'veröffentlicht',
  'publiziert',
  'publié',
  'publiée',
  'publicado',
  'publicada',
  'pubblicato',
  'gepubliceerd',
  'опубликовано',
  'опубліковано',
  'opublikowano',
  'yayınlanma',
  'yayınlandı',
  'yayın tarihi',
];
/** Labels that make it an update's. */
export const MODIFIED_LABELS = [
  'aktualisiert',
  'geändert',
  'mis à jour',
  'modifié',
  'actualizado',
  'actualizada',
  'atualizado',
  'aggiornato',
  'bijgewerkt',
  'обновлено',
  'оновлено',
  'zaktualizowano',
  'güncelleme',
  'güncellendi',
];

const MONTH_INDEX = new Map<string, number>();
for (const names of Object.values(MONTH_NAMES)) names.forEach((n, i) => MONTH_INDEX.set(n, i + 1));
const MONTH_WORD = [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_WORD = Object.values(WEEKDAY_NAMES)
  .flat()
  .sort((a, b) => b.length - a.length)
  .join('|');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MODIFIED = new RegExp(`(?<![\\p{L}])(?:${MODIFIED_LABELS.map(escape).join('|')})(?![\\p{L}])`, 'iu');
const LABEL_WORDS = [...PUBLISHED_LABELS, ...MODIFIED_LABELS].map(escape).join('|');
const LABEL = new RegExp(`(?<![\\p{L}])(?:${LABEL_WORDS})(?![\\p{L}])`, 'giu');

/**
 * "03. Mai 2025", "3 mars 2024", "5 de abril de 2024", "14 февраля 2023 года". The short "г." and "р."
 * after a year are short words of the filler.
 */
const YEAR_WORD = String.raw`(?:\s*(?:года|року|roku))?`;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?(${MONTH_WORD})\.?,?\s+(?:de\s+)?(\d{4})${YEAR_WORD}(?!\d)`,
  'iu',
);
/** "12.06.2025", "12.06.24", "03/04/2024", "12-06-2025". */
const FIGURES = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-])/;
/**
 * What else a dateline may hold: a weekday, a time, a time's unit, short linking words, punctuation.
 * Units of three letters or fewer ("Uhr", "MSK", "UTC") are short words; "h" and "ч" are units too,
 * so that letters run on from them ("09:15 hrs") are more than a dateline.
 */
const FILLER = new RegExp(
  [
    `(?<![\\p{L}])(?:${WEEKDAY_WORD})(?![\\p{L}])`,
    String.raw`\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*(?:h|ч|cest|mesz))?`,
    String.raw`(?<![\p{L}])\p{L}{1,3}\.?(?![\p{L}])`,
    String.raw`[\s,.|·•:()\-–—/+]+`,
  ].join('|'),
  'giu',
);

/** The page's language says which figure comes first in "03/04/2024": null when it does not say. */
function slashOrder(lang: string | null): 'day' | 'month' | null {
  if (!lang) return null;
  const l = lang.toLowerCase().replace('_', '-');
  if (/^en-us\b/.test(l)) return 'month';
  if (l === 'en') return null;
  return 'day';
}

function readOne(part: string, lang: string | null): { y: number; m: number; d: number; rest: string } | null {
  const w = DAY_MONTH_YEAR.exec(part);
  if (w) {
    const m = MONTH_INDEX.get(w[2]!.toLowerCase())!;
    return { d: Number(w[1]), m, y: Number(w[3]), rest: part.replace(w[0], ' ') };
  }
  const f = FIGURES.exec(part);
  if (!f) return null;
  let [a, b] = [Number(f[1]), Number(f[3])];
  const order = f[2] === '/' ? (a > 12 ? 'day' : b > 12 ? 'month' : slashOrder(lang)) : 'day';
  if (!order) return null;
  if (order === 'month') [a, b] = [b, a];
  // "12.06.24": the century the two figures most likely mean, from 1970 to 2069.
  const yy = Number(f[4]);
  const y = f[4]!.length === 2 ? (yy < 70 ? 2000 + yy : 1900 + yy) : yy;
  return { d: a, m: b, y, rest: part.replace(f[0], ' ') };
}

/** A dateline's dates in another language's forms, each with its kind; [] when the line is more than a dateline. */
export function parseForeignDateline(line: string, source: string, lang: string | null): DateCandidate[] {
  const text = line.trim();
  if (!text || text.length > 120) return [];
  const parts = text.split(new RegExp(`(?=${MODIFIED.source})`, 'iu'));
  const out: DateCandidate[] = [];
  for (const part of parts) {
    const r = readOne(part, lang);
    if (!r) {
      // A label alone ("Güncelleme:") with nothing after it is no date, and no reason to refuse the line.
      if (part.replace(LABEL, '').replace(FILLER, '').length === 0) continue;
      return [];
    }
    if (!isValidDate(r.y, r.m, r.d)) return [];
    if (r.rest.replace(LABEL, '').replace(FILLER, '').length > 0) return [];
    const value = `${r.y}-${String(r.m).padStart(2, '0')}-${String(r.d).padStart(2, '0')}`;
    if (!isPlausiblePublication(value)) return [];
    const kind = MODIFIED.test(part) ? 'modified' : 'published';
    out.push({ value, kind, source, text: part.trim().replace(/[\s\-–—|:]+$/, '') });
  }
  return out;
}
