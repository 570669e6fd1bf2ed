import { formatDay, formatPeriod, ymd, type Day, type Period } from '../time/calendar.js';
import { resolveDate } from '../time/dates.js';
import { capIfReported, spanEvidence } from '../check-kit/evidence.js';
import type { Check, CheckMeta, Draft } from '../check-kit/types.js';
import { tailOf } from '../text/tail.js';

const messages = {
  ageAgainstBirth: 'Born {{born}}, the person would be {{expected}} on {{at}}, not {{stated}}.',
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'age-mismatch',
  title: 'Age does not match the birth date',
  description: "A person's stated age disagrees with the birth year or date the article gives.",
  messages,
  languages: ['en'],
};

/**
 * Ways news prose states a person's age now: "Leo Brandt, 29,", "a 29-year-old", "Brandt, aged 29,",
 * "Brandt (29)". Not an age at something past: "left school aged 16", "as a 19-year-old".
 * The name before "aged" and "(29)" is looked for behind the word or bracket once it is found: a
 * look behind at every position read a run of letters back to its start each time (time in the
 * square of the run).
 */
const AGE = new RegExp(
  [
    String.raw`(?:,\s*(\d{1,3})\s*,(?=\s*(?:who|born|a|an|the|was|is|has|had|said|says|from|of|and)\b))`,
    String.raw`(?<!\b(?:as|when|like)\s+an?\s+)\b(\d{1,3})-year-old\b`,
    String.raw`\baged(?<=(?:,|\p{Lu}[\p{L}'’-]+)\s*aged)\s+(\d{1,3})\b`,
    String.raw`\((?<=\p{Lu}[\p{L}'’-]+\s*\()(\d{1,3})\)`,
  ].join('|'),
  'gu',
);
/** Between an age and a birth date, words that bring in someone else: "Jones, 35, and his wife, born in 1992". */
const SOMEONE_ELSE = /\b(?:and|his|her|their|whose|while|but)\b|;/i;
const BORN = /\bborn\s+(?:in\s+|on\s+)?$/i;

/** Completed years between a birth (a day, a month or a year) and a day: the lowest and highest possible. */
export function ageRange(birth: Period, at: Day): [number, number] {
  const years = (from: Day) => {
    const a = ymd(from);
    const b = ymd(at);
    return b.year - a.year - (b.month < a.month || (b.month === a.month && b.day < a.day) ? 1 : 0);
  };
  return [years(birth.to), years(birth.from)];
}

/** A stated age against a stated birth date, allowing for the birthday. */
export const ageMismatch: Check<Id> = {
  meta,
  run(article, ctx) {
    const out: Array<Draft<Id>> = [];
    for (const s of article.sentences) {
      if (!/\bborn\b/i.test(s.text)) continue;
      const ages = [...s.text.matchAll(AGE)];
      if (ages.length !== 1) continue; // two ages and one birth date: which is whose is not ours to guess
      const ageMatch = ages[0]!;
      const age = Number(ageMatch[1] ?? ageMatch[2] ?? ageMatch[3] ?? ageMatch[4]);
      if (!(age > 0 && age < 125)) continue;
      const mentions = article.mentionsIn(s);
      const birth = mentions.find((m) => m.year !== undefined && BORN.test(tailOf(article.text, s.start, m.start)));
      if (!birth) continue;
      const born = resolveDate(birth, null, false);
      if (!born) continue;
      const ageAt = s.start + ageMatch.index;
      const between =
        ageAt < birth.start
          ? article.text.slice(ageAt + ageMatch[0].length, birth.start)
          : article.text.slice(birth.end, ageAt);
      if (SOMEONE_ELSE.test(between)) continue;
      // The age holds at the sentence's own date if it gives one ("in 2010, Smith, 20, ..."), else at publication.
      const refs: Array<{ day: Day; label: string; explicit: boolean }> = mentions
        .filter((m) => m !== birth && m.year !== undefined)
        .flatMap((m) => {
          const r = resolveDate(m, null, false);
          return r
            ? [
                { day: r.period.to, label: m.text, explicit: true },
                { day: r.period.from, label: m.text, explicit: true },
              ]
            : [];
        });
      for (const p of ctx.published) refs.push({ day: p.day, label: formatDay(p.day), explicit: true });
      if (!refs.length) continue;
      if (
        refs.some((r) => {
          const [lo, hi] = ageRange(born.period, r.day);
          return age >= lo && age <= hi;
        })
      )
        continue;
      const ref = refs[refs.length - 1]!;
      const [lo, hi] = ageRange(born.period, ref.day);
      // The words highlighted start at the number, not at the comma or parenthesis around it.
      const ageStart = s.start + ageMatch.index + ageMatch[0].search(/\d/);
      const ageEnd = s.start + ageMatch.index + ageMatch[0].length;
      out.push({
        severity: capIfReported(article, ageStart, birth.end, 'high'),
        messageId: 'ageAgainstBirth',
        data: {
          born: formatPeriod(born.period),
          expected: lo === hi ? lo : `${lo} or ${hi}`,
          at: ref.label,
          stated: age,
        },
        evidence: [spanEvidence(article, Math.min(ageStart, birth.start), Math.max(ageEnd, birth.end))],
      });
    }
    return out;
  },
};
