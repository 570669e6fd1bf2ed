import { staleFuture } from '../../src/engine/checks/stale-future.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(staleFuture, {
  valid: [
    {
      name: 'a project noun, not a forecast',
      text: 'The firm also cancelled its charging pad project first announced in 2017.',
      published: '2019-11-18',
    },
    {
      name: 'the noun forecast',
      text: 'The forecast for 2018 turned out too gloomy, the agency admitted.',
      published: '2019-02-01',
    },
    {
      name: 'a past verb between the marker and the year',
      text: 'The agency projects demand will recover from the slump recorded in 2020.',
      published: '2022-02-01',
    },
    { name: 'future still ahead', text: 'The new terminal will open in 2026.', published: '2023-11-20' },
    {
      name: 'reported past forecast',
      text: 'In 2021 the operator had forecast a full recovery in 2022, a target it missed.',
      published: '2023-11-20',
    },
    {
      name: 'past-tense expectation',
      text: 'The line was expected to open in 2019 but was delayed.',
      published: '2023-11-20',
    },
    {
      name: 'comparison with a past year',
      text: 'Sales will be higher than in 2019, the company said.',
      published: '2023-11-20',
    },
    { name: 'the current year', text: 'Prices are expected to fall later in 2023.', published: '2023-03-01' },
    {
      name: 'relative clause about the past',
      text: 'The company, which was founded in 2001, will expand next year.',
      published: '2023-03-01',
    },
    { name: 'no date anywhere', text: 'The conflict will continue well into 2023.' },
    { name: 'a fiscal year', text: 'Profits are forecast to rise in fiscal 2023.', published: '2023-06-01' },
    {
      name: 'an expectation told in the simple past',
      text: 'The firm expected to break even in 2023, it said in a 2022 filing.',
      published: '2024-01-03',
    },
    {
      name: 'a forecast reported with its own year',
      text: 'The firm said in 2022 that it expects to break even in 2023.',
      published: '2024-01-03',
    },
    {
      name: 'a republished story, read as of the day it first ran',
      text:
        "Editor's note: This story was originally published on March 3, 2015.\n\nThe new bridge " +
        'is expected to open in 2017, engineers said.',
      published: '2019-06-01',
    },
    {
      name: 'scheduled for a month still ahead',
      text: 'The summit is scheduled for March 2024.',
      published: '2024-01-10',
    },
    {
      name: "a book's first run is not the page's",
      text: "Orwell's novel, first published on June 8, 1949, is expected to sell well again in 2024.",
      published: '2024-06-01',
    },
    {
      name: 'set for a thing the year belongs to',
      text: 'The stage is set for a rematch of the 2022 final, which Spain won on penalties.',
      published: '2024-06-01',
    },
    {
      name: 'scheduled for a hearing on past events',
      text: 'The case is scheduled for a hearing on the events of January 2021.',
      published: '2024-06-01',
    },
    {
      name: 'was scheduled for: history',
      text: 'The summit was scheduled for March 2023 but was postponed.',
      published: '2024-05-14',
    },
    // Issue 19: a forecast's period is what it looks ahead to.
    {
      name: 'a decade is no year',
      text: 'Analysts expect prices to stay high through the 2020s.',
      published: '2024-03-01',
    },
    {
      name: 'a comparison with a past year',
      text: 'Exports are forecast to rise to 3 million tonnes, against 2.7 million in 2023.',
      published: '2024-03-05',
    },
    {
      name: 'a base of comparison',
      text: 'Shipments are expected to double those of 2022 by the end of the decade.',
      published: '2024-03-05',
    },
    {
      name: 'a past clause of its own',
      text: 'The miner is expected to produce 900 tonnes in 2024, and in 2023 its output was 700 tonnes.',
      published: '2024-03-05',
    },
    {
      name: 'accounts of a year just over',
      text: 'The bank will write off $16 million of bad loans in 2023.',
      published: '2024-03-06',
    },
    {
      name: 'a result for a year just over',
      text: 'The retailer expects to break even for 2024 when it reports in March.',
      published: '2025-02-14',
    },
    {
      name: "a plan that is someone's noun",
      text: "Pennzoil's plan to buy the refinery in 2019 collapsed after the court ruling.",
      published: '2023-08-30',
    },
    {
      name: 'a year that names a law',
      text: 'He said the cuts will not hurt and the tax reform act of 1986 lowers rates.',
      published: '1987-03-12',
    },
  ],
  invalid: [
    // Issue 19, the other direction.
    {
      name: 'accounts of a year long over',
      text: 'The bank will write off $16 million in 2022.',
      published: '2024-03-06',
      findings: [
        { messageId: 'overAtPublication', severity: 'high', evidence: ['will write off $16 million in 2022'] },
      ],
    },
    {
      name: 'a target beside a comparison',
      text: 'Exports are forecast to reach 3 million in 2023, against 2.7 million in 2022.',
      published: '2024-03-05',
      findings: [
        { messageId: 'overAtPublication', severity: 'high', evidence: ['are forecast to reach 3 million in 2023'] },
      ],
    },
    {
      name: 'at the end of a year already over',
      text: 'The plant will close at the end of 2023.',
      published: '2024-03-05',
      findings: [{ messageId: 'overAtPublication', severity: 'high', evidence: ['will close at the end of 2023'] }],
    },
    {
      name: 'scheduled for an event in a year already over',
      text: 'The rocket is scheduled for launch in 2023, the agency said.',
      published: '2024-06-01',
      findings: [{ messageId: 'overAtPublication', severity: 'high', evidence: ['is scheduled for launch in 2023'] }],
    },
    {
      name: "it's expected to",
      text: "It's expected to be completed by the end of 2023, the council said.",
      published: '2024-06-01',
      findings: [
        { messageId: 'overAtPublication', severity: 'high', evidence: ['expected to be completed by the end of 2023'] },
      ],
    },
    {
      name: 'first ran on a day that does not explain the forecast',
      text:
        'This story first appeared on January 5, 2018.\n\nThe new bridge is expected to open in ' +
        '2017, engineers said.',
      published: '2019-06-01',
      findings: [
        {
          messageId: 'overAtPublication',
          severity: 'high',
          evidence: ['is expected to open in 2017'],
          data: { published: 'January 5, 2018' },
        },
      ],
    },
    {
      name: 'expected to, after a participle comma',
      text: 'Sales, expected to recover in 2023, remain weak.',
      published: '2024-01-03',
      findings: [{ messageId: 'overAtPublication', severity: 'high', evidence: ['expected to recover in 2023'] }],
    },
    {
      name: 'scheduled for a month already over',
      text: 'The summit is scheduled for March 2024.',
      published: '2024-05-14',
      findings: [
        {
          messageId: 'overAtPublication',
          severity: 'high',
          evidence: ['is scheduled for March 2024'],
          data: { period: 'March 2024' },
        },
      ],
    },
    {
      name: 'well into a past year',
      text: 'Most experts believe the conflict will continue well into 2023.',
      published: '2024-01-01',
      findings: [
        {
          messageId: 'overAtPublication',
          severity: 'high',
          evidence: ['will continue well into 2023'],
          data: { period: '2023' },
        },
      ],
    },
    {
      name: 'forecast to',
      text: 'Passenger numbers are forecast to recover fully in 2021, the operator said.',
      published: '2022-10-01',
      findings: [
        { messageId: 'overAtPublication', severity: 'high', evidence: ['are forecast to recover fully in 2021'] },
      ],
    },
    {
      name: 'poised to',
      text: 'The toll seems poised to keep rising in 2022.',
      published: '2023-02-01',
      findings: [
        { messageId: 'overAtPublication', severity: 'high', evidence: ['seems poised to keep rising in 2022'] },
      ],
    },
    {
      name: 'by a month of a past year',
      text: 'The bridge is expected to reopen by March 2023.',
      published: '2023-09-01',
      findings: [
        {
          messageId: 'overAtPublication',
          severity: 'high',
          evidence: ['is expected to reopen by March 2023'],
          data: { period: 'March 2023' },
        },
      ],
    },
    {
      name: 'quoted stale promise is low',
      text: '"We will rebuild the school by 2020," the mayor said.',
      published: '2022-01-05',
      findings: [{ messageId: 'overAtPublication', severity: 'low', evidence: ['will rebuild the school by 2020'] }],
    },
    {
      name: 'without a publication date, against a date narrated as past: low',
      text: 'The dam collapsed on May 3, 2024, and flooded the valley. Repairs will continue well into 2023.',
      findings: [
        {
          messageId: 'overAtNarratedDate',
          severity: 'low',
          evidence: ['will continue well into 2023'],
          data: { narrated: 'May 3, 2024' },
        },
      ],
    },
  ],
});
