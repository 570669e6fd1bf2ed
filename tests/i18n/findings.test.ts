import { describe, expect, it } from 'vitest';
import { audit } from '../../src/engine/audit.js';
import { extractText } from '../../src/extract/text.js';
import { checkDescription, checkTitle, findingMessage } from '../../src/views/i18n/findings.js';
import { CHECK_IDS } from '../../src/engine/report/schema.js';
import { CATALOGUE } from '../../src/engine/catalogue.js';

// Our own German sentences (one alone is too short to tell its language): Tuesday, June 11, 2024, written as a Monday.
const text =
  'Der Rat tagte am Montag, 11. Juni 2024, im Rathaus von Elmshagen. ' +
  'Die Sitzung dauerte bis zum Abend, und der Bürgermeister sprach über die Brücke.';
const report = audit(extractText(text, 'de.txt'), { date: '2024-06-14' });
const finding = report.findings.find((f) => f.check === 'weekday-mismatch')!;

describe("a finding in the reader's language", () => {
  it.each([
    ['en', 'June 11, 2024 was a Tuesday, not a Monday.'],
    ['de', 'Der 11. Juni 2024 war ein Dienstag, kein Montag.'],
    ['fr', 'Le 11 juin 2024 était un mardi, pas un lundi.'],
    ['es', 'El 11 de junio de 2024 fue martes, no lunes.'],
    ['ru', '11 июня 2024 г. — это вторник, а не понедельник.'],
    ['uk', '11 червня 2024 р. — це вівторок, а не понеділок.'],
  ] as const)('%s: %s', (language, message) => {
    expect(findingMessage(finding, language).replace(/\u202f|\u00a0/g, ' ')).toBe(message);
  });

  it('a message the language has no template for is the English message, whole', () => {
    expect(findingMessage({ ...finding, messageId: 'notAMessage' }, 'de')).toBe(finding.message);
  });

  it.each(CHECK_IDS)('%s has a title and a description in every language, German here', (id) => {
    expect(checkTitle(id, 'de')).not.toBe(CATALOGUE[id].title);
    expect(checkDescription(id, 'de')).not.toBe(CATALOGUE[id].description);
    expect(checkTitle(id, 'en')).toBe(CATALOGUE[id].title);
  });
});
