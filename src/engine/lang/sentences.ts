import { perObject } from '../text/memo.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import type { Grammar } from './grammar.js';
import { anyOf } from './words.js';

/**
 * Sentences of a language whose dots do not all end one. The segmenter breaks "am 12. Juni" after
 * "12." and "z. B." after "z.", which would cut a date or a clause in two: such breaks are mended.
 */
interface Mender {
  abbreviation: RegExp;
  ordinal: RegExp;
  afterOrdinal: RegExp;
}

const menders = perObject<Grammar, Mender>();

function menderOf(g: Grammar): Mender {
  return menders(g, () => {
    const names = [...g.calendar.months.flat(), ...g.calendar.weekdays.flat(), ...(g.sentences.afterOrdinal ?? [])];
    return {
      // An abbreviation from the list, or one letter alone: "Nr.", "z.", "M.", "В." of initials.
      abbreviation: new RegExp(String.raw`(?:^|[\s(.])(?:${anyOf(g.sentences.abbreviations)}|\p{L})\.$`, 'iu'),
      ordinal: /(?:^|[\s(])\d{1,2}\.$/u,
      afterOrdinal: new RegExp(String.raw`^${anyOf(names)}(?![\p{L}])`, 'iu'),
    };
  });
}

export function splitSentencesIn(g: Grammar, text: string, base: number, paragraph: number): Sentence[] {
  const mend = menderOf(g);
  const out: Sentence[] = [];
  for (const s of splitSentences(text, base, paragraph)) {
    const prev = out[out.length - 1];
    const ordinal = (p: Sentence) => mend.ordinal.test(p.text) && mend.afterOrdinal.test(s.text);
    const joins = prev && (mend.abbreviation.test(prev.text) || ordinal(prev));
    if (!joins) {
      out.push({ ...s });
      continue;
    }
    prev.end = s.end;
    prev.text = text.slice(prev.start - base, prev.end - base);
  }
  return out;
}
