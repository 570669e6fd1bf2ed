import { dateConflict } from '../../src/engine/checks/date-conflict.js';
import { describe, expect, it } from 'vitest';
import { ruleTester, runCheck } from '../helpers/rule-tester.js';

ruleTester(dateConflict, {
  valid: [
    { name: 'the visible date is the update the metadata names', text: 'November 12, 2018\n\nThe recipe was first posted in the autumn.', published: '2018-10-07', modified: '2018-11-12' },
    { name: 'one dateline', text: 'Published: 12 June 2022\n\nThe bridge reopened on Sunday.' },
    { name: 'dateline and metadata agree within a day', text: 'June 12, 2022\n\nThe bridge reopened on Sunday.', published: '2022-06-13' },
    { name: 'a reviewed date is not a publication date', text: 'Published: 12 June 2022\n\nMedically reviewed on 3 March 2024\n\nThe clinic reopened on Sunday.' },
    { name: 'update after publication', text: 'Published: 12 June 2022\n\nUpdated: 14 June 2022\n\nThe bridge reopened on Sunday.' },
    { name: 'a date in the body is not a dateline', text: 'Published: 12 June 2022\n\nThe bridge first opened on 4 October 1960.' },
    { name: 'the day a republished story first ran', text: 'Published: 12 June 2022\n\nThis story was originally published on March 3, 2015.\n\nThe bridge reopened on Sunday.', published: '2022-06-12' },
  ],
  invalid: [
    {
      name: 'metadata alone says it was updated before publication: worth a look, no more',
      text: 'The bridge reopened on Sunday.',
      published: '2014-06-21',
      modified: '2014-06-17',
      findings: [{ messageId: 'updatedBeforePublished', severity: 'low', evidence: ['2014-06-17', '2014-06-21'] }],
    },
    {
      name: 'two visible datelines',
      text: 'Published: 12 June 2022\n\nHarbour bridge reopens\n\nPosted on 4 October 2020\n\nThe bridge reopened on Sunday.',
      findings: [{ messageId: 'visibleDatesDisagree', severity: 'high', evidence: ['Published: 12 June 2022', 'Posted on 4 October 2020'], data: { count: 2, days: 616 }, roles: ['-', '-'] }],
    },
    {
      name: 'dateline against metadata',
      text: 'January 1, 2024\n\nThe bridge reopened on Sunday.',
      published: '2024-06-16',
      findings: [{ messageId: 'visibleDatesDisagree', severity: 'high', evidence: ['January 1, 2024', '2024-06-16'], data: { days: 167 }, roles: ['claim', 'reference'] }],
    },
    {
      name: 'a dateline a few days from the metadata may be an update it shows: likely, not proven',
      text: 'June 3, 2024\n\nThe bridge reopened on Sunday.',
      published: '2024-06-10',
      findings: [{ messageId: 'visibleDatesDisagree', severity: 'medium', evidence: ['June 3, 2024', '2024-06-10'], data: { days: 7 } }],
    },
    {
      name: 'two visible dates eight days apart are high',
      text: 'Published: 2 June 2022\n\nHarbour bridge reopens\n\nPosted on 10 June 2022\n\nThe bridge reopened on Sunday.',
      findings: [{ messageId: 'visibleDatesDisagree', severity: 'high', evidence: ['Published: 2 June 2022', 'Posted on 10 June 2022'], data: { days: 8 } }],
    },
    {
      name: 'a dateline later than the metadata, on a page that names no update, may be the update: worth a look',
      text: 'June 16, 2024\n\nThe bridge reopened on Sunday.',
      published: '2024-01-01',
      findings: [{ messageId: 'datelineAfterMetadata', severity: 'low', evidence: ['June 16, 2024', '2024-01-01'], data: { days: 167 }, roles: ['claim', 'reference'] }],
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
      findings: [{ messageId: 'updatedBeforePublished', severity: 'medium', evidence: ['Updated: 2 May 2022', 'Published: 12 June 2022'], data: { updated: 'May 2, 2022', source: 'at the top of the article' }, roles: ['claim', 'reference'] }],
    },
    {
      name: 'metadata that disagrees only with other metadata is worth a look, no more',
      text: 'The bridge reopened on Sunday.',
      published: '2022-06-12',
      metadata: { dates: [{ value: '2021-01-04', kind: 'published', source: 'json-ld', text: '2021-01-04T08:00:00Z' }] },
      findings: [{ messageId: 'metadataDatesDisagree', severity: 'low', evidence: ['2021-01-04T08:00:00Z', '2022-06-12'], data: { count: 2, listed: 'January 4, 2021 (in the page’s data) and June 12, 2022 (in the page’s data)' } }],
    },
    {
      name: 'a dateline repeated lower down is highlighted where it stands at the top',
      text: 'Posted on 4 October 2020\n\nThe bridge reopened on Sunday.\n\nPublished: 12 June 2022\n\nThe council said: Posted on 4 October 2020 is wrong.',
      findings: [{ messageId: 'visibleDatesDisagree', severity: 'high', evidence: ['Posted on 4 October 2020', 'Published: 12 June 2022'] }],
    },
  ],
});

describe('date-conflict evidence', () => {
  it('a dateline carries its offsets from extraction: the copy at the top, not a later one', () => {
    const c = { text: 'Posted on 4 October 2020\n\nThe bridge reopened on Sunday.\n\nPublished: 12 June 2022\n\nThe council said: Posted on 4 October 2020 is wrong.' };
    const { drafts } = runCheck(dateConflict, c);
    expect(drafts[0]!.evidence.map((e) => [e.text, e.start])).toEqual([
      ['Posted on 4 October 2020', 0],
      ['Published: 12 June 2022', c.text.indexOf('Published')],
    ]);
  });
});
