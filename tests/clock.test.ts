import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from './helpers/audit.js';
import { PACK } from '../src/engine/knowledge/pack.js';
import { domainOf, formatSpanOfDays } from '../src/views/timeline-geometry.js';
import { estimateWriting, type WritingConstraint } from '../src/engine/clock/estimate.js';
import { formatTimeline } from '../src/views/terminal-timeline.js';
import { extractText } from '../src/extract/text.js';
import type { Clock } from '../src/engine/report/schema.js';

const clockOf = (text: string): Clock => audit(extractText(text, 'clock')).clock;

describe('estimateWriting', () => {
  it('has nothing to say without claims, or with bounds on one side only', () => {
    expect(estimateWriting([])).toBeNull();
    expect(
      estimateWriting([
        { from: 10, to: Infinity },
        { from: 20, to: Infinity },
      ]),
    ).toBeNull();
    expect(estimateWriting([{ from: -Infinity, to: 30 }])).toBeNull();
  });

  it('takes the stretch most claims agree on, not the latest or the widest', () => {
    const e = estimateWriting([
      { from: 100, to: 130 },
      { from: 110, to: 140 },
      { from: -Infinity, to: 200 },
      { from: 400, to: 430 },
    ]);
    expect(e).toEqual({ from: 110, to: 130, agreeing: 3, claims: 4 });
  });

  it('closes an open bound with a claim on the other side', () => {
    expect(
      estimateWriting([
        { from: 50, to: Infinity },
        { from: -Infinity, to: 80 },
      ]),
    ).toEqual({ from: 50, to: 80, agreeing: 2, claims: 2 });
  });

  it('does not join intervals that only touch end to start, and spans a tie between close stretches', () => {
    expect(
      estimateWriting([
        { from: 0, to: 9 },
        { from: 10, to: 19 },
        { from: 5, to: 12 },
      ]),
    ).toEqual({ from: 5, to: 12, agreeing: 2, claims: 3 });
    expect(
      estimateWriting([
        { from: 0, to: 9 },
        { from: 20, to: 29 },
      ]),
    ).toEqual({ from: 0, to: 29, agreeing: 1, claims: 2 });
  });

  it('gives no estimate when the best stretches lie years apart', () => {
    expect(
      estimateWriting([
        { from: 0, to: 9 },
        { from: 4000, to: 4009 },
      ]),
    ).toBeNull();
  });

  it('counts a claim of several stretches once, wherever it holds', () => {
    const weekday = {
      from: 0,
      to: 4000,
      spans: [
        { from: 0, to: 10 },
        { from: 2000, to: 2010 },
        { from: 3990, to: 4000 },
      ],
    };
    expect(estimateWriting([weekday, { from: 1500, to: 2500 }])).toEqual({
      from: 2000,
      to: 2010,
      agreeing: 2,
      claims: 2,
    });
    expect(estimateWriting([weekday])).toBeNull();
  });

  it('narrows an estimate to the days of a yearly claim in it, and to the one it prefers', () => {
    const yearly = (days: number[], preferred?: number) => ({
      occurrences: (from: number, to: number) =>
        days.filter((d) => d >= from && d <= to).map((d) => ({ from: d - 1, to: d + 1 })),
      prefer: preferred === undefined ? undefined : (o: { from: number }) => o.from + 1 === preferred,
    });
    const period = [{ from: 100, to: 900 }];
    expect(estimateWriting(period, [yearly([50, 400, 765])])).toEqual({ from: 399, to: 766, agreeing: 2, claims: 2 });
    expect(estimateWriting(period, [yearly([50, 400, 765], 765)])).toEqual({
      from: 764,
      to: 766,
      agreeing: 2,
      claims: 2,
    });
    // Not there at all: the claim disagrees, and the estimate stands.
    expect(estimateWriting(period, [yearly([50])])).toEqual({ from: 100, to: 900, agreeing: 1, claims: 2 });
  });

  it('agrees with counting day by day (property)', () => {
    const interval = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
      .map(([a, w]): WritingConstraint => ({ from: a, to: a + w }));
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 12 }), (cs) => {
        const e = estimateWriting(cs)!;
        const cover = (d: number) => cs.filter((c) => c.from <= d && d <= c.to).length;
        const best = Math.max(...Array.from({ length: 90 }, (_, d) => cover(d)));
        expect(e.agreeing).toBe(best);
        expect(cover(e.from)).toBe(best);
        expect(cover(e.to)).toBe(best);
        // Every best day, and whole stretches: a claim begins where it begins and one ends where it ends.
        for (let d = 0; d < 90; d++) if (d < e.from || d > e.to) expect(cover(d)).toBeLessThan(best);
        expect(cs.some((c) => c.from === e.from)).toBe(true);
        expect(cs.some((c) => c.to === e.to)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the article clock', () => {
  const dated =
    `Published: March 3, 2025

The ferry service began in May 2019 after two years of planning. Since the strike 14 months ago, no ` +
    `ferry has sailed, union officials said on Tuesday. Ridership is expected to recover well into ` +
    `2023, the operator wrote in its plan.`;

  it('places the publication date, dates, an implied date with its anchor, and a forecast', () => {
    const clock = clockOf(`${dated}\n\nThe strike began in February 2022, shortly after the fare rise.`);
    const kinds = clock.points.map((p) => `${p.kind} ${p.from}`);
    expect(kinds).toContain('published 2025-03-03');
    expect(kinds).toContain('date 2019-05-01');
    expect(kinds).toContain('forecast 2023-01-01');
    const implied = clock.points.find((p) => p.kind === 'implied')!;
    expect(implied.anchor).toEqual({ from: '2022-02-01', to: '2022-02-28' });
    expect(implied.from < '2023-04-30' && implied.to > '2023-04-01').toBe(true);
    expect(implied.evidence.text).toBe('14 months ago');
    expect(implied.label).toBe('14 months ago from February 2022');
  });

  it('estimates the writing period from the text alone, away from the dateline', () => {
    const { estimated } = clockOf(`${dated}\n\nThe strike began in February 2022, shortly after the fare rise.`);
    expect(estimated).not.toBeNull();
    expect(estimated!.from >= '2023-01-01' && estimated!.to <= '2023-12-31').toBe(true);
    expect(estimated!.agreeing).toBe(estimated!.claims);
  });

  it('gives no estimate for a text that only narrates the past', () => {
    const clock = clockOf(
      'The museum opened in June 2011. Its roof was replaced in August 2016, and the new wing opened in 2019.',
    );
    expect(clock.estimated).toBeNull();
    expect(clock.points.filter((p) => p.bound === 'after').length).toBeGreaterThan(0);
  });

  it('leaves a reported forecast out of the estimate', () => {
    const clock = clockOf(
      'In 2019 the mayor said: "The tunnel will be finished by 2021." The tunnel opened in March 2022.',
    );
    const forecast = clock.points.find((p) => p.kind === 'forecast');
    expect(forecast?.bound ?? null).toBeNull();
  });

  it('points at the article text with offsets that name the evidence', () => {
    const input = extractText(dated, 'clock');
    const report = audit(input);
    const text = input.paragraphs.join('\n\n');
    for (const p of report.clock.points) {
      if (p.evidence.start === null) continue;
      expect(text.slice(p.evidence.start, p.evidence.end!)).toBe(p.evidence.text);
    }
  });
});

describe('drawing the clock', () => {
  const plain = (t: string) => t;

  it('says so when the text has no dates', () => {
    const clock = clockOf('The council met and agreed to repair the roof of the library before the winter.');
    expect(domainOf(clock)).toBeNull();
    expect(formatTimeline(clock, plain)).toEqual(['Timeline', '  No dates in the text.']);
  });

  it('keeps old history from squashing the years the claims are about', () => {
    const clock = clockOf(
      'Published: March 3, 2025\n\nThe bridge opened in 1932. Since the storm two years ago, in ' +
        '2023, it has been closed, engineers said.',
    );
    const d = domainOf(clock)!;
    expect(
      formatSpanOfDays(
        new Date(d.from * 864e5).toISOString().slice(0, 10),
        new Date(d.to * 864e5).toISOString().slice(0, 10),
      ),
    ).toBe('2023-01-01 – 2026-12-31');
  });

  it('names spans as precisely as they are', () => {
    expect(formatSpanOfDays('2023-01-01', '2023-12-31')).toBe('2023');
    expect(formatSpanOfDays('2024-02-01', '2024-02-29')).toBe('2024-02');
    expect(formatSpanOfDays('2024-02-14', '2024-02-14')).toBe('2024-02-14');
    expect(formatSpanOfDays('2022-12-02', '2023-03-01')).toBe('2022-12-02 – 2023-03-01');
  });
});

describe('the clock and the knowledge pack', () => {
  const withPack = (text: string): Clock => audit(extractText(text, 'clock'), { knowledge: PACK }).clock;

  it('turns an office-holder named as current into a band, and the band into an estimate', () => {
    const clock = withPack(
      'Secretary of State Antony Blinken, the top U.S. diplomat, said on Tuesday that talks would ' +
        'resume. U.S. Secretary of State Antony Blinken will travel to Kyiv next week.',
    );
    const offices = clock.points.filter((p) => p.kind === 'office');
    // One point per person and office, however often named.
    expect(offices).toHaveLength(1);
    expect(offices[0]).toMatchObject({ from: '2021-01-26', to: '2025-01-20', bound: 'within' });
    expect(offices[0]!.label).toBe('written while Antony Blinken was U.S. secretary of state');
    expect(clock.estimated).toMatchObject({ from: '2021-01-26', to: '2025-01-20' });
  });

  it('bounds the writing from one side only while the term runs', () => {
    const clock = withPack('Ukrainian President Volodymyr Zelenskyy said on Monday that the front was holding.');
    const p = clock.points.find((x) => x.kind === 'office')!;
    expect(p).toMatchObject({ from: '2019-05-20', bound: 'after' });
    expect(clock.estimated).toBeNull();
  });

  it('draws a claim counted from an event the pack dates', () => {
    const clock = withPack(
      'Russian shelling of Kyiv went on. It was the heaviest raid since the full-scale invasion 11 months ago.',
    );
    const implied = clock.points.find((p) => p.kind === 'implied')!;
    expect(implied.anchor).toEqual({ from: '2022-02-24', to: '2022-02-24' });
  });

  it('reads an office-holder acting in the past tense of the story as a term too', () => {
    const clock = withPack('Chancellor Angela Merkel told reporters after the summit that gas storage was full.');
    expect(clock.points.find((p) => p.kind === 'office')).toMatchObject({
      from: '2005-11-22',
      to: '2021-12-08',
      bound: 'within',
    });
    const none = withPack('Angela Merkel, who was chancellor until 2021, told reporters that she was hopeful.');
    expect(none.points.filter((p) => p.kind === 'office')).toEqual([]);
  });

  it('leaves out what the text marks as past or quotes', () => {
    const clock = withPack(
      'Former Prime Minister Boris Johnson said on Thursday he would write a book. "Prime Minister ' +
        'Boris Johnson says hello," she said on Friday.',
    );
    expect(clock.points.filter((p) => p.kind === 'office')).toEqual([]);
  });
});
