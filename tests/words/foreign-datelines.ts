import { parseForeignDateline } from '../../src/engine/time/foreign-dateline.js';
import { pin, type Pinned } from './pin.js';

const F = 'time/foreign-dateline.ts';
/** The line is read as these dates: "Erstellt: 12.06.2024 → 2024-06-12 published"; "→ none": as no dateline. */
const reads = (example: string) => {
  const [line, dates] = example.split(' → ');
  const read = parseForeignDateline(line!, 'dateline', null).map((d) => `${d.value} ${d.kind}`);
  return (read.join(', ') || 'none') === dates;
};

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
/** Examples of a list of string literals: keys as the source writes them ('mai'), a word in two lists gets two. */
function literals(...lists: Array<[string, (word: string, i: number) => string]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [list, frame] of lists) {
    list
      .trim()
      .split(/\s+/)
      .forEach((w, i) => (out[w.includes("'") ? `"${w}"` : `'${w}'`] ??= []).push(frame(w, i)));
  }
  return out;
}
/** The months of a language, in order, each in the language's dateline: "5 de abril de 2024". */
const months = (list: string, frame: (month: string) => string): [string, (w: string, i: number) => string] => [
  list,
  (w, i) => `${frame(w)} → 2024-${String(i + 1).padStart(2, '0')}-05 published`,
];
const weekdays = (list: string): [string, (w: string) => string] => [
  list,
  (w) => `${capital(w)}, 12.06.2024 → 2024-06-12 published`,
];

export const FOREIGN_DATELINES: Pinned[] = [
  pin(
    F,
    'MONTH_NAMES',
    reads,
    literals(
      months(
        'januar februar märz april mai juni juli august september oktober november dezember',
        (m) => `05. ${capital(m)} 2024`,
      ),
      months(
        'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
        (m) => `publié le 5 ${m} 2024`,
      ),
      months(
        'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
        (m) => `5 de ${m} de 2024`,
      ),
      months(
        'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
        (m) => `5 ${m} 2024`,
      ),
      months(
        'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
        (m) => `5 de ${m} de 2024`,
      ),
      months(
        'januari februari maart april mei juni juli augustus september oktober november december',
        (m) => `5 ${m} 2024`,
      ),
      months('января февраля марта апреля мая июня июля августа сентября октября ноября декабря', (m) => `5 ${m} 2024`),
      months(
        'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
        (m) => `5 ${m} 2024`,
      ),
      months(
        'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
        (m) => `5 ${m} 2024`,
      ),
      months(
        'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
        (m) => `5 ${capital(m)} 2024`,
      ),
    ),
  ),
  pin(
    F,
    'WEEKDAY_NAMES',
    reads,
    literals(
      weekdays('montag dienstag mittwoch donnerstag freitag samstag sonntag'),
      weekdays('lundi mardi mercredi jeudi vendredi samedi dimanche'),
      weekdays('lunes martes miércoles jueves viernes sábado domingo'),
      weekdays('lunedì martedì mercoledì giovedì venerdì sabato domenica'),
      weekdays('segunda-feira terça-feira quarta-feira quinta-feira sexta-feira'),
      weekdays('maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'),
      weekdays('понедельник вторник среда четверг пятница суббота воскресенье'),
      weekdays("понеділок вівторок середа четвер п'ятниця субота неділя"),
      weekdays('poniedziałek wtorek środa czwartek piątek sobota niedziela'),
      weekdays('pazartesi salı çarşamba perşembe cuma cumartesi pazar'),
    ),
  ),
  pin(F, 'PUBLISHED_LABELS', reads, {
    ...literals([
      `erstellt veröffentlicht publiziert publié publiée publicado publicada pubblicato gepubliceerd опубликовано
      опубліковано opublikowano yayınlanma yayınlandı`,
      (w) => `${capital(w)}: 12.06.2024 → 2024-06-12 published`,
    ]),
    "'yayın tarihi'": ['Yayın tarihi: 12.06.2024 → 2024-06-12 published'],
  }),
  pin(F, 'MODIFIED_LABELS', reads, {
    ...literals([
      `aktualisiert geändert modifié actualizado actualizada atualizado aggiornato bijgewerkt обновлено оновлено
      zaktualizowano güncelleme güncellendi`,
      (w) => `${capital(w)}: 12.06.2024 → 2024-06-12 modified`,
    ]),
    "'mis à jour'": 'Mis à jour le 12.06.2024 → 2024-06-12 modified',
  }),
  pin(F, 'MONTH_WORD', reads, { '': '5 mars 2024 → 2024-03-05 published' }),
  pin(F, 'WEEKDAY_WORD', reads, { '': 'Montag, 12.06.2024 → 2024-06-12 published' }),
  pin(F, 'MODIFIED', reads, { '': '12.06.2024, aktualisiert 14.06.2024 → 2024-06-12 published, 2024-06-14 modified' }),
  pin(F, 'LABEL_WORDS', reads, {
    '...PUBLISHED_LABELS': 'Erstellt: 12.06.2024 → 2024-06-12 published',
    '...MODIFIED_LABELS': 'Aktualisiert: 12.06.2024 → 2024-06-12 modified',
    '': 'Erstellt: 12.06.2024 → 2024-06-12 published',
  }),
  pin(F, 'YEAR_WORD', reads, {
    года: '14 февраля 2023 года → 2023-02-14 published',
    року: '14 лютого 2023 року → 2023-02-14 published',
    roku: '14 lutego 2023 roku → 2023-02-14 published',
  }),
  pin(F, 'FIGURES', reads, {
    '\\d{4}': '12.06.2024 → 2024-06-12 published',
    '\\d{2}': 'Mi 12.06.24 | 09:15 Uhr → 2024-06-12 published',
  }),
  pin(F, 'FILLER', reads, {
    '`(?<![\\\\p{L}])(?:${WEEKDAY_WORD})(?![\\\\p{L}])`': 'Mittwoch, 12.06.2024 → 2024-06-12 published',
    'String.raw`\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?:\\s*(?:h|ч|cest|mesz))?`': '12.06.2024, 09:15 → 2024-06-12 published',
    h: '12.06.2024, 15.00 hrs → none',
    ч: '12.06.2024, 15.00 час → none',
    cest: '12.06.2024, 09:15 CEST → 2024-06-12 published',
    mesz: '12.06.2024, 09:15 MESZ → 2024-06-12 published',
    'String.raw`(?<![\\p{L}])\\p{L}{1,3}\\.?(?![\\p{L}])`': 'am 12.06.2024 → 2024-06-12 published',
    'String.raw`[\\s,.|·•:()\\-–—/+]+`': '12.06.2024 | 09:15 → 2024-06-12 published',
    '': 'Mittwoch, 12.06.2024 → 2024-06-12 published',
  }),
];
