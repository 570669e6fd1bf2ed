/**
 * FNV-1a over UTF-16 code units, twice with different offsets: 64 bits, no crypto API needed (http pages have
 * none). The extension stores dismissed findings by it, so it must not change; the engine tells knowledge packs
 * apart by it.
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
