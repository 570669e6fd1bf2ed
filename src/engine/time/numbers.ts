/** Number words as news prose writes them: "11", "eleven", "twenty-two", "a", "a dozen". */
const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const small = Object.keys(SMALL)
  .filter((w) => w !== 'a' && w !== 'an')
  .join('|');
const tens = Object.keys(TENS).join('|');

/** Matches one number written as digits or words (no leading article: callers add their own). */
export const NUMBER_SOURCE =
  `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|(?:${tens})(?:[- ` +
  `](?:one|two|three|four|five|six|seven|eight|nine))?|(?:${small})|(?:a|one) hundred)`;

export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().trim();
  if (/^\d/.test(t)) {
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (/^(?:a|one) hundred$/.test(t)) return 100;
  if (t in SMALL) return SMALL[t]!;
  const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(t);
  if (m && m[1]! in TENS) {
    const unit = m[2] ? SMALL[m[2]] : 0;
    return unit === undefined ? null : TENS[m[1]!]! + unit;
  }
  return null;
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  seventy: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
};

export const ORDINAL_SOURCE =
  `(?:\\d{1,3}(?:st|nd|rd|th)|(?:(?:${tens})[- ` + `])?(?:${Object.keys(ORDINAL_WORDS).join('|')}))`;

export function parseOrdinal(text: string): number | null {
  const t = text.toLowerCase().trim();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  const m = /^(?:([a-z]+)[- ])?([a-z]+)$/.exec(t);
  if (!m) return null;
  const last = ORDINAL_WORDS[m[2]!];
  if (last === undefined) return null;
  if (!m[1]) return last;
  const ten = TENS[m[1]];
  return ten === undefined ? null : ten + last;
}
