/**
 * Lower case without diacritics or typographic variants, one UTF-16 unit for one: "Erdoğan" and
 * "Erdogan", "Zelenskyy’s" and "zelenskyy's" fold alike, and an offset in the folded text is an
 * offset in the original, so a match found on it quotes the article as written.
 */
const SAME: Record<string, string> = {
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '‐': '-',
  '‑': '-',
  '–': '-',
  '—': '-',
  '\u00a0': ' ',
};

export function fold(text: string): string {
  // Runs of ASCII, most of any text, only need lower case; other characters go one by one.
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    if (run < i) out += text.slice(run, i).toLowerCase();
    const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    // A character outside the BMP stays as written.
    out += pair ? text.slice(i, i + 2) : foldUnit(text[i]!);
    if (pair) i++;
    run = i + 1;
  }
  return run === 0 ? text.toLowerCase() : out + text.slice(run).toLowerCase();
}

const foldedUnits = new Map<string, string>();
function foldUnit(c: string): string {
  let folded = foldedUnits.get(c);
  if (folded === undefined) {
    // The first unit of the decomposition is the base letter ("ğ" is "g" and a breve).
    const lower = c.normalize('NFD')[0]!.toLowerCase();
    foldedUnits.set(c, (folded = SAME[c] ?? (lower.length === 1 ? lower : c)));
  }
  return folded;
}

/**
 * A phrase as a pattern over folded text: spaces and hyphens stand for any run of them, regex characters are
 * literal.
 */
export function phraseSource(phrase: string): string {
  return fold(phrase)
    .trim()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[\\s-]+');
}
