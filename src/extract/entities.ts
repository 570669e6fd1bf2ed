/**
 * Character references left in text that should hold none: CMSs escape names twice, so that a
 * JSON-LD string or an already-decoded attribute still reads "O&#039;Brien". Decoding is harmless
 * on clean text (a name holds no "&...;") and keeps the apostrophe a regex would cut the name at.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  ccedil: 'ç',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // Twice at most: "&amp;#039;" is an escaped escape.
  let out = text;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++)
    out = out.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, decodeOne);
  return out;
}

function decodeOne(all: string, ref: string): string {
  if (ref[0] === '#') {
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : all;
  }
  return NAMED[ref.toLowerCase()] ?? all;
}
