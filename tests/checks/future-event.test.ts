import { futureEvent } from '../../src/engine/checks/future-event.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(futureEvent, {
  valid: [
    // Numbers and names that are not the time of an event (real pages give these in the same sentence as a past verb).
    {
      name: 'a score, not a year',
      text: 'The new chip beat the older design, which earned a total score of 2072 in the same test.',
      published: '2019-11-18',
    },
    {
      name: 'a model year',
      text: 'Engineers gave the 2020 hatchback a blacked-out roof and new wheels.',
      published: '2019-11-20',
    },
    {
      name: 'a named contest',
      text: 'The former senator inserted himself into the 2020 primary last week.',
      published: '2019-11-20',
    },
    {
      name: 'an adjective before the named year',
      text: 'The leader effectively abandoned the early 2020 campaign in favour of the hearings.',
      published: '2019-11-19',
    },
    {
      name: 'an event named with its year',
      text: 'Three swimmers qualified for Tokyo 2021 at the trials.',
      published: '2019-07-01',
    },
    {
      name: 'the upcoming season',
      text: 'The club signed two defenders for the upcoming 2019 season.',
      published: '2018-12-10',
    },
    {
      name: 'an issue dated ahead, to be published',
      text: 'The findings appear in two papers to be featured in the December 2019 issue of the journal.',
      published: '2019-11-19',
    },
    {
      name: 'scheduled event',
      text: 'The festival will take place from August 1 to August 3, 2025.',
      published: '2025-04-10',
    },
    { name: 'a deadline stated with was', text: 'The original deadline was April 15, 2024.', published: '2024-03-20' },
    { name: 'postponed to a later date', text: 'The vote was postponed to March 3, 2025.', published: '2025-01-10' },
    { name: 'expected event', text: 'The ceremony is expected on 12 October 2021.', published: '2021-06-01' },
    {
      name: 'conditional',
      text: 'If the festival sold out on August 2, 2025, organisers would add a day.',
      published: '2025-04-10',
    },
    {
      name: 'an update after publication explains it',
      text: 'The festival sold out on August 2, 2025, organisers said.',
      published: '2025-04-10',
      modified: '2025-08-03',
    },
    {
      name: 'a dated update note',
      text: 'The board met on Tuesday.\n\nUpdate, March 10, 2023: The council approved the plan on March 9, 2023.',
      published: '2023-03-03',
    },
    {
      name: 'an update note without its own date',
      text: 'The board met on Tuesday.\n\nUPDATE: The council approved the plan on March 9, 2023.',
      published: '2023-03-03',
    },
    {
      name: 'a note that the story was corrected',
      text:
        'The board met on Tuesday.\n\nThis story has been corrected to say that the vote was ' +
        'held on March 9, 2023.',
      published: '2023-03-03',
    },
    {
      name: 'past event before publication',
      text: 'The ceremony was held on 12 October 2020.',
      published: '2021-06-01',
    },
    {
      name: 'a range that is still to come',
      text: 'The exhibition runs from 2017 to 2019, the museum said.',
      published: '2016-05-01',
    },
    {
      name: 'a reported future before the date',
      text: 'The minister said the plant would close on March 3, 2017.',
      published: '2016-05-01',
    },
    {
      name: 'a marker before the date governs a list after a colon',
      text: 'There will be three launches: one this year, a second in 2017 and a crewed one in 2018.',
      published: '2016-05-01',
    },
    {
      name: 'a date that opens a clause whose verb is future',
      text: 'On March 3, 2017, the council will vote on the budget.',
      published: '2016-05-01',
    },
    // Issue 19: what a year is, what narrates, what names a thing (our own sentences in the shapes real copy uses).
    {
      name: 'a clock time is no year',
      text: 'The flight from Doha landed at 2045 local time on Sunday.',
      published: '2023-06-05',
    },
    {
      name: 'a count after a date is no year',
      text: 'On Jan. 6, 25 protesters were arrested outside the embassy.',
      published: '2020-01-10',
    },
    {
      name: 'a table row is no date',
      text: 'Results by month: April - 23 wins, May - 31 wins.',
      published: '2019-03-02',
    },
    {
      name: 'a reported term in the present',
      text: 'The company said the dividend is payable on Jan. 15, 2025, to shareholders of record.',
      published: '2024-12-01',
    },
    {
      name: 'a schedule in a participle clause',
      text: 'The trial, scheduled to begin in February 2024, was moved to a larger courtroom.',
      published: '2023-10-04',
    },
    {
      name: 'a plan reported in the past',
      text: 'The carmaker outlined job cuts between 2006 and 2008, the newspaper said.',
      published: '2005-06-01',
    },
    {
      name: 'a model year without a determiner',
      text: 'Ford recalled 2025 Explorer SUVs over a faulty camera.',
      published: '2024-10-22',
    },
    {
      name: 'securities by their maturity',
      text: 'The 4.5 percent of 2034 was unchanged, while the bonds dated 2054 slipped.',
      published: '2024-05-07',
    },
    {
      name: 'a cohort',
      text: 'The ban covers anyone born on or after January 1, 2030, the minister said.',
      published: '2024-05-07',
    },
    {
      name: 'a period that runs through the date',
      text: 'Interest owed between April 1, 2024, and March 31, 2026, is being rescheduled.',
      published: '2025-03-06',
    },
    {
      name: 'the future seen from the past',
      text: 'Economists said inflation was bound to ease in 2024 as supply chains recovered.',
      published: '2023-02-01',
    },
    {
      name: 'an intention and what it was to do',
      text: 'The minister told parliament he aimed in 2024 to recoup the money.',
      published: '2023-03-31',
    },
    {
      name: 'an order for a delivery',
      text: 'The airline said it has placed a firm order for delivery in August 2024.',
      published: '2023-04-23',
    },
    {
      name: 'a month-dated update note years later',
      text: 'The shop sells radios.\n\nUpdate, April 2019: The shop closed in March 2019; this page is not kept up.',
      published: '2015-06-01',
    },
    // Issue 20: a yearless day told as past, and what it may be instead.
    { name: 'a yearless term', text: 'The contract expires on March 9, the union said.', published: '2024-03-06' },
    {
      name: 'a yearless day in the present',
      text: 'Talks resume on March 9, officials said on Tuesday.',
      published: '2024-03-06',
    },
    { name: 'last March 9', text: 'The group was founded last March 9 by three engineers.', published: '2024-03-06' },
    {
      name: 'a yearless day nearly a year back',
      text: 'Troops entered the town on April 20, officials said.',
      published: '2024-03-06',
    },
  ],
  invalid: [
    {
      name: 'a yearless day after the dateline, told as past',
      text: 'KYIV, March 6 - Troops entered the town on March 9, officials said.',
      published: '2024-03-06',
      findings: [
        { messageId: 'pastAfterPublicationNoYear', severity: 'low', evidence: ['March 9'], data: { days: 3 } },
      ],
    },
    // Issue 19, the other direction: the same shapes when the text does narrate a date after its own.
    {
      name: 'a four-digit year after the date narrates',
      text: 'On Jan. 6, 2025, protesters were arrested outside the embassy.',
      published: '2020-01-10',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['Jan. 6, 2025'] }],
    },
    {
      name: 'a past verb inside what is said narrates',
      text: 'The firm said the plant closed in March 2026.',
      published: '2025-01-10',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['March 2026'] }],
    },
    {
      name: 'a model named, then an event dated',
      text: 'The 2025 Explorer went on sale in March 2025.',
      published: '2024-10-22',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['March 2025'] }],
    },
    {
      name: 'a period that began after the date',
      text: 'She served as chair from 2026 to 2028.',
      published: '2025-03-06',
      findings: [{ messageId: 'pastAfterPublication', severity: 'medium', evidence: ['2026'] }],
    },
    {
      name: 'after the month of an update note, outside it',
      text: 'The shop closed in June 2019.\n\nUpdate, April 2019: this page is no longer maintained.',
      published: '2015-06-01',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['June 2019'] }],
    },
    {
      name: 'a paragraph that speaks of an update is no update note',
      text: 'The board met on Tuesday.\n\nThe council approved the updated plan on March 9, 2023.',
      published: '2023-03-03',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['March 9, 2023'] }],
    },
    // Past narration inside long sentences (issue 12): all in an article of May 2016.
    {
      name: 'against the agency dateline the story runs on from',
      text:
        '(Wire) Monday 3 Feb 2020 - The central bank raised its main rate.\n\nThe governor ' +
        'resigned on February 7, 2020, officials said.',
      findings: [
        {
          messageId: 'pastAfterPublication',
          severity: 'high',
          evidence: ['February 7, 2020'],
          data: { latest: 'February 3, 2020' },
        },
      ],
    },
    {
      name: 'in a relative clause',
      text: 'The film, which premiered at a festival in 2021, won three prizes at home.',
      published: '2016-05-01',
      findings: [{ messageId: 'pastAfterPublication', severity: 'medium', evidence: ['2021'] }],
    },
    {
      name: 'a range narrated from its start',
      text: 'She served as chair from 2017 to 2019 before moving to the ministry.',
      published: '2016-05-01',
      findings: [{ messageId: 'pastAfterPublication', severity: 'medium', evidence: ['2017'] }],
    },
    {
      name: 'since a year after publication',
      text: 'It was their first loss since 2019, the coach said after the game.',
      published: '2016-05-01',
      findings: [{ messageId: 'pastAfterPublication', severity: 'medium', evidence: ['2019'] }],
    },
    {
      name: 'a reported future after the date has its own clause',
      text: 'The company announced on December 30th, 2020 that it would close the plant.',
      published: '2016-05-01',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['December 30th, 2020'] }],
    },
    {
      name: 'sold out after publication',
      text: 'The festival sold out on August 2, 2025, organisers said.',
      published: '2025-04-10',
      findings: [
        {
          messageId: 'pastAfterPublication',
          severity: 'high',
          evidence: ['August 2, 2025'],
          data: { latest: 'April 10, 2025' },
        },
      ],
    },
    {
      name: 'held after publication',
      text: 'The ceremony was held on 12 October 2021.',
      published: '2021-06-01',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['12 October 2021'] }],
    },
    {
      name: 'date fronting the clause',
      text: 'On March 3, 2026, the council approved the budget.',
      published: '2025-12-01',
      findings: [{ messageId: 'pastAfterPublication', severity: 'high', evidence: ['March 3, 2026'] }],
    },
    {
      name: 'quoted, at most low',
      text: '"The council approved the budget on March 3, 2026," she wrote.',
      published: '2025-12-01',
      findings: [{ messageId: 'pastAfterPublication', severity: 'low', evidence: ['March 3, 2026'] }],
    },
  ],
});
