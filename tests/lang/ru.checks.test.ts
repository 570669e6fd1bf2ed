import { elapsedTime } from '../../src/engine/checks/elapsed-time/index.js';
import { futureEvent } from '../../src/engine/checks/future-event.js';
import { invalidDate } from '../../src/engine/checks/invalid-date.js';
import { staleFuture } from '../../src/engine/checks/stale-future.js';
import { weekdayMismatch } from '../../src/engine/checks/weekday-mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The calendar checks on Russian text: our own sentences, each error and its correct twin. */
const lang = 'ru';

ruleTester(weekdayMismatch, {
  valid: [
    {
      lang,
      name: 'right weekday with year',
      text: 'Во вторник, 20 февраля 2024 года, совет принял бюджет.',
      published: '2024-02-22',
    },
    {
      lang,
      name: 'right weekday, year inferred',
      text: 'Заседание пройдёт в среду, 21 февраля, в мэрии.',
      published: '2024-02-10',
    },
    {
      lang,
      name: 'a range of weekdays',
      text: 'Выставка работает с понедельника по пятницу, 23 февраля.',
      published: '2024-02-10',
    },
    { lang, name: 'a date in figures', text: 'Во вторник, 20.02.2024, совет принял бюджет.', published: '2024-02-22' },
  ],
  invalid: [
    {
      lang,
      name: 'wrong weekday with year',
      text: 'В среду, 20 февраля 2024 года, совет принял бюджет.',
      published: '2024-02-22',
      findings: [
        {
          messageId: 'mismatch',
          severity: 'high',
          evidence: ['среду, 20 февраля 2024 года'],
          data: { actual: 'Tuesday', written: 'Wednesday' },
        },
      ],
    },
    {
      lang,
      name: 'wrong weekday in figures',
      text: 'В пятницу, 20.02.2024, совет принял бюджет.',
      published: '2024-02-22',
      findings: [{ messageId: 'mismatch', severity: 'high', evidence: ['пятницу, 20.02.2024'] }],
    },
    {
      lang,
      name: 'wrong weekday, year not written, told as past',
      text: 'Совет собрался в четверг, 21 февраля, в мэрии.',
      published: '2024-02-25',
      findings: [
        {
          messageId: 'mismatchInferredYear',
          severity: 'medium',
          evidence: ['четверг, 21 февраля'],
          data: { years: '2022 or 2023 or 2024' },
        },
      ],
    },
  ],
});

ruleTester(invalidDate, {
  valid: [
    { lang, name: 'the last day of April', text: 'Срок истекает 30 апреля 2024 года в полночь.' },
    { lang, name: 'February 29 of a leap year', text: 'Выборы прошли 29 февраля 2024 года.' },
    { lang, name: 'a film title in quotes', text: 'Он снимался в фильме «31 июня» и в других.', atMost: 'low' },
  ],
  invalid: [
    {
      lang,
      name: 'April 31',
      text: 'Срок истёк 31 апреля 2023 года в полночь.',
      findings: [
        {
          messageId: 'noSuchDay',
          severity: 'high',
          evidence: ['31 апреля 2023 года'],
          data: { month: 'April', days: 30 },
        },
      ],
    },
    {
      lang,
      name: 'February 29 of a common year',
      text: 'Выборы прошли 29 февраля 2023 г. по всей стране.',
      findings: [{ messageId: 'noSuchDayInYear', severity: 'high', evidence: ['29 февраля 2023 г.'] }],
    },
  ],
});

ruleTester(futureEvent, {
  valid: [
    {
      lang,
      name: 'a future told as future',
      text: 'Договор будет подписан 3 марта 2025 года в Москве.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'postponed to a later date',
      text: 'Заседание перенесли на 3 марта 2025 года.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'a promise of a later spending',
      text: 'Министр пообещал выделить деньги в 2025 году.',
      published: '2024-11-05',
    },
    {
      lang,
      name: 'a year in the genitive that names a thing',
      text: 'Прошли выборы 2025 года, сообщили в комиссии.',
      published: '2024-11-05',
    },
  ],
  invalid: [
    {
      lang,
      name: 'a passive past after publication',
      text: 'Договор был подписан 3 марта 2025 года в Москве.',
      published: '2024-11-05',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['3 марта 2025 года'] }],
    },
    {
      lang,
      name: 'a fronted date',
      text: 'В январе 2025 года избиратели выбрали нового мэра.',
      published: '2024-11-05',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['январе 2025 года'] }],
    },
  ],
});

ruleTester(elapsedTime, {
  valid: [
    {
      lang,
      name: 'a span that fits',
      text: 'Вторжение началось 24 февраля 2022 года. Почти два года назад вторжение изменило всё.',
      published: '2024-01-20',
    },
    {
      lang,
      name: 'a date beside the span',
      text: 'Одиннадцать месяцев назад, в феврале 2023 года, началась забастовка.',
      published: '2024-01-15',
    },
  ],
  invalid: [
    {
      lang,
      name: 'the event dated in the sentence before',
      text: 'Вторжение началось 24 февраля 2022 года. Почти одиннадцать месяцев назад вторжение изменило всё.',
      published: '2024-01-20',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'medium',
          evidence: ['Почти одиннадцать месяцев назад', '24 февраля 2022 года'],
        },
      ],
    },
    {
      lang,
      name: 'a date beside the span',
      text: 'Два года назад, в марте 2019 года, завод закрылся.',
      published: '2024-06-01',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'high',
          evidence: ['Два года назад'],
          data: { claim: 'два года назад' },
        },
      ],
    },
  ],
});

ruleTester(staleFuture, {
  valid: [
    { lang, name: 'a period still to come', text: 'Кризис продлится до конца 2025 года.', published: '2024-03-01' },
    {
      lang,
      name: 'an expectation told as history',
      text: 'Планировалось, что стройка завершится к 2023 году.',
      published: '2024-03-01',
    },
  ],
  invalid: [
    {
      lang,
      name: 'the end of a year already over',
      text: 'Кризис продлится до конца 2023 года.',
      published: '2024-03-01',
      findings: [
        {
          messageId: 'overAtPublication',
          severity: 'high',
          evidence: ['продлится до конца 2023 года'],
          data: { period: '2023' },
        },
      ],
    },
    {
      lang,
      name: 'a whole year already over',
      text: 'Работы будут идти в течение 2023 года.',
      published: '2024-05-01',
      findings: [{ messageId: 'overAtPublication', severity: 'high', evidence: ['будут идти в течение 2023 года'] }],
    },
  ],
});
