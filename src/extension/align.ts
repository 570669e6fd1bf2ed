/**
 * Places the article's paragraphs, in order, on the page's flattened text (one line per block),
 * for the paragraphs whose text nodes could not be followed back to the page (Readability
 * parsed a fresh copy). Returns each paragraph's start in `page`, or -1 where it is not there.
 *
 * A text search alone puts every copy of a repeated paragraph on its first copy, and a sentence
 * on the first place it appears (a standfirst, a teaser). Here the paragraphs found exactly once
 * on the page anchor the rest, the others are placed in order between the anchors, and a
 * paragraph is found as a whole block before it is found inside one.
 */
export function alignParagraphs(page: string, paragraphs: readonly string[]): number[] {
  const find = occurrencesIn(page);
  const at = paragraphs.map(() => -1);
  const copiesInArticle = new Map<string, number>();
  for (const p of paragraphs) copiesInArticle.set(p, (copiesInArticle.get(p) ?? 0) + 1);

  // Anchors: once in the article and once on the page, kept only where they keep their order.
  const anchors = longestIncreasing(
    paragraphs.flatMap((p, i) => {
      const found = find(p);
      return copiesInArticle.get(p) === 1 && found.length === 1 ? [{ index: i, at: found[0]! }] : [];
    }),
  );
  for (const a of anchors) at[a.index] = a.at;

  // Before the first anchor, the copies nearest to it (a standfirst or teaser stands above the
  // body); after an anchor, the next copies in order, up to the next anchor.
  const first = anchors[0];
  if (first) {
    let limit = first.at;
    for (let i = first.index - 1; i >= 0; i--) {
      const p = paragraphs[i]!;
      const found = last(find(p), limit - p.length);
      if (found === -1) continue;
      at[i] = found;
      limit = found;
    }
  }
  const bounds = [...anchors, { index: paragraphs.length, at: page.length }];
  let from = first ? first.at + paragraphs[first.index]!.length : 0;
  for (let i = first ? first.index + 1 : 0, b = first ? 1 : 0; i < paragraphs.length; i++) {
    const bound = bounds[b]!;
    if (i === bound.index) {
      from = bound.at + paragraphs[i]!.length;
      b++;
      continue;
    }
    const p = paragraphs[i]!;
    const found = next(find(p), from);
    if (found === -1 || found + p.length > bound.at) continue;
    at[i] = found;
    from = found + p.length;
  }
  return at;
}

/** Enough places for any paragraph worth placing; a one-word line may be everywhere on a big page. */
const MAX_PLACES = 10_000;

/**
 * Where a paragraph stands on the page, sorted: the blocks that are exactly it when there are
 * any; otherwise every place it appears inside a block; otherwise every place it appears with
 * the page's line breaks read as spaces (a block the page splits and Readability did not).
 */
function occurrencesIn(page: string): (p: string) => number[] {
  const lines = new Map<string, number[]>();
  let start = 0;
  for (const line of page.split('\n')) {
    if (line) {
      const list = lines.get(line);
      if (list) list.push(start);
      else lines.set(line, [start]);
    }
    start += line.length + 1;
  }
  let oneLine: string | null = null;
  const known = new Map<string, number[]>();
  const all = (text: string, p: string) => {
    const out: number[] = [];
    for (let i = text.indexOf(p); i !== -1 && out.length < MAX_PLACES; i = text.indexOf(p, i + 1)) out.push(i);
    return out;
  };
  return (p) => {
    let found = known.get(p);
    if (found) return found;
    found = lines.get(p) ?? (p ? all(page, p) : []);
    if (!found.length && p) found = all((oneLine ??= page.replace(/\n/g, ' ')), p);
    known.set(p, found);
    return found;
  };
}

/** The first position at or after `from`, or -1. */
function next(sorted: number[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : -1;
}

/** The last position at or before `limit`, or -1. */
function last(sorted: number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1]! : -1;
}

/** The longest run of anchors whose page positions rise with their order in the article. */
function longestIncreasing<T extends { at: number }>(items: T[]): T[] {
  const tails: number[] = [];
  const previous: number[] = [];
  for (let i = 0; i < items.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[tails[mid]!]!.at < items[i]!.at) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  }
  const out: T[] = [];
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i !== -1; i = previous[i]!) out.push(items[i]!);
  return out.reverse();
}
