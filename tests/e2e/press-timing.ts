import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { shared } from './harness.js';

/**
 * The toolbar press to the warnings shown and to the highlights painted, as the popup measures it
 * from its own start (a toolbar popup starts loading when the button is pressed): `paintedMs` when
 * the page answered, its highlights registered (the page draws them at its next frame), and
 * `shownMs` when the findings are in the popup. Used by the end-to-end suite and by `npm run bench`.
 */
export interface PressTimes {
  painted: number;
  shown: number;
}

/** The largest real pages in ../shared, biggest first: the worst case a reader's click meets. */
export function largestSharedPages(count = 3): Array<{ address: string; name: string; mb: number }> {
  return ['realnews', 'realpages']
    .flatMap((set) => {
      const dir = path.join(shared, set);
      return existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.html'))
            .map((f) => ({ set, f, size: statSync(path.join(dir, f)).size }))
        : [];
    })
    .sort((a, b) => b.size - a.size)
    .slice(0, count)
    .map(({ set, f, size }) => ({
      address: `/${set}/${encodeURIComponent(f)}?scripts=none`,
      name: f,
      mb: Math.round(size / 1e4) / 100,
    }));
}

/** Runs in the popup, once it is done. */
export function readPressTimes(): PressTimes {
  const main = document.querySelector('main')!;
  return { painted: Number(main.dataset.paintedMs), shown: Number(main.dataset.shownMs) };
}

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Audits each page `runs` times through `press` and gives the median of each figure per page. */
export async function measurePresses(
  press: (address: string) => Promise<PressTimes>,
  runs = 3,
): Promise<Array<{ name: string; mb: number; painted: number; shown: number }>> {
  const out = [];
  for (const p of largestSharedPages()) {
    const times: PressTimes[] = [];
    for (let i = 0; i < runs; i++) times.push(await press(p.address));
    out.push({
      name: p.name,
      mb: p.mb,
      painted: median(times.map((t) => t.painted)),
      shown: median(times.map((t) => t.shown)),
    });
  }
  return out;
}

export const describePresses = (rows: Awaited<ReturnType<typeof measurePresses>>) =>
  rows
    .map((r) => `${r.name} (${r.mb} MB): highlights painted ${r.painted} ms, warnings shown ${r.shown} ms`)
    .join('; ');
