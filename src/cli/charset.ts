/**
 * Which encoding a page's bytes are in, decided as a browser decides it (the Encoding and HTML
 * standards): a byte-order mark first, then what the server said (`Content-Type`), then, for
 * HTML, a `<meta charset>` in its first 1,024 bytes; without any of these, the caller's default.
 */
export interface Sniffed {
  /** A label TextDecoder knows, or null when nothing said. */
  encoding: string | null;
  /** How many bytes of byte-order mark to skip. */
  skip: number;
  /** Where the encoding came from, for a warning. */
  from: 'bom' | 'server' | 'meta' | null;
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function sniffEncoding(bytes: Uint8Array, declared: string | undefined, html: boolean): Sniffed {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return { encoding, skip: mark.length, from: 'bom' };
  }
  const server = declared ? labelOf(declared) : null;
  if (server) return { encoding: server, skip: 0, from: 'server' };
  const meta = html ? metaCharset(bytes) : null;
  return meta ? { encoding: meta, skip: 0, from: 'meta' } : { encoding: null, skip: 0, from: null };
}

/** The encoding TextDecoder gives a label, or null for a label it does not know. */
export function labelOf(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** How far into an HTML page a `<meta charset>` counts (the HTML standard's prescan). */
const PRESCAN_BYTES = 1024;
const META = /<meta\b[^>]*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CHARSET_ATTRIBUTE = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i;
const HTTP_EQUIV = /\bhttp-equiv\s*=\s*["']?\s*content-type\b/i;
const CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * The encoding a page declares in its head: `<meta charset="shift_jis">`, or
 * `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`. A page cannot declare
 * UTF-16 this way (its bytes would not read as ASCII to say so): that reads as UTF-8.
 */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(COMMENT, '');
  for (const [tag] of head.matchAll(META)) {
    // Its own charset attribute, not the word inside a content attribute.
    const own = CHARSET_ATTRIBUTE.exec(tag.replace(CONTENT, ''))?.[1];
    const content = HTTP_EQUIV.test(tag) ? CONTENT.exec(tag) : null;
    const declared = content ? (content[1] ?? content[2] ?? content[3] ?? '') : '';
    const label = own ?? CHARSET_ATTRIBUTE.exec(declared)?.[1];
    const encoding = label ? labelOf(label) : null;
    if (!encoding) continue;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  return null;
}
