/**
 * Lower case without diacritics or typographic variants, one UTF-16 unit for one: "Erdoğan" and
 * "Erdogan", "Zelenskyy’s" and "zelenskyy's" fold alike, and an offset in the folded text is an
 * offset in the original, so a match found on it quotes the article as written.
 */
const SAME: Record<string, string> = { '’': "'", '‘': "'", 'ʼ': "'", '‐': '-', '‑': '-', '–': '-', '—': '-', '\u00a0': ' ' };

export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    if (c.length !== 1) {
      out += c;
      continue;
    }
    const mapped = SAME[c];
    if (mapped) {
      out += mapped;
      continue;
    }
    // The first unit of the decomposition is the base letter ("ğ" is "g" and a breve).
    const lower = c.normalize('NFD')[0]!.toLowerCase();
    out += lower.length === 1 ? lower : c;
  }
  return out;
}

/** A phrase as a pattern over folded text: spaces and hyphens stand for any run of them, regex characters are literal. */
export function phraseSource(phrase: string): string {
  return fold(phrase)
    .trim()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[\\s-]+');
}
