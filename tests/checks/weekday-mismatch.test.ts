import { weekdayMismatch } from '../../src/engine/checks/weekday-mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(weekdayMismatch, {
  valid: [
    { name: 'right weekday with year', text: 'Teachers will strike on Thursday, March 14, 2024.', published: '2024-03-08' },
    { name: 'right weekday, year inferred', text: 'The vote on Tuesday, Jan. 9 passed.', published: '2024-01-12' },
    { name: 'day-month form, right', text: 'The race on Saturday 4 May drew crowds.', published: '2024-05-06' },
    { name: 'no weekday', text: 'The strike on March 5, 2024 closed schools.', published: '2024-03-08' },
  ],
  invalid: [
    {
      name: 'wrong weekday with year',
      text: 'A previous strike on Monday, March 5, 2024, closed 300 schools.',
      published: '2024-03-08',
      findings: [{ messageId: 'mismatch', severity: 'high', evidence: ['Monday, March 5, 2024'], data: { actual: 'Tuesday', written: 'Monday' } }],
    },
    {
      name: 'wrong weekday, year inferred',
      text: 'The vote on Wednesday, Jan. 9 passed.',
      published: '2024-01-12',
      findings: [{ messageId: 'mismatchInferredYear', severity: 'medium', evidence: ['Wednesday, Jan. 9'], data: { actual: 'Tuesday' } }],
    },
    {
      name: 'day-month form, wrong',
      text: 'The race on Sunday 4 May drew crowds.',
      published: '2024-05-06',
      findings: [{ messageId: 'mismatchInferredYear', severity: 'medium', evidence: ['Sunday 4 May'] }],
    },
  ],
});
