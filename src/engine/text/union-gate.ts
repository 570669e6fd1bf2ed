/** Groups that refer to each other: numbered back references, and named groups ("\\k<name>" too). */
const REFERS_TO_GROUPS = /\\[1-9k]|\(\?<[A-Za-z]/;
const UNION = '|';

/**
 * One first question for many patterns that no rare word rules out: does the text hold a match of
 * any of them? Their union is sought once, and only a text where it matches is searched with each.
 * Most texts hold none (a page is seldom a chatbot's reply), and one pass of the union costs a
 * third of a pass of each.
 *
 * The union matches wherever one of its patterns does: it is read case-insensitively and line by
 * line, which only widens what each pattern matches. A pattern it could not widen so (flags that
 * change what characters mean, groups that refer to each other by number or name) is left out and
 * always searched.
 */
export function unionGate(patterns: readonly RegExp[]): { mayMatch(re: RegExp): (text: string) => boolean } {
  const joinable = patterns.filter((re) => /^[gim]*$/.test(re.flags) && !REFERS_TO_GROUPS.test(re.source));
  const union = joinable.length ? new RegExp(joinable.map((re) => `(?:${re.source})`).join(UNION), 'im') : null;
  let last: { text: string; holds: boolean } | null = null;
  const holds = (text: string): boolean => {
    if (last?.text !== text) last = { text, holds: union!.test(text) };
    return last.holds;
  };
  const always = () => true;
  return { mayMatch: (re) => (union && joinable.includes(re) ? holds : always) };
}
