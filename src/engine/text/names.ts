/**
 * Person names in bylines and bios: what counts as a name, and when two spellings are one person
 * (middle names, initials, case and diacritics do not matter; co-authors are separate names).
 */
const NOT_A_PERSON =
  /\b(?:staff|desk|newsdesk|news|team|editors?|editorial|reporters?|correspondents?|press|agency|wire|reuters|ap|afp|associated|bloomberg|times|post|media|group|service|online|daily|journal|magazine|network|institute|bureau|contributors?|writers?|guest|admin|administrator|webmaster|sport|sports|business|world|politics|opinion|review|partner|sponsored|content|bbc|cnn|ltd|inc|llc|foundation|council|ministry|department|university|office|community|channel|radio|tv|television|gazette|herald|tribune|telegraph|guardian|observer|independent|chronicle|ledger|digest|weekly|monthly)\b|\.(?:com|org|net|co|io)\b|https?:|@|\d/i;
const PARTICLE = /^(?:de|da|del|della|di|du|van|von|der|den|ter|la|le|bin|ibn|al|el|st\.?|mc|mac|y|dos|das)$/i;

export function splitAuthors(byline: string): string[] {
  return byline
    .replace(/^\s*(?:by|written by|words by|story by|reporting by|text by)\s*:?\s+/i, '')
    .replace(/\s*[|•·].*$/, '')
    .split(/\s*(?:,|;|&|\band\b|\bwith\b)\s*/i)
    .map((n) => n.trim().replace(/^by\s+/i, ''))
    .filter(Boolean);
}

/** Two to four capitalised words (particles allowed), and nothing that names an outlet or a desk. */
export function isPersonName(name: string): boolean {
  if (NOT_A_PERSON.test(name)) return false;
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  const named = words.filter((w) => !PARTICLE.test(w));
  return named.length >= 2 && named.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u.test(w));
}

function tokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z\s'-]/g, ' ')
    .split(/\s+/)
    .filter((t) => t && !PARTICLE.test(t));
}

/** Same person: same surname, and first names that agree (one may be an initial or missing a middle name). */
export function sameName(a: string, b: string): boolean {
  const x = tokens(a);
  const y = tokens(b);
  if (!x.length || !y.length) return false;
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  const fx = x[0]!;
  const fy = y[0]!;
  return x.length === 1 || y.length === 1 || fx === fy || fx[0] === fy[0] && (fx.length === 1 || fy.length === 1);
}
