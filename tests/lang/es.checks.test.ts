import { elapsedTime } from '../../src/engine/checks/elapsed-time/index.js';
import { futureEvent } from '../../src/engine/checks/future-event.js';
import { invalidDate } from '../../src/engine/checks/invalid-date.js';
import { staleFuture } from '../../src/engine/checks/stale-future.js';
import { weekdayMismatch } from '../../src/engine/checks/weekday-mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The calendar checks on Spanish text: our own sentences, each error and its correct twin. */
const lang = 'es';

ruleTester(weekdayMismatch, {
  valid: [
    {
      lang,
      name: 'right weekday with year',
      text: 'El pleno aprobó la ley el martes 18 de marzo de 2025.',
      published: '2025-03-20',
    },
    {
      lang,
      name: 'right weekday, year inferred',
      text: 'La reunión será el miércoles 19 de marzo en el ayuntamiento.',
      published: '2025-03-10',
    },
    {
      lang,
      name: 'a range of weekdays',
      text: 'La feria abre de lunes a viernes 21 de marzo.',
      published: '2025-03-10',
    },
    {
      lang,
      name: 'a date in figures',
      text: 'El pleno votó el martes 18/03/2025 por la tarde.',
      published: '2025-03-20',
    },
  ],
  invalid: [
    {
      lang,
      name: 'wrong weekday with year',
      text: 'El pleno aprobó la ley el miércoles 18 de marzo de 2025.',
      published: '2025-03-20',
      findings: [
        {
          messageId: 'mismatch',
          severity: 'high',
          evidence: ['miércoles 18 de marzo de 2025'],
          data: { actual: 'Tuesday', written: 'Wednesday' },
        },
      ],
    },
    {
      lang,
      name: 'wrong weekday in figures',
      text: 'El pleno votó el lunes 18/03/2025 por la tarde.',
      published: '2025-03-20',
      findings: [{ messageId: 'mismatch', severity: 'high', evidence: ['lunes 18/03/2025'] }],
    },
    {
      lang,
      name: 'wrong weekday, year not written, told as past',
      text: 'La reunión se celebró el jueves 19 de marzo en el ayuntamiento.',
      published: '2025-03-25',
      findings: [
        {
          messageId: 'mismatchInferredYear',
          severity: 'medium',
          evidence: ['jueves 19 de marzo'],
          data: { years: '2023 or 2024 or 2025' },
        },
      ],
    },
  ],
});

ruleTester(invalidDate, {
  valid: [
    { lang, name: 'the last day of April', text: 'El plazo vence el 30 de abril de 2024 a medianoche.' },
    { lang, name: 'February 29 of a leap year', text: 'El 29 de febrero de 2024 se votó en la provincia.' },
  ],
  invalid: [
    {
      lang,
      name: 'April 31',
      text: 'El plazo venció el 31 de abril de 2023 a medianoche.',
      findings: [
        {
          messageId: 'noSuchDay',
          severity: 'high',
          evidence: ['31 de abril de 2023'],
          data: { month: 'April', days: 30 },
        },
      ],
    },
    {
      lang,
      name: 'February 29 of a common year',
      text: 'El 29 de febrero de 2023 se votó en la provincia.',
      findings: [{ messageId: 'noSuchDayInYear', severity: 'high', evidence: ['29 de febrero de 2023'] }],
    },
  ],
});

ruleTester(futureEvent, {
  valid: [
    {
      lang,
      name: 'a future told as future',
      text: 'El acuerdo se firmará el 3 de marzo de 2025 en Madrid.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'postponed to a later date',
      text: 'La sesión fue aplazada hasta el 3 de marzo de 2025.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'a promise of a later investment',
      text: 'La ministra prometió invertir en 2025 en la ciudad.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'a year that names an event',
      text: 'El país consiguió la organización de los Juegos de 2026.',
      published: '2024-11-05',
    },
  ],
  invalid: [
    {
      lang,
      name: 'a passive past after publication',
      text: 'El acuerdo fue firmado el 3 de marzo de 2025 en Madrid.',
      published: '2024-11-05',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['3 de marzo de 2025'] }],
    },
    {
      lang,
      name: 'a fronted date, the past after its comma',
      text: 'En enero de 2025, los votantes eligieron un nuevo alcalde.',
      published: '2024-11-05',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['enero de 2025'] }],
    },
  ],
});

ruleTester(elapsedTime, {
  valid: [
    {
      lang,
      name: 'a span that fits',
      text: 'La guerra comenzó en febrero de 2022. La guerra dura desde hace casi dos años.',
      published: '2024-01-10',
    },
    {
      lang,
      name: 'a date beside the span',
      text: 'Hace once meses, en febrero de 2023, empezó la huelga.',
      published: '2024-01-15',
    },
  ],
  invalid: [
    {
      lang,
      name: 'the event dated in the sentence before',
      text:
        'La invasión comenzó en febrero de 2022. Desde la invasión hace casi once meses, millones de personas ' +
        'huyeron.',
      published: '2024-01-20',
      findings: [
        { messageId: 'sincePublication', severity: 'medium', evidence: ['hace casi once meses', 'febrero de 2022'] },
      ],
    },
    {
      lang,
      name: 'a date beside the span',
      text: 'Hace dos años, en marzo de 2019, la fábrica cerró sus puertas.',
      published: '2024-06-01',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'high',
          evidence: ['Hace dos años'],
          data: { claim: 'hace dos años' },
        },
      ],
    },
  ],
});

ruleTester(staleFuture, {
  valid: [
    { lang, name: 'a period still to come', text: 'La crisis durará durante todo 2025.', published: '2024-03-01' },
    {
      lang,
      name: 'an expectation told as history',
      text: 'Se esperaba que la crisis durara hasta finales de 2023.',
      published: '2024-03-01',
    },
  ],
  invalid: [
    {
      lang,
      name: 'a whole year already over',
      text: 'La crisis durará durante todo 2024.',
      published: '2025-03-01',
      findings: [
        {
          messageId: 'overAtPublication',
          severity: 'high',
          evidence: ['durará durante todo 2024'],
          data: { period: '2024' },
        },
      ],
    },
    {
      lang,
      name: 'the end of a year already over',
      text: 'Las obras van a durar hasta finales de 2023.',
      published: '2024-05-01',
      findings: [{ messageId: 'overAtPublication', severity: 'high', evidence: ['van a durar hasta finales de 2023'] }],
    },
  ],
});
