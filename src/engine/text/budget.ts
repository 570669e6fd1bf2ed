/**
 * The paragraphs an audit of at most `maxChars` characters reads: the text from its start, in
 * order, as far as the budget goes. The paragraph that crosses the budget is read up to its last
 * sentence end before it (or its last space, in a paragraph with no sentence end there), so that a
 * giant paragraph is audited as far as the budget goes rather than not at all; what follows is
 * left out, and the report says how much. The article text read is then the start of the text the
 * whole page would give (`layOut`), which is how the extension maps it back onto the page.
 * The same array when everything fits.
 */
export function keepWithin(paragraphs: string[], maxChars: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (const p of paragraphs) {
    if (used + p.length > maxChars) {
      const part = p.slice(0, cutBefore(p, maxChars - used));
      if (part.trim()) out.push(part);
      return out;
    }
    out.push(p);
    used += p.length + 2;
  }
  return paragraphs;
}

/** How far back from the budget's end a sentence end is looked for. */
const LOOK_BACK = 10_000;
/** A sentence end seen by the white space after it, or a full-width one, which needs none (Chinese, Japanese). */
const SENTENCE_END = /[.!?…]['"”’)\]]*(?=\s)|[。！？]/g;

/**
 * The length of the longest start of `p` within `room` that ends at a sentence end, else at a
 * space, else anywhere but inside a character.
 */
function cutBefore(p: string, room: number): number {
  if (room <= 0) return 0;
  const from = Math.max(0, room - LOOK_BACK);
  // One character past the room: a sentence end is seen by the white space after it.
  const stretch = p.slice(from, room + 1);
  let cut = -1;
  for (const m of stretch.matchAll(SENTENCE_END)) {
    const end = from + m.index + m[0].length;
    if (end <= room) cut = end;
  }
  if (cut > 0) return cut;
  for (let i = Math.min(room, p.length - 1); i > 0; i--) if (/\s/.test(p[i]!)) return i;
  return /[\uDC00-\uDFFF]/.test(p[room] ?? '') ? room - 1 : room;
}
