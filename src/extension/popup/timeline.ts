import { domainOf, formatSpanInWords, pointDays, position, yearTicks } from '../../views/timeline-geometry.js';
import type { Domain } from '../../views/timeline-geometry.js';
import { dayInWords } from '../../views/date-words.js';
import { listInWords } from '../../views/reading.js';
import type { Clock, ClockPoint } from '../../engine/report/schema.js';
import { dayOf } from '../../engine/time/calendar.js';
import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 392;
const PAD = 18;
const ROW = { band: 6, implied: 30, office: 40, forecast: 50, date: 68, axis: 84 } as const;
const HEIGHT = ROW.axis + 20;
const KIND_NAMES: Record<ClockPoint['kind'], string> = {
  published: 'Published',
  modified: 'Updated',
  date: 'Date in the text',
  implied: 'Implied by a claim',
  forecast: 'Forecast about',
  office: 'Office held',
  calendar: 'Day without its year',
};

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: Node[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

const title = (text: string) => {
  const t = svg('title', {});
  t.textContent = text;
  return t;
};

/**
 * The article's clock as a picture: publication dates as tall markers, dates as dots, implied
 * dates as arrows from the date a claim counts from to where it lands, forecasts as the period
 * they look ahead to, and the writing period the text implies as a band. Each point that comes
 * from a sentence on the page shows it there when hovered, focused or clicked.
 */
export function timelineView(
  clock: Clock,
  onPage: Set<number>,
  onReveal: (index: number) => void,
  oldText: string | null = null,
): HTMLElement | null {
  const domain = domainOf(clock);
  if (!domain) return null;
  const x = (day: number) => PAD + position(day, domain, WIDTH - 2 * PAD);
  const figure = el('figure', { className: 'timeline' });
  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: WIDTH,
    height: HEIGHT,
    role: 'group',
    'aria-label': 'Timeline of the dates in the article',
  });
  chart.append(
    svg(
      'defs',
      {},
      svg(
        'marker',
        {
          id: 'tt-arrow',
          viewBox: '0 0 6 6',
          refX: 5,
          refY: 3,
          markerWidth: 6,
          markerHeight: 6,
          orient: 'auto-start-reverse',
        },
        svg('path', { d: 'M0,0 L6,3 L0,6 z', class: 'arrowhead' }),
      ),
    ),
  );

  const e = clock.estimated;
  if (e) {
    const d = pointDays(e);
    const x0 = x(d.from);
    const band = {
      class: 'band',
      x: x0,
      y: ROW.band,
      width: Math.max(3, x(d.to + 1) - x0),
      height: ROW.axis - ROW.band,
      rx: 2,
    };
    chart.append(svg('rect', band, title(`Written, by its own time claims: ${formatSpanInWords(e.from, e.to)}`)));
  }
  chart.append(...axis(domain, x));

  clock.points.forEach((p, i) => {
    const g = svg('g', { class: `point ${p.kind}`, 'data-kind': p.kind, 'data-index': i });
    const label = `${KIND_NAMES[p.kind]}: ${formatSpanInWords(p.from, p.to)}, ${p.label}`;
    g.append(title(label), ...shape(p, domain, x));
    if (onPage.has(i)) {
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', `${label}. Show on the page`);
      g.classList.add('on-page');
      let timer: ReturnType<typeof setTimeout> | undefined;
      g.addEventListener('mouseenter', () => (timer = setTimeout(() => onReveal(i), 150)));
      g.addEventListener('mouseleave', () => clearTimeout(timer));
      g.addEventListener('click', () => onReveal(i));
      g.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          onReveal(i);
        }
      });
    }
    chart.append(g);
  });
  figure.append(chart, caption(clock, oldText), legend());
  return figure;
}

function axis(domain: Domain, x: (day: number) => number): SVGElement[] {
  const out: SVGElement[] = [
    svg('line', { class: 'axis', x1: x(domain.from), x2: x(domain.to + 1), y1: ROW.axis, y2: ROW.axis }),
  ];
  for (const year of yearTicks(domain, 7)) {
    const at = x(dayOf(year, 1, 1));
    out.push(svg('line', { class: 'tick', x1: at, x2: at, y1: ROW.axis - 3, y2: ROW.axis + 3 }));
    const label = svg('text', { class: 'year', x: at, y: ROW.axis + 15, 'text-anchor': 'middle' });
    label.textContent = String(year);
    out.push(label);
  }
  return out;
}

