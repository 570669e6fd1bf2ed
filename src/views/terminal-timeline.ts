import type { Clock, ClockPoint } from '../engine/report/schema.js';
import { dayOf } from '../engine/time/calendar.js';
import { domainOf, formatSpanOfDays, pointDays, position, yearTicks, type Domain } from './timeline-geometry.js';

type Paint = (text: string, ...styles: Array<'red' | 'yellow' | 'cyan' | 'dim' | 'bold'>) => string;

const WIDTH = 64;
const MAX_DATES_LISTED = 30;

export const GLYPHS: Record<ClockPoint['kind'], string> = {
  published: '▼',
  modified: '▽',
  date: '•',
  implied: '→',
  forecast: '◇',
  office: '▬',
  calendar: '◦',
};
const KIND_NAMES: Record<ClockPoint['kind'], string> = {
  published: 'published',
  modified: 'updated',
  date: 'date',
  implied: 'implied',
  forecast: 'forecast',
  office: 'office',
  calendar: 'calendar',
};
/** Later layers win a shared column: the publication date and the claims matter more than plain dates. */
const LAYER: Record<ClockPoint['kind'], number> = {
  date: 0,
  calendar: 1,
  office: 1,
  forecast: 2,
  implied: 3,
  modified: 4,
  published: 5,
};

/** The article's clock as terminal lines: an axis, the estimate band, and each point with what it says. */
export function formatTimeline(clock: Clock, paint: Paint): string[] {
  const lines = [paint('Timeline', 'bold')];
  const domain = domainOf(clock);
  if (!domain) return [...lines, paint('  No dates in the text.', 'dim')];
  lines.push(...axis(clock, domain, paint));
  lines.push(...verdict(clock, paint));
  const dates = clock.points.filter((p) => p.kind === 'date');
  const shownDates = new Set(dates.slice(0, MAX_DATES_LISTED));
  for (const p of clock.points) {
    if (p.kind === 'date' && !shownDates.has(p)) continue;
    const when = formatSpanOfDays(p.from, p.to).padEnd(25);
    const note =
      p.kind === 'date' && p.bound === 'after'
        ? paint(' (narrated as past)', 'dim')
        : p.kind === 'forecast' && p.bound === null
          ? paint(' (reported)', 'dim')
          : '';
    const style = p.kind === 'published' || p.kind === 'modified' ? 'yellow' : p.kind === 'date' ? 'dim' : 'cyan';
    lines.push(`  ${when} ${paint(`${GLYPHS[p.kind]} ${KIND_NAMES[p.kind].padEnd(9)}`, style)} ${p.label}${note}`);
  }
  if (dates.length > shownDates.size) lines.push(paint(`  … and ${dates.length - shownDates.size} more dates`, 'dim'));
  return lines;
}

function axis(clock: Clock, domain: Domain, paint: Paint): string[] {
  const ticks = yearTicks(domain, 8);
  const labels = Array<string>(WIDTH + 6).fill(' ');
  const rule = Array<string>(WIDTH + 1).fill('─');
  for (const y of ticks) {
    const x = Math.round(position(dayOf(y, 1, 1), domain, WIDTH));
    rule[x] = '┼';
    String(y)
      .split('')
      .forEach((c, i) => (labels[x + i] = c));
  }
  const marks = Array<string>(WIDTH + 1).fill(' ');
  const layer = Array<number>(WIDTH + 1).fill(-1);
  if (clock.estimated) {
    const e = pointDays(clock.estimated);
    for (let x = Math.round(position(e.from, domain, WIDTH)); x <= Math.round(position(e.to, domain, WIDTH)); x++)
      marks[x] = '▒';
  }
  for (const p of clock.points) {
    const d = pointDays(p);
    const x = Math.round(position((d.from + d.to) / 2, domain, WIDTH));
    if (LAYER[p.kind] < layer[x]!) continue;
    layer[x] = LAYER[p.kind];
    marks[x] = GLYPHS[p.kind];
  }
  return [`  ${labels.join('').trimEnd()}`, `  ${paint(rule.join(''), 'dim')}`, `  ${marks.join('').trimEnd()}`];
}

function verdict(clock: Clock, paint: Paint): string[] {
  const e = clock.estimated;
  if (!e) return [paint('  Too few time claims to estimate when the text was written.', 'dim')];
  const lines = [
    `  ${paint('▒', 'cyan')} Written, by its own time claims: ${formatSpanOfDays(e.from, e.to)} ` +
      `(${e.agreeing} of ${e.claims} claims agree)`,
  ];
  const outside = new Map<string, string[]>();
  for (const p of clock.points) {
    if (p.kind !== 'published' || (p.from >= e.from && p.from <= e.to)) continue;
    outside.set(p.from, [...(outside.get(p.from) ?? []), p.evidence.sentence]);
  }
  for (const [day, sources] of outside) {
    const side = day > e.to ? 'after' : 'before';
    lines.push(paint(`  The publication date ${day} (${sources.join(', ')}) falls ${side} that period.`, 'yellow'));
  }
  return lines;
}
