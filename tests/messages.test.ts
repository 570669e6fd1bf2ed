import { describe, expect, it } from 'vitest';
import { audit } from './helpers/audit.js';
import { AuditReplySchema, parseRequest } from '../src/extension/messages.js';
import { extractPage, testPages } from './helpers/pages.js';
import { parseSettings } from '../src/extension/settings.js';

describe('messages between the extension’s parts', () => {
  it('accepts the requests it knows', () => {
    expect(parseRequest({ type: 'telltale:audit', disabled: ['elapsed-time'] })).toEqual({
      type: 'telltale:audit',
      disabled: ['elapsed-time'],
    });
    expect(parseRequest({ type: 'telltale:clear' })).toEqual({ type: 'telltale:clear' });
    expect(parseRequest({ type: 'telltale:reveal-point', index: 3 })).toEqual({
      type: 'telltale:reveal-point',
      index: 3,
    });
  });
  it.each([
    null,
    'telltale:audit',
    { type: 'telltale:audit' },
    { type: 'telltale:audit', disabled: ['rm -rf'] },
    { type: 'telltale:reveal', findingId: 'x'.repeat(1000) },
    { type: 'telltale:reveal-point', index: -1 },
    { type: 'telltale:reveal-point', index: 1.5 },
    { type: 'telltale:reveal-point', index: '2' },
    { type: 'something-else' },
  ])('rejects %j', (message) => {
    expect(parseRequest(message)).toBeNull();
  });
  it('reads stored settings defensively', () => {
    expect(parseSettings({ disabled: ['repeated-text'] })).toEqual(['repeated-text']);
    expect(parseSettings({ disabled: 'everything' })).toEqual([]);
    expect(parseSettings(undefined)).toEqual([]);
  });
});

describe('the audit reply, as the popup receives it from the page', () => {
  const page = testPages().find((p) => p.name === 'repeated-paragraph')!;
  const report = audit(extractPage(page));
  const reply = {
    ok: true,
    report,
    highlighted: [report.findings[0]!.id],
    pointsOnPage: [],
    pageMs: 12,
    changed: false,
    found: { nodes: 0, aligned: 5, missing: 0 },
  };
  /** The reply as parsed JSON, edited freely. */
  type Json = ReturnType<typeof JSON.parse>;
  /** The reply with one part replaced, as a page posting its own messages, or a broken build, might send it. */
  const tampered = (edit: (r: Json) => void) => {
    const copy = JSON.parse(JSON.stringify(reply));
    edit(copy);
    return copy;
  };

  it('accepts a real report after the trip through the messaging (JSON)', () => {
    expect(AuditReplySchema.parse(JSON.parse(JSON.stringify(reply)))).toEqual(reply);
  });

  it.each([
    ['a check that does not exist', (r: Json) => (r.report.findings[0].check = 'made-up-check')],
    ['a severity that does not exist', (r: Json) => (r.report.findings[0].severity = 'critical')],
    ['a negative offset', (r: Json) => (r.report.findings[0].evidence[0].start = -4)],
    ['an offset that is not a whole number', (r: Json) => (r.report.findings[0].evidence[0].end = 10.5)],
    ['an offset given as text', (r: Json) => (r.report.findings[0].evidence[0].start = '12')],
    ['a date that is not a day', (r: Json) => (r.report.dates[0].value = 'March 8')],
    ['no clock', (r: Json) => delete r.report.clock],
    ['no errors list', (r: Json) => delete r.report.errors],
    ['a count of paragraphs found that is negative', (r: Json) => (r.found.aligned = -1)],
    ['no word on whether the page changed', (r: Json) => delete r.changed],
  ])('rejects a reply with %s', (_what, edit) => {
    expect(AuditReplySchema.safeParse(tampered(edit)).success).toBe(false);
  });
});
