import { elapsedTime } from '../../src/engine/checks/elapsed-time/index.js';
import { futureEvent } from '../../src/engine/checks/future-event.js';
import { invalidDate } from '../../src/engine/checks/invalid-date.js';
import { staleFuture } from '../../src/engine/checks/stale-future.js';
import { weekdayMismatch } from '../../src/engine/checks/weekday-mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The calendar checks on German text: our own sentences, each error and its correct twin. */
const lang = 'de';

ruleTester(weekdayMismatch, {
  valid: [
    {
      lang,
      name: 'right weekday with year',
      text: 'Der Stadtrat stimmte am Dienstag, 11. Juni 2024, über den Haushalt ab.',
      published: '2024-06-14',
    },
    {
      lang,
      name: 'right weekday, year inferred',
      text: 'Die Ausstellung öffnet am Mittwoch, 12. Juni, im Rathaus.',
      published: '2024-06-03',
    },
    {
      lang,
      name: 'a range of weekdays before a date',
      text: 'Die Messe läuft von Montag bis Freitag, 12. Juni, in der Halle.',
      published: '2024-06-03',
    },
    {
      lang,
      name: 'a right weekday in brackets',
      text: 'Die Abstimmung am Dienstag (11. Juni 2024) verlief knapp.',
      published: '2024-06-14',
    },
    {
      lang,
      name: 'a date in figures',
      text: 'Am Dienstag, 11.06.2024, tagte der Ausschuss im Saal.',
      published: '2024-06-14',
    },
    {
      lang,
      name: 'a weekday of its own before a date',
      text: 'Am Montag traf sich der Rat, der am 11. Juni 2024 gewählt wurde.',
      published: '2024-06-14',
    },
  ],
  invalid: [
    {
      lang,
      name: 'wrong weekday with year',
      text: 'Der Stadtrat stimmte am Montag, 11. Juni 2024, über den Haushalt ab.',
      published: '2024-06-14',
      findings: [
        {
          messageId: 'mismatch',
          severity: 'high',
          evidence: ['Montag, 11. Juni 2024'],
          data: { actual: 'Tuesday', written: 'Monday' },
        },
      ],
    },
    {
      lang,
      name: 'wrong weekday in figures',
      text: 'Am Donnerstag, 11.06.2024, tagte der Ausschuss im Saal.',
      published: '2024-06-14',
      findings: [
        { messageId: 'mismatch', severity: 'high', evidence: ['Donnerstag, 11.06.2024'], data: { actual: 'Tuesday' } },
      ],
    },
    {
      lang,
      name: 'wrong weekday in brackets after the date',
      text: 'Die Abstimmung am 11. Juni 2024 (Mittwoch) verlief knapp.',
      published: '2024-06-14',
      findings: [{ messageId: 'mismatch', severity: 'high', evidence: ['11. Juni 2024 (Mittwoch)'] }],
    },
    {
      lang,
      name: 'wrong weekday, year not written, told as past',
      text: 'Die Ausstellung öffnete am Donnerstag, 12. Juni, im Rathaus.',
      published: '2024-06-20',
      findings: [
        {
          messageId: 'mismatchInferredYear',
          severity: 'medium',
          evidence: ['Donnerstag, 12. Juni'],
          data: { years: '2022 or 2023 or 2024' },
        },
      ],
    },
  ],
});

ruleTester(invalidDate, {
  valid: [
    { lang, name: 'the last day of April', text: 'Die Frist endet am 30. April 2024 um Mitternacht.' },
    { lang, name: 'February 29 of a leap year', text: 'Am 29. Februar 2024 wurde im Kreis gewählt.' },
    { lang, name: 'a date in figures', text: 'Die Zahl stieg am 31.03.2024 auf vierzig Fälle.' },
    { lang, name: 'a version number is no date', text: 'Die Variante B.1.1.7 breitet sich aus, meldet das Amt.' },
  ],
  invalid: [
    {
      lang,
      name: 'April 31',
      text: 'Die Frist endete am 31. April 2024 um Mitternacht.',
      findings: [
        { messageId: 'noSuchDay', severity: 'high', evidence: ['31. April 2024'], data: { month: 'April', days: 30 } },
      ],
    },
    {
      lang,
      name: 'February 29 of a common year',
      text: 'Am 29. Februar 2023 wurde im Kreis gewählt.',
      findings: [
        { messageId: 'noSuchDayInYear', severity: 'high', evidence: ['29. Februar 2023'], data: { year: 2023 } },
      ],
    },
    {
      lang,
      name: 'June 31 in figures',
      text: 'Die Zahl stieg am 31.06.2023 auf vierzig Fälle.',
      findings: [{ messageId: 'noSuchDay', severity: 'high', evidence: ['31.06.2023'], data: { month: 'June' } }],
    },
  ],
});

