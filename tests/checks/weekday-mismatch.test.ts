import { weekdayMismatch } from '../../src/engine/checks/weekday-mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(weekdayMismatch, {
  valid: [
    {
      name: 'a yearless date in a sentence that writes another year',
      text: 'Two years after his loss in Las Vegas in 2020, he fought again on Saturday, Nov. 12.',
      published: '2024-06-03',
      atMost: 'low',
    },
    {
      name: 'a range of weekdays over a range of dates',
      text: 'The market, open Tuesday through Saturday, March 5 to 9, drew crowds.',
      published: '2024-03-07',
    },
    {
      name: 'a list of weekdays over a list of dates',
      text: 'On Monday and Tuesday, March 4 and 5, the council met.',
      published: '2024-03-07',
    },
    {
      name: 'a right weekday in brackets',
      text: 'The vote on Wednesday (June 5, 2019) was close.',
      published: '2019-06-10',
    },
    {
      name: 'a right weekday in brackets after the date',
      text: 'The vote on June 5, 2019 (Wednesday) was close.',
      published: '2019-06-10',
    },
    {
      name: 'tickets on sale later this year, year not written',
      text: 'Tickets for the tour go on sale Friday, Dec. 6 at the box office.',
      published: '2019-11-19',
    },
    {
      name: 'a date next spring, year not written',
      text: 'The tour opens FRIDAY MARCH 6 in Denver and runs through May.',
      published: '2019-11-19',
    },
    {
      name: 'a date last year, year not written',
      text: 'The band last played the hall on Friday, Dec. 20.',
      published: '2020-01-08',
    },
    {
      name: 'right weekday with year',
      text: 'Teachers will strike on Thursday, March 14, 2024.',
      published: '2024-03-08',
    },
    { name: 'right weekday, year inferred', text: 'The vote on Tuesday, Jan. 9 passed.', published: '2024-01-12' },
    { name: 'day-month form, right', text: 'The race on Saturday 4 May drew crowds.', published: '2024-05-06' },
    { name: 'no weekday', text: 'The strike on March 5, 2024 closed schools.', published: '2024-03-08' },
    // Issue 20: one event, two days.
    {
      name: 'late Saturday night is the eve of Sunday',
      text: 'The attack on December 31, 2023 killed six people. Witnesses said the attack late Saturday night lasted.',
      published: '2024-01-03',
    },
    {
      name: 'a day off is a time zone',
      text: 'The attack on December 31, 2023 killed six people. The attack on Saturday was the worst in months.',
      published: '2024-01-03',
    },
    {
      name: 'two attacks on two days',
      text: 'The attack on Dec. 31, 2023 killed 6. The attack on Dec. 20, 2023 killed 2. The attack early Wednesday.',
      published: '2024-01-03',
    },
  ],
  invalid: [
    {
      name: 'the same attack on a Sunday and early on Saturday',
      text: 'The attack on December 31, 2023 killed six people. Witnesses saw the attack early Saturday morning.',
      published: '2024-01-03',
      findings: [
        {
          messageId: 'eventWeekday',
          severity: 'medium',
          evidence: ['early Saturday morning', 'December 31, 2023'],
          data: { event: 'attack', actual: 'Sunday' },
        },
      ],
    },
    {
      name: 'the same raid two days apart, its year not written',
      text: "The raid on March 6 destroyed a depot. Residents said Saturday's raid woke the town.",
      published: '2024-03-12',
      findings: [
        {
          messageId: 'eventWeekday',
          severity: 'low',
          evidence: ["Saturday's", 'March 6'],
          data: { actual: 'Wednesday' },
        },
      ],
    },
    {
      name: 'a weekday in brackets before the date',
      text: 'The vote on Tuesday (June 5, 2019) was close.',
      published: '2019-06-10',
      findings: [
        {
          messageId: 'mismatch',
          severity: 'high',
          evidence: ['Tuesday (June 5, 2019)'],
          data: { actual: 'Wednesday', written: 'Tuesday' },
        },
      ],
    },
    {
      name: 'a weekday in brackets after the date',
      text: 'The vote on June 5, 2019 (Tuesday) was close.',
      published: '2019-06-10',
      findings: [{ messageId: 'mismatch', severity: 'high', evidence: ['June 5, 2019 (Tuesday)'] }],
    },
    {
      name: 'a weekday before a day-month-year date',
      text: 'The central bank raised rates on Monday 4 Feb 2020 in the capital.',
      published: '2020-02-06',
      findings: [
        { messageId: 'mismatch', severity: 'high', evidence: ['Monday 4 Feb 2020'], data: { actual: 'Tuesday' } },
      ],
    },
    {
      name: 'wrong weekday with year',
      text: 'A previous strike on Monday, March 5, 2024, closed 300 schools.',
      published: '2024-03-08',
      findings: [
        {
          messageId: 'mismatch',
          severity: 'high',
          evidence: ['Monday, March 5, 2024'],
          data: { actual: 'Tuesday', written: 'Monday' },
        },
      ],
    },
    {
      name: 'wrong weekday, year inferred',
      text: 'The vote on Wednesday, Jan. 9 passed.',
      published: '2024-01-12',
      findings: [
        {
          messageId: 'mismatchInferredYear',
          severity: 'medium',
          evidence: ['Wednesday, Jan. 9'],
          data: { actual: 'Tuesday' },
        },
      ],
    },
    {
      name: 'day-month form, wrong',
      text: 'The race on Sunday 4 May drew crowds.',
      published: '2024-05-06',
      findings: [{ messageId: 'mismatchInferredYear', severity: 'medium', evidence: ['Sunday 4 May'] }],
    },
    {
      name: 'told as past, so not next year though next year fits',
      text: 'The race on Sunday 4 May drew record crowds.',
      published: '2024-05-06',
      findings: [
        {
          messageId: 'mismatchInferredYear',
          severity: 'medium',
          evidence: ['Sunday 4 May'],
          data: { years: '2023 or 2024' },
        },
      ],
    },
    {
      name: 'no year near the article fits',
      text: 'Tickets go on sale Monday, Dec. 6 at the box office.',
      published: '2019-11-19',
      findings: [
        {
          messageId: 'mismatchInferredYear',
          severity: 'medium',
          evidence: ['Monday, Dec. 6'],
          data: { years: '2018 or 2019 or 2020', published: 'November 19, 2019' },
        },
      ],
    },
  ],
});