function shape(p: ClockPoint, domain: Domain, x: (day: number) => number): SVGElement[] {
  const d = pointDays(p);
  const mid = (d.from + d.to) / 2;
  const outside = d.to < domain.from || d.from > domain.to;
  const cls = outside ? ' outside' : '';
  switch (p.kind) {
    case 'published':
    case 'modified':
      return [
        svg('line', { class: `marker${cls}`, x1: x(mid), x2: x(mid), y1: ROW.band, y2: ROW.axis }),
        svg('path', {
          class: `marker-head${cls}`,
          d: `M${x(mid) - 5},${ROW.band - 4} L${x(mid) + 5},${ROW.band - 4} L${x(mid)},${ROW.band + 4} z`,
        }),
      ];
    // A day the text fits without naming its year ("Tuesday, March 3", a dateline): drawn as a date.
    case 'calendar':
    case 'date':
      return [
        svg('circle', { class: `dot${p.bound === 'after' ? ' past' : ''}${cls}`, cx: x(mid), cy: ROW.date, r: 3.5 }),
      ];
    case 'forecast':
      return [
        svg('line', {
          class: `period${cls}`,
          x1: x(d.from),
          x2: Math.max(x(d.from) + 2, x(d.to + 1)),
          y1: ROW.forecast,
          y2: ROW.forecast,
        }),
        svg('path', { class: `diamond${cls}`, d: `M${x(d.to + 1)},${ROW.forecast - 5} l5,5 l-5,5 l-5,-5 z` }),
      ];
    case 'office':
      // A term of office: a bar, open to the right while the term runs.
      return [
        svg('line', {
          class: `tenure${p.bound === 'after' ? ' open' : ''}${cls}`,
          x1: x(d.from),
          x2: Math.max(x(d.from) + 2, x(d.to + 1)),
          y1: ROW.office,
          y2: ROW.office,
        }),
      ];
    case 'implied': {
      const a = pointDays(p.anchor ?? p);
      const from = x((a.from + a.to) / 2);
      const to = x(mid);
      const lift = Math.min(22, 6 + Math.abs(to - from) / 4);
      return [
        svg('line', {
          class: 'landing',
          x1: x(d.from),
          x2: Math.max(x(d.from) + 2, x(d.to + 1)),
          y1: ROW.implied,
          y2: ROW.implied,
        }),
        svg('path', {
          class: 'arrow',
          d: `M${from},${ROW.date} Q${(from + to) / 2},${ROW.implied - lift} ${to},${ROW.implied + 2}`,
          'marker-end': 'url(#tt-arrow)',
        }),
      ];
    }
  }
}

/** The picture in words, for a glance and for a screen reader: the estimate and how the dateline sits against it. */
function caption(clock: Clock, oldText: string | null): HTMLElement {
  const e = clock.estimated;
  const cap = el('figcaption');
  if (!e) {
    cap.append(el('span', { className: 'muted', text: 'Too few time claims to estimate when the text was written.' }));
    return cap;
  }
  cap.append(
    el('span', {
      text:
        `Written, by its own time claims: ${formatSpanInWords(e.from, e.to)} (${e.agreeing} ` +
        `of ${e.claims} claims agree).`,
    }),
  );
  const off = [
    ...new Set(
      clock.points.filter((p) => p.kind === 'published' && (p.from < e.from || p.from > e.to)).map((p) => p.from),
    ),
  ];
  const many = off.length > 1;
  const dates = listInWords(off.map((d) => dayInWords(d)));
  const text = `The publication date${many ? 's' : ''} ${dates} fall${many ? '' : 's'} outside it.`;
  if (off.length) cap.append(' ', el('strong', { className: 'disagree', text }));
  // The finding says what the gap means, with the claims it rests on: the caption points to it.
  const see = `${oldText?.split(':')[0]}: see the warning “Old text presented as new”.`;
  if (oldText) cap.append(' ', el('span', { className: 'see-finding', text: see }));
  return cap;
}

function legend(): HTMLElement {
  return el('p', {
    className: 'legend',
    text: '▼ published · ● date · ↷ implied by a claim · ◆ forecast · ━ office held · ▮ written (estimate)',
  });
}
