import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from './helpers/audit.js';
import { extractText } from '../src/extract/text.js';
import { detectLanguage, letterScripts, primaryLanguage } from '../src/engine/text/language.js';

/** Our own sentences, one a language, as a news story would open. */
const SAMPLES: Array<[string, string]> = [
  [
    'en',
    'The council said on Tuesday that the new bridge would open in the spring, and that the old one ' +
      'was closed for repairs.',
  ],
  [
    'de',
    'Der Stadtrat hat am Dienstag mitgeteilt, dass die neue Brücke im Frühjahr eröffnet wird und ' +
      'die alte Brücke nicht mehr befahren werden darf.',
  ],
  [
    'fr',
    'Le conseil municipal a annoncé mardi que le nouveau pont sera ouvert au printemps et que les ' +
      'travaux sur l’ancien pont sont terminés.',
  ],
  [
    'es',
    'El ayuntamiento anunció el martes que el nuevo puente se abrirá en primavera y que las obras ' +
      'del antiguo puente fueron suspendidas por las lluvias.',
  ],
  [
    'pt',
    'A prefeitura anunciou na terça-feira que a nova ponte será aberta na primavera e que as obras ' +
      'da ponte antiga não foram concluídas pela empresa.',
  ],
  [
    'it',
    'Il consiglio comunale ha annunciato martedì che il nuovo ponte sarà aperto in primavera e che ' +
      'i lavori del vecchio ponte non sono ancora finiti.',
  ],
  [
    'nl',
    'De gemeenteraad heeft dinsdag gezegd dat de nieuwe brug in het voorjaar wordt geopend en dat ' +
      'het werk aan de oude brug nog niet klaar is.',
  ],
  [
    'ru',
    'Городской совет во вторник объявил, что новый мост откроется весной, а работы на старом мосту ' +
      'ещё не закончены из-за дождей.',
  ],
  [
    'uk',
    'Міська рада у вівторок оголосила, що новий міст відкриють навесні, а роботи на старому мосту ' +
      'ще не завершені через дощі.',
  ],
];

describe('the language of an article', () => {
  it.each(SAMPLES)('reads %s from the words', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('believes the words over a wrong label', () => {
    expect(detectLanguage(SAMPLES[1]![1], 'en-US')).toBe('de');
    expect(detectLanguage(SAMPLES[0]![1], 'fr')).toBe('en');
  });

  it('takes the label when the words are too few to tell', () => {
    expect(detectLanguage('Bonn, 12.06.2024', 'de-DE')).toBe('de');
    expect(detectLanguage('東京で会議が開かれた。', 'ja')).toBe('ja');
    expect(detectLanguage('東京で会議が開かれた。')).toBe('und');
  });

  it('reads a short Latin text without a label as English, as before languages were read', () => {
    expect(detectLanguage('Officials may 31 times.')).toBe('en');
  });

  it('takes the primary subtag of a declaration', () => {
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage(' DE ')).toBe('de');
    expect(primaryLanguage('x')).toBeNull();
    expect(primaryLanguage(null)).toBeNull();
  });
});

describe('checks that do not read the language', () => {
  // Portuguese has no grammar yet: its wrong weekday and its stale forecast go unread, and the report says so.
  const portuguese =
    'A prefeitura informou na segunda-feira, 12 de junho de 2024, que a ponte não pode mais ser usada. ' +
    'As obras devem durar até o fim de 2023, disse o prefeito, e os custos ainda não são conhecidos.';
  const german =
    'Der Stadtrat hat am Montag, 12. Juni 2024, mitgeteilt, dass die Brücke nicht mehr befahren ' +
    'werden darf. Die Arbeiten sollen bis weit ins Jahr 2023 dauern, sagte der Bürgermeister, und ' +
    'die Kosten sind noch nicht bekannt.';

  it('are listed as not run, with the language, and raise nothing', () => {
    const report = audit(extractText(portuguese, 'pt.txt'), { date: '2024-06-12' });
    expect(report.language).toBe('pt');
    expect(report.notRun).toContainEqual({ check: 'elapsed-time', reason: 'language' });
    expect(report.notRun).toContainEqual({ check: 'weekday-mismatch', reason: 'language' });
    expect(report.notRun).not.toContainEqual(expect.objectContaining({ check: 'repeated-text' }));
    expect(report.findings.filter((f) => f.severity === 'high' || f.severity === 'medium')).toEqual([]);
  });

  it('run on a language the engine has a grammar for, and find what they find in English', () => {
    const report = audit(extractText(german, 'de.txt'), { date: '2024-06-12' });
    expect(report.language).toBe('de');
    expect(report.notRun).not.toContainEqual(expect.objectContaining({ check: 'weekday-mismatch' }));
    expect(report.findings.map((f) => [f.check, f.severity])).toEqual([
      ['stale-future', 'high'],
      ['weekday-mismatch', 'high'],
    ]);
  });

  it('a check switched off is listed as such, on English text too', () => {
    const report = audit(extractText(SAMPLES[0]![1], 'en.txt'), { disabled: ['weekday-mismatch'] });
    expect(report.language).toBe('en');
    expect(report.notRun).toEqual([{ check: 'weekday-mismatch', reason: 'disabled' }]);
  });
});

describe('letterScripts', () => {
  /** The plain reading: every code point asked of the Unicode classes, as detectLanguage read them before. */
  const byClasses = (text: string) => {
    const counts = { latin: 0, cyrillic: 0, other: 0 };
    for (const ch of text) {
      if (ch < 'A') continue;
      if (/\p{Script=Latin}/u.test(ch)) counts.latin++;
      else if (/\p{Script=Cyrillic}/u.test(ch)) counts.cyrillic++;
      else if (/\p{L}/u.test(ch)) counts.other++;
    }
    return counts;
  };

  it('counts as the Unicode classes do, one code point at a time, astral and lone surrogates too', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({
        unit: fc.constantFrom(
          'a',
          'Z',
          '@',
          '[',
          '`',
          '{',
          'é',
          'ж',
          'ї',
          '中',
          'ª',
          'Ⅻ',
          '\uD835\uDC00',
          '\uD800',
          '\uDC00',
        ),
      }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(letterScripts(t)).toEqual(byClasses(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts no figures, marks or punctuation', () => {
    expect(letterScripts('Київ, 2024: café — 北京!')).toEqual({ latin: 4, cyrillic: 4, other: 2 });
  });
});