ruleTester(futureEvent, {
  valid: [
    {
      lang,
      name: 'a plan for after publication',
      text: 'Die Brücke soll am 3. März 2025 eröffnet werden.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'a past date told as past',
      text: 'Der Vertrag wurde am 3. März 2024 unterzeichnet.',
      published: '2024-11-05',
    },
    { lang, name: 'a deadline', text: 'Bis zum 3. März 2025 bleibt die Straße gesperrt.', published: '2024-11-05' },
    {
      lang,
      name: 'postponed to a later date',
      text: 'Die Sitzung wurde auf den 3. März 2025 verschoben.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'a schedule told in the past',
      text: 'Der Umbau war für März 2025 geplant.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'a condition',
      text: 'Wenn der Rat am 3. März 2025 zustimmt, beginnt der Bau.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'a perfect about now',
      text: 'Das ist jetzt mit der Erhöhung der Gebühr im Jahr 2025 passiert.',
      published: '2024-11-05',
    },
  ],
  invalid: [
    {
      lang,
      name: 'a passive past after publication',
      text: 'Der Vertrag wurde am 3. März 2025 unterzeichnet.',
      published: '2024-11-05',
      findings: [
        {
          messageId: 'pastAfterPublication',
          severity: 'high',
          evidence: ['3. März 2025'],
          data: { date: 'March 3, 2025' },
        },
      ],
    },
    {
      lang,
      name: 'a simple past after publication',
      text: 'Im Januar 2025 fand die Wahl im ganzen Land statt.',
      published: '2024-11-05',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['Januar 2025'] }],
    },
    {
      lang,
      name: 'a regular verb after a fronted year',
      text: 'Im Jahr 2025 meldete die Firma Insolvenz an.',
      published: '2024-11-05',
      findings: [{ messageId: 'pastAfterPublication', severity: 'medium', evidence: ['2025'] }],
    },
  ],
});

ruleTester(elapsedTime, {
  valid: [
    {
      lang,
      name: 'a span that fits',
      text: 'Der Krieg begann im Februar 2022. Seit fast zwei Jahren kämpfen die Truppen im Osten.',
      published: '2024-01-10',
    },
    {
      lang,
      name: 'a date beside the span',
      text: 'Vor elf Monaten, im Februar 2023, begann der Streik.',
      published: '2024-01-15',
    },
    {
      lang,
      name: 'a state told in the past',
      text: 'Er lebte seit zwei Jahren in Berlin, als der Krieg im Februar 2022 begann.',
      published: '2024-06-01',
    },
    {
      lang,
      name: 'an event dated far from the span',
      text:
        'Die Invasion begann im Februar 2022. Es gab Proteste. Viele flohen. Vor elf Monaten kam es zur Invasion ' +
        'der Nachbarn.',
      published: '2024-01-20',
    },
  ],
  invalid: [
    {
      lang,
      name: 'the event dated in the sentence before',
      text:
        'Die Invasion begann im Februar 2022. Seit der Invasion vor gut elf Monaten sind Millionen Menschen ' +
        'geflohen.',
      published: '2024-01-20',
      findings: [
        { messageId: 'sincePublication', severity: 'medium', evidence: ['vor gut elf Monaten', 'Februar 2022'] },
      ],
    },
    {
      lang,
      name: 'a date beside the span',
      text: 'Vor zwei Jahren, im März 2019, schloss das Werk seine Tore.',
      published: '2024-06-01',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'high',
          evidence: ['Vor zwei Jahren'],
          data: { claim: 'vor zwei Jahren' },
        },
      ],
    },
    {
      lang,
      name: 'a state that lasts to the writing',
      text: 'Der Krieg begann im Februar 2020. Seit zwei Jahren herrscht Krieg im Land.',
      published: '2024-06-01',
      findings: [{ messageId: 'sincePublication', severity: 'medium', evidence: ['Seit zwei Jahren', 'Februar 2020'] }],
    },
  ],
});

ruleTester(staleFuture, {
  valid: [
    {
      lang,
      name: 'a period still to come',
      text: 'Die Einschränkungen werden bis weit ins Jahr 2025 andauern.',
      published: '2024-03-01',
    },
    {
      lang,
      name: 'an expectation told as history',
      text: 'Der Minister hatte erwartet, dass die Krise bis Ende 2023 dauert.',
      published: '2024-03-01',
    },
    {
      lang,
      name: 'a plan told in the past',
      text: 'Ursprünglich sollte der Flughafen bis 2011 fertig sein.',
      published: '2024-03-01',
    },
    {
      lang,
      name: 'a year compared with',
      text: 'Die Firma will so viel verdienen wie im Jahr 2019.',
      published: '2024-03-01',
    },
    {
      lang,
      name: 'a fiscal year',
      text: 'Der Konzern erwartet für das Geschäftsjahr 2023 einen Gewinn.',
      published: '2023-11-01',
    },
  ],
  invalid: [
    {
      lang,
      name: 'well into a year already over',
      text: 'Die Einschränkungen werden bis weit ins Jahr 2023 andauern.',
      published: '2024-03-01',
      findings: [
        {
          messageId: 'overAtPublication',
          severity: 'high',
          evidence: ['werden bis weit ins Jahr 2023'],
          data: { period: '2023' },
        },
      ],
    },
    {
      lang,
      name: 'by the end of a year already over',
      text: 'Die Bauarbeiten sollen bis Ende 2023 abgeschlossen sein.',
      published: '2024-05-01',
      findings: [{ messageId: 'overAtPublication', severity: 'high', evidence: ['sollen bis Ende 2023'] }],
    },
  ],
});
