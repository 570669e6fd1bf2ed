import { anyOf, wordList } from './alternation.js';

/**
 * Person names in bylines and bios: what counts as a name, and when two spellings are one person
 * (middle names, initials, case and diacritics do not matter; co-authors are separate names).
 */
/** Words of outlets, desks and institutions: a byline with one names no person ("Reuters Staff", "Sports Desk"). */
const OUTLET_WORDS = wordList(`staff desk newsdesk news team editors? editorial reporters? correspondents? press agency
  wire reuters ap afp associated bloomberg times post media group service online daily journal magazine network
  institute bureau contributors? writers? guest admin administrator webmaster sport sports business world politics
  opinion review partner sponsored content bbc cnn ltd inc llc foundation council ministry department university office
  community channel radio tv television gazette herald tribune telegraph guardian observer independent chronicle ledger
  digest weekly monthly`);
/** A web address ends a site's name. (Digits, "@" and "http:" need no rule: a name's words hold only letters.) */
const DOMAINS = wordList('com org net co io');
const OUTLET = String.raw`\b${anyOf(OUTLET_WORDS)}\b`;
const WEB_ADDRESS = String.raw`\.${anyOf(DOMAINS)}\b`;
const NOT_A_PERSON = new RegExp(anyOf([OUTLET, WEB_ADDRESS]), 'i');
/** Particles of surnames, in lower case in a name ("Ludwig van Beethoven"): not one of its named words. */
const PARTICLES = wordList(String.raw`de da del della di du van von der den ter la le bin ibn al el st\.? mc mac y
  dos das`);
const PARTICLE = new RegExp(`^${anyOf(PARTICLES)}$`, 'i');
/** What opens a byline ("Written by:"), and what joins its names. */
const BYLINE_OPENERS = wordList(String.raw`by written\s+by words\s+by story\s+by reporting\s+by text\s+by`);
const BYLINE_OPENER = new RegExp(String.raw`^\s*${anyOf(BYLINE_OPENERS)}\s*:?\s+`, 'i');
const NAME_JOINS = wordList(String.raw`, ; & \band\b \bwith\b`);
const NAME_JOIN = new RegExp(String.raw`\s*${anyOf(NAME_JOINS)}\s*`, 'i');

export function splitAuthors(byline: string): string[] {
  return byline
    .replace(BYLINE_OPENER, '')
    .replace(/\s*[|•·].*$/, '')
    .split(NAME_JOIN)
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
  return x.length === 1 || y.length === 1 || fx === fy || (fx[0] === fy[0] && (fx.length === 1 || fy.length === 1));
}
