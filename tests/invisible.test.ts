import { describe, expect, it } from 'vitest';
import { INVISIBLE, visibleText } from '../src/engine/text/invisible.js';
import { extractText } from '../src/extract/text.js';
import type { Evidence } from '../src/engine/report/schema.js';
import { audit } from './helpers/audit.js';

/**
 * Issue 25, item 14: a character that shows nothing, put inside a date, must not hide the date
 * from the checks. Every character INVISIBLE names is tried, alone, in a weekday that does not
 * fit its date and in a date that does not exist; the evidence is the text as written.
 */
const codes = (from: number, to = from) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const NAMED = [
  ...codes(0xad), // soft hyphen
  ...codes(0x61c), // Arabic letter mark
  ...codes(0x180e), // Mongolian vowel separator
  ...codes(0x200b, 0x200f), // zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
  ...codes(0x202a, 0x202e), // directional embeddings and overrides
  ...codes(0x2060, 0x2064), // word joiner, invisible operators
  ...codes(0x2066, 0x206f), // directional isolates, deprecated format characters
].map((c) => String.fromCodePoint(c));

describe('dates read through characters that show nothing', () => {
  it('INVISIBLE names exactly these characters', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => INVISIBLE.test(c));
    expect(all).toEqual(NAMED);
  });

  const named = NAMED.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]);
  it.each(named)('%s inside a date', (_, c) => {
    const text = `Harbour vote\n\nThe board met on Monday, March${c} 7, 2023 to open it April 3${c}1, 2023.`;
    const report = audit(extractText(text, 'x'), { date: '2023-03-08' });
    const weekday = report.findings.find((f) => f.check === 'weekday-mismatch');
    const invalid = report.findings.find((f) => f.check === 'invalid-date');
    expect(weekday?.evidence[0]!.text).toBe(`Monday, March${c} 7, 2023`);
    expect(invalid?.evidence[0]!.text).toBe(`April 3${c}1, 2023`);
  });

  it('and spans of time through them', () => {
    const text = 'Harbour\n\nThe drought began in June 2021. They recall the drought 18\u200B months ago.';
    const report = audit(extractText(text, 'x'), { date: '2024-03-08' });
    const found = report.findings.map((f) => [f.check, f.evidence[0]!.text]);
    expect(found).toEqual([['elapsed-time', '18\u200B months ago']]);
    expect(report.clock.points.map((p) => p.label)).toContain('18\u200B months ago from June 2021');
  });

  it('maps what it finds back onto the text as written', () => {
    const v = visibleText('a\u200Bb\u200E\u200Fc')!;
    expect(v.text).toBe('abc');
    expect([v.start(0), v.start(1), v.start(2), v.start(3)]).toEqual([0, 2, 5, 6]);
    expect([v.end(0), v.end(1), v.end(2), v.end(3)]).toEqual([0, 1, 3, 6]);
    expect(visibleText('nothing hidden here')).toBeNull();
  });

  it('leaves a report on text without them as it was, offsets and all', () => {
    const text = 'Harbour vote\n\nThe board met on Monday, March 7, 2023 in the hall.';
    const plain = audit(extractText(text, 'x'), { date: '2023-03-08' });
    const hidden = audit(extractText(text.replace('March 7', 'March\u200D 7'), 'x'), { date: '2023-03-08' });
    const evidence = (r: typeof plain) => r.findings.find((f) => f.check === 'weekday-mismatch')!.evidence[0]!;
    const [a, b] = [evidence(plain), evidence(hidden)] as [Evidence, Evidence];
    expect(b.start).toBe(a.start);
    expect(b.end).toBe(a.end! + 1);
  });
});
