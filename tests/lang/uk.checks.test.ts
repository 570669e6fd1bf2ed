import { elapsedTime } from '../../src/engine/checks/elapsed-time/index.js';
import { futureEvent } from '../../src/engine/checks/future-event.js';
import { invalidDate } from '../../src/engine/checks/invalid-date.js';
import { staleFuture } from '../../src/engine/checks/stale-future.js';
import { weekdayMismatch } from '../../src/engine/checks/weekday-mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The calendar checks on Ukrainian text: our own sentences, each error and its correct twin. */
const lang = 'uk';

ruleTester(weekdayMismatch, {
  valid: [
    {
      lang,
      name: 'right weekday with year',
      text: 'У вівторок, 27 серпня 2024 року, рада ухвалила бюджет.',
      published: '2024-08-29',
    },
    {
      lang,
      name: 'right weekday, year inferred',
      text: 'Засідання відбудеться в середу, 28 серпня, у мерії.',
      published: '2024-08-20',
    },
    {
      lang,
      name: 'a range of weekdays',
      text: 'Виставка працює з понеділка по п’ятницю, 30 серпня.',
      published: '2024-08-20',
    },
  ],
  invalid: [
    {
      lang,
      name: 'wrong weekday with year',
      text: 'У середу, 27 серпня 2024 року, рада ухвалила бюджет.',
      published: '2024-08-29',
      findings: [
        {
          messageId: 'mismatch',
          severity: 'high',
          evidence: ['середу, 27 серпня 2024 року'],
          data: { actual: 'Tuesday', written: 'Wednesday' },
        },
      ],
    },
    {
      lang,
      name: 'wrong weekday in figures',
      text: 'У п’ятницю, 27.08.2024, рада ухвалила бюджет.',
      published: '2024-08-29',
      findings: [{ messageId: 'mismatch', severity: 'high', evidence: ['п’ятницю, 27.08.2024'] }],
    },
    {
      lang,
      name: 'wrong weekday, year not written, told as past',
      text: 'Рада зібралася у четвер, 28 серпня, у мерії.',
      published: '2024-09-05',
      findings: [
        {
          messageId: 'mismatchInferredYear',
          severity: 'medium',
          evidence: ['четвер, 28 серпня'],
          data: { years: '2022 or 2023 or 2024' },
        },
      ],
    },
  ],
});

ruleTester(invalidDate, {
  valid: [
    { lang, name: 'the last day of April', text: 'Строк спливає 30 квітня 2024 року опівночі.' },
    { lang, name: 'February 29 of a leap year', text: 'Вибори відбулися 29 лютого 2024 року.' },
  ],
  invalid: [
    {
      lang,
      name: 'April 31',
      text: 'Строк сплив 31 квітня 2023 року опівночі.',
      findings: [
        {
          messageId: 'noSuchDay',
          severity: 'high',
          evidence: ['31 квітня 2023 року'],
          data: { month: 'April', days: 30 },
        },
      ],
    },
    {
      lang,
      name: 'February 29 of a common year',
      text: 'Вибори відбулися 29 лютого 2023 р. по всій країні.',
      findings: [{ messageId: 'noSuchDayInYear', severity: 'high', evidence: ['29 лютого 2023 р.'] }],
    },
  ],
});

ruleTester(futureEvent, {
  valid: [
    {
      lang,
      name: 'a future told as future',
      text: 'Угоду буде підписано 3 березня 2025 року в Києві.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'postponed to a later date',
      text: 'Засідання перенесли на 3 березня 2025 року.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'a promise of a later spending',
      text: 'Міністр пообіцяв виділити кошти у 2025 році.',
      published: '2024-11-05',
    },
  ],
  invalid: [
    {
      lang,
      name: 'an impersonal past after publication',
      text: 'Угоду підписали 3 березня 2025 року в Києві.',
      published: '2024-11-05',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['3 березня 2025 року'] }],
    },
    {
      lang,
      name: 'a fronted date',
      text: 'У січні 2025 року виборці обрали нового мера.',
      published: '2024-11-05',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['січні 2025 року'] }],
    },
  ],
});

ruleTester(elapsedTime, {
  valid: [
    {
      lang,
      name: 'a span that fits',
      text: 'Вторгнення почалося 24 лютого 2022 року. Майже два роки тому вторгнення змінило все.',
      published: '2024-01-20',
    },
    {
      lang,
      name: 'a date beside the span',
      text: 'Одинадцять місяців тому, у лютому 2023 року, почався страйк.',
      published: '2024-01-15',
    },
    {
      lang,
      name: '"тому що" is "because"',
      text: 'Вторгнення почалося у 2014 році. Ми чекали два роки тому що не було вибору.',
      published: '2024-01-15',
    },
  ],
  invalid: [
    {
      lang,
      name: 'the event dated in the sentence before',
      text: 'Вторгнення почалося 24 лютого 2022 року. Одинадцять місяців тому вторгнення змінило все.',
      published: '2024-01-20',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'medium',
          evidence: ['Одинадцять місяців тому', '24 лютого 2022 року'],
        },
      ],
    },
    {
      lang,
      name: 'a date beside the span',
      text: 'Два роки тому, у березні 2019 року, завод закрився.',
      published: '2024-06-01',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'high',
          evidence: ['Два роки тому'],
          data: { claim: 'два роки тому' },
        },
      ],
    },
  ],
});

ruleTester(staleFuture, {
  valid: [
    { lang, name: 'a period still to come', text: 'Криза триватиме до кінця 2025 року.', published: '2024-03-01' },
    {
      lang,
      name: 'an expectation told as history',
      text: 'Планувалося, що будівництво завершиться до 2023 року.',
      published: '2024-03-01',
    },
  ],
  invalid: [
    {
      lang,
      name: 'the end of a year already over',
      text: 'Криза триватиме до кінця 2023 року.',
      published: '2024-03-01',
      findings: [
        {
          messageId: 'overAtPublication',
          severity: 'high',
          evidence: ['триватиме до кінця 2023 року'],
          data: { period: '2023' },
        },
      ],
    },
    {
      lang,
      name: 'a whole year already over',
      text: 'Роботи будуть тривати протягом 2023 року.',
      published: '2024-05-01',
      findings: [{ messageId: 'overAtPublication', severity: 'high', evidence: ['будуть тривати протягом 2023 року'] }],
    },
  ],
});
