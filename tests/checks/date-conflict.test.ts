import { dateConflict } from '../../src/engine/checks/date-conflict.js';
import { describe, expect, it } from 'vitest';
import { ruleTester, runCheck } from '../helpers/rule-tester.js';

ruleTester(dateConflict, {
  valid: [
    {
      name: 'the visible date is the update the metadata names',
      text: 'November 12, 2018\n\nThe recipe was first posted in the autumn.',
      published: '2018-10-07',
      modified: '2018-11-12',
    },
    { name: 'one dateline', text: 'Published: 12 June 2022\n\nThe bridge reopened on Sunday.' },
    {
      name: 'dateline and metadata agree within a day',
      text: 'June 12, 2022\n\nThe bridge reopened on Sunday.',
      published: '2022-06-13',
    },
    {
      name: 'a reviewed date is not a publication date',
      text: 'Published: 12 June 2022\n\nMedically reviewed on 3 March 2024\n\nThe clinic reopened on Sunday.',
    },
    {
      name: 'update after publication',
      text: 'Published: 12 June 2022\n\nUpdated: 14 June 2022\n\nThe bridge reopened on Sunday.',
    },
    {
      name: 'a date in the body is not a dateline',
      text: 'Published: 12 June 2022\n\nThe bridge first opened on 4 October 1960.',
    },
    {
      name: 'the day a republished story first ran',
      text:
        'Published: 12 June 2022\n\nThis story was originally published on March 3, ' +
        '2015.\n\nThe bridge reopened on Sunday.',
      published: '2022-06-12',
    },
    // Issue 20: a yearless wire dateline, and the day a lead says things were said.
    {
      name: 'a dateline across a month edge',
      text: 'SYDNEY, March 31 - The bank left its rate unchanged.',
      published: '2024-04-01',
    },
    {
      name: 'a dateline across a weekend',
      text: 'LONDON, Feb 7 - Shares in the miner rose 4 percent.',
      published: '2025-02-10',
    },
    {
      name: 'a dateline across a year edge',
      text: 'TOKYO, Dec 31 - Markets closed early for the holiday.',
      published: '2024-01-02',
    },
    {
      name: 'said within the week',
      text: 'Officials said on Friday, April 24, 2020 that the border would reopen next month.',
      published: '2020-05-01',
    },
    {
      name: 'said on a day further back, outside the lead',
      text: 'The border reopened.\n\nIt was shut.\n\nTrade fell.\n\nOfficials said on Friday, May 3, 2019 it would.',
      published: '2020-05-01',
    },
  ],
  invalid: [
    {
      name: 'a yearless dateline months from the page',
      text: 'TOKYO, May 18 - A strong earthquake struck southwest Japan, authorities said.',
      published: '1987-03-18',
      findings: [
        {
          messageId: 'yearlessDateline',
          severity: 'low',
          evidence: ['TOKYO, May 18 -', '1987-03-18'],
          data: { days: 61 },
        },
      ],
    },
    {
      name: 'the lead dates what was said a year from the dateline',
      text: '(Wire) Friday 1 May 2020 - The border will reopen.\n\nOfficials said on Friday, May 3, 2019 it would.',
      findings: [
        {
          messageId: 'reportDayFar',
          severity: 'medium',
          evidence: ['Friday, May 3, 2019', '(Wire) Friday 1 May 2020'],
          data: { days: 364 },
        },
      ],
    },
    {
      name: 'metadata alone says it was updated before publication: worth a look, no more',
      text: 'The bridge reopened on Sunday.',
      published: '2014-06-21',
      modified: '2014-06-17',
      findings: [{ messageId: 'updatedBeforePublished', severity: 'low', evidence: ['2014-06-17', '2014-06-21'] }],
    },
    {
      name: 'two visible datelines',
      text:
        'Published: 12 June 2022\n\nHarbour bridge reopens\n\nPosted on 4 October 2020\n\nThe ' +
        'bridge reopened on Sunday.',
      findings: [
        {
          messageId: 'visibleDatesDisagree',
          severity: 'high',
          evidence: ['Published: 12 June 2022', 'Posted on 4 October 2020'],
          data: { count: 2, days: 616 },
          roles: ['-', '-'],
        },
      ],
    },
    {
      name: 'dateline against metadata',
      text: 'January 1, 2024\n\nThe bridge reopened on Sunday.',
      published: '2024-06-16',
      findings: [
        {
          messageId: 'visibleDatesDisagree',
          severity: 'high',
          evidence: ['January 1, 2024', '2024-06-16'],
          data: { days: 167 },
          roles: ['claim', 'reference'],
        },
      ],
    },
    {
      name: 'a dateline a few days from the metadata may be an update it shows: likely, not proven',
      text: 'June 3, 2024\n\nThe bridge reopened on Sunday.',
      published: '2024-06-10',
      findings: [
        {
          messageId: 'visibleDatesDisagree',
          severity: 'medium',
          evidence: ['June 3, 2024', '2024-06-10'],
          data: { days: 7 },
        },
      ],
    },
    {
      name: 'two visible dates eight days apart are high',
      text:
        'Published: 2 June 2022\n\nHarbour bridge reopens\n\nPosted on 10 June 2022\n\nThe ' +
        'bridge reopened on Sunday.',
      findings: [
        {
          messageId: 'visibleDatesDisagree',
          severity: 'high',
          evidence: ['Published: 2 June 2022', 'Posted on 10 June 2022'],
          data: { days: 8 },
        },
      ],
    },
    {
      name: 'a dateline later than the metadata, on a page that names no update, may be the update: worth a look',
      text: 'June 16, 2024\n\nThe bridge reopened on Sunday.',
      published: '2024-01-01',
      findings: [
        {
          messageId: 'datelineAfterMetadata',
          severity: 'low',
          evidence: ['June 16, 2024', '2024-01-01'],
          data: { days: 167 },
          roles: ['claim', 'reference'],
        },
      ],
    },
    {
      name: 'a dateline later than the metadata is a conflict when the page names its update otherwise',
      text: 'June 16, 2024\n\nThe bridge reopened on Sunday.',
      published: '2024-01-01',
      modified: '2024-01-03',
      findings: [{ messageId: 'visibleDatesDisagree', severity: 'high', evidence: ['June 16, 2024', '2024-01-01'] }],
    },
    {
      name: 'update before publication',
      text: 'Published: 12 June 2022\n\nUpdated: 2 May 2022\n\nThe bridge reopened on Sunday.',
      findings: [
        {
          messageId: 'updatedBeforePublished',
          severity: 'medium',
          evidence: ['Updated: 2 May 2022', 'Published: 12 June 2022'],
          data: { updated: 'May 2, 2022', source: 'at the top of the article' },
          roles: ['claim', 'reference'],
        },
      ],
    },
    {
      name: 'metadata that disagrees only with other metadata is worth a look, no more',
      text: 'The bridge reopened on Sunday.',
      published: '2022-06-12',
      metadata: {
        dates: [{ value: '2021-01-04', kind: 'published', source: 'json-ld', text: '2021-01-04T08:00:00Z' }],
      },
      findings: [
        {
          messageId: 'metadataDatesDisagree',
          severity: 'low',
          evidence: ['2021-01-04T08:00:00Z', '2022-06-12'],
          data: { count: 2, listed: 'January 4, 2021 (in the page’s data) and June 12, 2022 (in the page’s data)' },
        },
      ],
    },
    {
      name: 'a dateline repeated lower down is highlighted where it stands at the top',
      text:
        'Posted on 4 October 2020\n\nThe bridge reopened on Sunday.\n\nPublished: 12 June ' +
        '2022\n\nThe council said: Posted on 4 October 2020 is wrong.',
      findings: [
        {
          messageId: 'visibleDatesDisagree',
          severity: 'high',
          evidence: ['Posted on 4 October 2020', 'Published: 12 June 2022'],
        },
      ],
    },
  ],
});

describe('date-conflict evidence', () => {
  it('a dateline carries its offsets from extraction: the copy at the top, not a later one', () => {
    const c = {
      text:
        'Posted on 4 October 2020\n\nThe bridge reopened on Sunday.\n\nPublished: 12 June ' +
        '2022\n\nThe council said: Posted on 4 October 2020 is wrong.',
    };
    const { drafts } = runCheck(dateConflict, c);
    expect(drafts[0]!.evidence.map((e) => [e.text, e.start])).toEqual([
      ['Posted on 4 October 2020', 0],
      ['Published: 12 June 2022', c.text.indexOf('Published')],
    ]);
  });
});
