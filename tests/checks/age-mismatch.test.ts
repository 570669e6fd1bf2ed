import { ageMismatch } from '../../src/engine/checks/age-mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(ageMismatch, {
  valid: [
    {
      name: 'right, birthday not yet',
      text: 'His deputy, Eva Lind, 40, born in 1983, has served since 2015.',
      published: '2024-07-01',
    },
    {
      name: 'right, birthday passed',
      text: 'His deputy, Eva Lind, 41, born in 1983, has served since 2015.',
      published: '2024-07-01',
    },
    {
      name: 'full birth date, right',
      text: 'The mayor, 47, who was born on March 3, 1977, took office.',
      published: '2024-07-01',
    },
    {
      name: 'age at a date the sentence gives',
      text: 'In 2010, Sara Holt, 20, who was born in 1990, won the race.',
      published: '2024-07-01',
    },
    {
      name: 'two ages, one birth year',
      text: 'Ann Lee, 30, and Bo Kim, 45, who was born in 1979, spoke.',
      published: '2024-07-01',
    },
    {
      name: 'an age at something past',
      text: 'Born in 1946 in Ohio, he left school aged 16 to work in a steel mill.',
      published: '2024-03-01',
    },
    {
      name: 'as a young age',
      text: 'The singer, born in 1948, recorded her first album as a 19-year-old.',
      published: '2024-03-01',
    },
    {
      name: 'a number in brackets that is no age',
      text: 'Born in 1985, she had her first child (28) when she moved to Paris.',
      published: '2024-03-01',
    },
    {
      name: "another person's birth",
      text: 'Jones, 35, and his wife, who was born in 1992, live in Leeds.',
      published: '2024-03-01',
    },
    { name: 'no reference date', text: 'Leo Brandt, 29, who was born in 1989, was sworn in.' },
  ],
  invalid: [
    {
      name: 'apposition',
      text: 'Leo Brandt, 29, who was born in 1989, was sworn in as mayor on Monday.',
      published: '2024-07-01',
      findings: [
        {
          messageId: 'ageAgainstBirth',
          severity: 'high',
          evidence: ['29, who was born in 1989'],
          data: { expected: '34 or 35', stated: 29 },
        },
      ],
    },
    {
      name: 'year-old form',
      text: 'The 52-year-old engineer, born in 1961, said the closure was unavoidable.',
      published: '2025-03-14',
      findings: [
        {
          messageId: 'ageAgainstBirth',
          severity: 'high',
          evidence: ['52-year-old engineer, born in 1961'],
          data: { expected: '63 or 64' },
        },
      ],
    },
    {
      name: 'full birth date',
      text: 'The mayor, 47, who was born on March 3, 1980, took office.',
      published: '2024-07-01',
      findings: [
        {
          messageId: 'ageAgainstBirth',
          severity: 'high',
          evidence: ['47, who was born on March 3, 1980'],
          data: { expected: 44, born: 'March 3, 1980' },
        },
      ],
    },
    {
      name: 'aged, in apposition',
      text: 'Brandt, aged 29, was born in 1989 in Kiel.',
      published: '2024-07-01',
      findings: [{ messageId: 'ageAgainstBirth', severity: 'high', evidence: ['29, was born in 1989'] }],
    },
    {
      name: 'quoted, at most low',
      text: '"Leo Brandt, 29, who was born in 1989, will win," his aide said.',
      published: '2024-07-01',
      findings: [{ messageId: 'ageAgainstBirth', severity: 'low', evidence: ['29, who was born in 1989'] }],
    },
  ],
});
