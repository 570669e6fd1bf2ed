import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/engine/audit.js';
import { layOut } from '../../src/engine/article.js';
import { findDatesIn } from '../../src/engine/lang/dates.js';
import { findDurationsIn } from '../../src/engine/lang/durations.js';
import { GRAMMARS } from '../../src/engine/lang/index.js';
import { ReportSchema } from '../../src/engine/report/schema.js';

/**
 * Each grammar on generated text: pieces of its own dates, spans and words, glued with the
 * punctuation, digits and Unicode that trip parsers. It never throws, every date and span it
 * reads is the text it names, and the audit stays inside the article and repeats itself.
 */
const PIECES: Record<string, string[]> = {
  de: [
    'Am Dienstag, 12. Juni 2024',
    'vor gut elf Monaten',
    'seit zwei Jahren',
    'bis weit ins Jahr 2023',
    '31.04.2023',
    '1. bis 3. Juli',
    'wurde',
    'hat',
    'unterzeichnet',
    'z. B.',
    'Krieg',
    'begann im Februar 2022',
    'Dieser Text wurde mit Hilfe von KI erstellt',
  ],
  fr: [
    'mardi 8 octobre 2024',
    'il y a près d’onze mois',
    'depuis deux ans',
    "jusqu'à la fin de 2023",
    '1er mai',
    'du 3 au 5 juin',
    'a été signé',
    'mi-2023',
    "l'invasion",
    'Généré par IA',
  ],
  es: [
    'martes 18 de marzo de 2025',
    'hace casi once meses',
    'desde hace dos años',
    'durante todo 2024',
    'del 3 al 5 de junio',
    'fue firmado',
    'la crisis de 2008',
    'Generado por IA',
  ],
  ru: [
    'во вторник, 20 февраля 2024 года',
    'почти одиннадцать месяцев назад',
    'до конца 2023 года',
    'с 1 по 5 марта',
    'был подписан',
    'в 2020 г.',
    'вторжение началось',
    'Сгенерировано нейросетью',
  ],
  uk: [
    'у вівторок, 27 серпня 2024 року',
    'одинадцять місяців тому',
    'до кінця 2023 року',
    'п’ятницю',
    'підписали',
    'у 2019 р.',
    'вторгнення почалося',
    'Згенеровано ШІ',
  ],
};
const GLUE = [
  ' ',
  ', ',
  '. ',
  ' ' + '(',
  ') ',
  ' – ',
  ' «',
  '» ',
  '\u00a0',
  ' 7 ',
  '.',
  '2019',
  '\u0301',
  '👩‍👩‍👧',
  '\uD800',
];

for (const [code, g] of Object.entries(GRAMMARS)) {
  const text = fc
    .array(fc.oneof(fc.constantFrom(...PIECES[code]!), fc.constantFrom(...GLUE), fc.string({ maxLength: 12 })), {
      maxLength: 30,
    })
    .map((p) => p.join(''));
  describe(`the ${code} grammar on generated text`, () => {
    it('reads dates and spans that are the text they name', () => {
      fc.assert(
        fc.property(text, (t) => {
          for (const m of findDatesIn(g, t)) expect(t.slice(m.start, m.end)).toBe(m.text);
          for (const d of findDurationsIn(g, t)) expect(t.slice(d.start, d.end)).toBe(d.text);
        }),
        { numRuns: 150 },
      );
    });
    it('audits without throwing, inside the text, the same twice', () => {
      fc.assert(
        fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (paragraphs) => {
          const input = {
            source: 'generated',
            title: null,
            paragraphs,
            dates: [{ value: '2024-06-20', kind: 'published' as const, source: 'meta', text: '2024-06-20' }],
            bylines: [],
            lang: code,
          };
          const report = audit(input);
          expect(ReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
          const body = layOut(paragraphs).text;
          for (const f of report.findings)
            for (const e of f.evidence) if (e.start !== null) expect(body.slice(e.start, e.end!)).toBe(e.text);
          expect(audit(input).findings).toEqual(report.findings);
        }),
        { numRuns: 60 },
      );
    });
  });
}
