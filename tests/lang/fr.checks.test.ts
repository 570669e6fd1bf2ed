import { elapsedTime } from '../../src/engine/checks/elapsed-time/index.js';
import { futureEvent } from '../../src/engine/checks/future-event.js';
import { invalidDate } from '../../src/engine/checks/invalid-date.js';
import { staleFuture } from '../../src/engine/checks/stale-future.js';
import { weekdayMismatch } from '../../src/engine/checks/weekday-mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The calendar checks on French text: our own sentences, each error and its correct twin. */
const lang = 'fr';

ruleTester(weekdayMismatch, {
  valid: [
    {
      lang,
      name: 'right weekday with year',
      text: 'Le conseil municipal a voté le budget mardi 8 octobre 2024.',
      published: '2024-10-10',
    },
    {
      lang,
      name: 'right weekday, year inferred',
      text: 'La réunion aura lieu mercredi 9 octobre à la mairie.',
      published: '2024-10-01',
    },
    {
      lang,
      name: 'a range of weekdays',
      text: 'Le salon est ouvert du lundi au vendredi 11 octobre.',
      published: '2024-10-01',
    },
    { lang, name: 'a date in figures', text: 'Le conseil a voté mardi 08/10/2024 au soir.', published: '2024-10-10' },
    {
      lang,
      name: 'a past decision about a coming day',
      text: 'Les élus ont décidé de boycotter la réunion de ce mercredi 9 octobre.',
      published: '2024-10-05',
    },
  ],
  invalid: [
    {
      lang,
      name: 'wrong weekday with year',
      text: 'Le conseil municipal a voté le budget lundi 8 octobre 2024.',
      published: '2024-10-10',
      findings: [
        {
          messageId: 'mismatch',
          severity: 'high',
          evidence: ['lundi 8 octobre 2024'],
          data: { actual: 'Tuesday', written: 'Monday' },
        },
      ],
    },
    {
      lang,
      name: 'wrong weekday in figures',
      text: 'Le conseil a voté jeudi 08/10/2024 au soir.',
      published: '2024-10-10',
      findings: [{ messageId: 'mismatch', severity: 'high', evidence: ['jeudi 08/10/2024'] }],
    },
    {
      lang,
      name: 'wrong weekday, year not written, told as past',
      text: "La réunion s'est tenue jeudi 9 octobre à la mairie.",
      published: '2024-10-20',
      findings: [
        {
          messageId: 'mismatchInferredYear',
          severity: 'medium',
          evidence: ['jeudi 9 octobre'],
          data: { years: '2022 or 2023 or 2024' },
        },
      ],
    },
  ],
});

ruleTester(invalidDate, {
  valid: [
    { lang, name: 'the last day of April', text: 'Le délai court jusqu’au 30 avril 2024 à minuit.' },
    { lang, name: 'February 29 of a leap year', text: 'Le 29 février 2024, les électeurs ont voté.' },
    { lang, name: 'a date in figures', text: 'La fête a eu lieu le 14/07/2020 dans le village.' },
  ],
  invalid: [
    {
      lang,
      name: 'April 31',
      text: 'Le délai a expiré le 31 avril 2023 à minuit.',
      findings: [
        { messageId: 'noSuchDay', severity: 'high', evidence: ['31 avril 2023'], data: { month: 'April', days: 30 } },
      ],
    },
    {
      lang,
      name: 'February 29 of a common year',
      text: 'Le 29 février 2023, les électeurs ont voté.',
      findings: [{ messageId: 'noSuchDayInYear', severity: 'high', evidence: ['29 février 2023'] }],
    },
    {
      lang,
      name: 'June 31 in figures',
      text: 'La fête a eu lieu le 31/06/2020 dans le village.',
      findings: [{ messageId: 'noSuchDay', severity: 'high', evidence: ['31/06/2020'] }],
    },
  ],
});

ruleTester(futureEvent, {
  valid: [
    {
      lang,
      name: 'a future told as future',
      text: 'Le traité sera signé le 3 mars 2025 à Genève.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'postponed to a later date',
      text: 'La séance a été reportée au 3 mars 2025.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'a past date told as past',
      text: 'Le traité a été signé le 3 mars 2024 à Genève.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'a promise of a later spending',
      text: 'Le ministre avait promis de consacrer dix millions à la ville en 2025.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'a year that names an event',
      text: 'Elle a obtenu l’organisation des Jeux de 2026.',
      published: '2024-11-05',
    },
  ],
  invalid: [
    {
      lang,
      name: 'a passive past after publication',
      text: 'Le traité a été signé le 3 mars 2025 à Genève.',
      published: '2024-11-05',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['3 mars 2025'] }],
    },
    {
      lang,
      name: 'a fronted date, the past after its comma',
      text: 'En janvier 2025, les électeurs ont voté dans le calme.',
      published: '2024-11-05',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['janvier 2025'] }],
    },
  ],
});

ruleTester(elapsedTime, {
  valid: [
    {
      lang,
      name: 'a span that fits',
      text: 'La guerre a commencé en février 2022. La guerre dure depuis près de deux ans.',
      published: '2024-01-10',
    },
    {
      lang,
      name: 'a date beside the span',
      text: 'Il y a onze mois, en février 2023, la grève a commencé.',
      published: '2024-01-15',
    },
    {
      lang,
      name: 'a difference, not a moment',
      text: 'La guerre a commencé en 2020. Il y a deux ans d’écart entre les deux frères.',
      published: '2024-06-01',
    },
  ],
  invalid: [
    {
      lang,
      name: 'the event dated in the sentence before',
      text:
        "L'invasion a commencé en février 2022. Depuis l'invasion il y a près d'onze mois, des millions de " +
        'personnes ont fui.',
      published: '2024-01-20',
      findings: [
        { messageId: 'sincePublication', severity: 'medium', evidence: ["il y a près d'onze mois", 'février 2022'] },
      ],
    },
    {
      lang,
      name: 'a date beside the span',
      text: "Il y a deux ans, en mars 2019, l'usine a fermé ses portes.",
      published: '2024-06-01',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'high',
          evidence: ['Il y a deux ans'],
          data: { claim: 'il y a deux ans' },
        },
      ],
    },
  ],
});

ruleTester(staleFuture, {
  valid: [
    {
      lang,
      name: 'a period still to come',
      text: 'Le chantier durera jusqu’à la fin de 2025.',
      published: '2024-03-01',
    },
    {
      lang,
      name: 'an expectation told as history',
      text: 'Le gouvernement prévoyait que le chantier dure jusqu’en 2023.',
      published: '2024-03-01',
    },
    {
      lang,
      name: 'the historical future of a narrative',
      text: 'Trois autres disques suivront, en 2002 et en 2006.',
      published: '2019-06-20',
    },
    {
      lang,
      name: 'a future about a long-gone year',
      text: 'Il deviendra champion du monde en 1998.',
      published: '2019-06-20',
    },
  ],
  invalid: [
    {
      lang,
      name: 'a future simple about a year already over',
      text: 'Le chantier durera jusqu’à la fin de 2023.',
      published: '2024-03-01',
      findings: [
        {
          messageId: 'overAtPublication',
          severity: 'high',
          evidence: ['durera jusqu’à la fin de 2023'],
          data: { period: '2023' },
        },
      ],
    },
    {
      lang,
      name: 'a periphrastic future about a year already over',
      text: 'Les travaux vont durer jusqu’en 2023.',
      published: '2024-05-01',
      findings: [{ messageId: 'overAtPublication', severity: 'high', evidence: ['vont durer jusqu’en 2023'] }],
    },
  ],
});
