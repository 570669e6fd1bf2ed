import { oldText } from '../../src/engine/checks/old-text.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** Terms from the knowledge pack: Johnson 2019-07-24 to 2022-09-06, Merkel to 2021-12-08. */
const recycled = [
  'Fares will stay frozen until March 2023.',
  'Ridership is expected to recover well into 2022.',
  'Prime Minister Boris Johnson said on Thursday that the talks would go on.',
].join(' ');
/** One claim that closes the writing on both sides: an elapsed time from a dated event. */
const oneClaim = 'The pier was shut by a storm in March 2021. Since the storm 14 months ago, no ferry has docked.';

ruleTester(oldText, {
  valid: [
    { name: 'the claims fit the publication date', text: recycled, published: '2022-06-10' },
    {
      name: 'a weekday and forecasts alone leave years open',
      text: 'The vote was held on Tuesday, March 3. Fares will stay frozen until March 2020.',
      published: '2023-06-10',
    },
    { name: 'no publication date: nothing to present the text as', text: recycled },
    { name: 'a few months late: a slow desk, not old copy', text: oneClaim, published: '2022-09-20' },
    {
      name: 'a look back in the past tense is no claim about the writing',
      text:
        'Chancellor Angela Merkel opened the borders. Prime Minister David Cameron called a ' +
        'referendum. Prime Minister Boris Johnson promised to get Brexit done.',
      published: '2024-06-10',
    },
    {
      name: 'a page that says when it first ran is not presented as new',
      text: `This story was originally published on April 2, 2022. ${recycled}`,
      published: '2024-06-10',
    },
    {
      name: 'a yearless wire dateline narrows the estimate but claims nothing',
      text: 'Ferries halted\n\nOSLO, March 3 - Fares will stay frozen until March 2023, the operator said on Tuesday.',
      published: '2023-03-03',
    },
    { name: 'one claim is the business of the check that reads it', text: oneClaim, published: '2024-06-10' },
    {
      name: 'dates told as past bound the writing from below only',
      text: 'The strike began in February 2019 and ended in May 2019, officials said.',
      published: '2024-06-10',
    },
  ],
  invalid: [
    {
      name: 'three independent claims, over a year before: medium',
      text: recycled,
      published: '2024-06-10',
      findings: [
        {
          messageId: 'writtenBefore',
          severity: 'medium',
          evidence: [
            'will stay frozen until March 2023',
            'is expected to recover well into 2022',
            'Prime Minister Boris Johnson',
          ],
          data: { published: 'June 10, 2024', count: 3 },
        },
      ],
    },
    {
      name: 'two claims: low',
      text: `${oneClaim} Fares will stay frozen until March 2023.`,
      published: '2024-06-10',
      findings: [
        {
          messageId: 'writtenBefore',
          severity: 'low',
          evidence: ['14 months ago', 'will stay frozen until March 2023'],
          data: { written: 'March 2022 – July 2022', count: 2 },
        },
      ],
    },
    {
      name: 'three claims, but less than a year before: low',
      text: recycled,
      published: '2023-10-20',
      findings: [
        {
          messageId: 'writtenBefore',
          severity: 'low',
          evidence: [
            'will stay frozen until March 2023',
            'is expected to recover well into 2022',
            'Prime Minister Boris Johnson',
          ],
        },
      ],
    },
    {
      name: 'one sentence repeating a claim counts once',
      text:
        'The pier was shut by a storm in March 2021. Since the storm 14 months ago, and since ' +
        'the storm 14 months ago, no ferry has docked. Fares will stay frozen until March 2023.',
      published: '2024-06-10',
      findings: [
        {
          messageId: 'writtenBefore',
          severity: 'low',
          evidence: ['14 months ago', 'will stay frozen until March 2023'],
        },
      ],
    },
    {
      name: 'a weekday beside a yearless date fits one year among the others',
      text:
        'The pier closed in January 2020. The vote was held on Tuesday, March 3. Fares will ' +
        'stay frozen until March 2020. The new pier is expected to open well into 2020.',
      published: '2023-06-10',
      findings: [
        {
          messageId: 'writtenBefore',
          severity: 'medium',
          evidence: ['Tuesday, March 3', 'will stay frozen until March 2020', 'is expected to open well into 2020'],
          data: { written: 'March 2020' },
        },
      ],
    },
  ],
});
