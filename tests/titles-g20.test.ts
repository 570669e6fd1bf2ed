import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/engine/article.js';
import { indexPack } from '../src/engine/knowledge/index-pack.js';
import { PACK } from '../src/engine/knowledge/pack.js';
import { titleMentions } from '../src/engine/knowledge/titles.js';
import { extractText } from '../src/extract/text.js';

/**
 * Wire wording for the heads of state and government of the G20 and the central banks the pack holds: each
 * office is read from the way agency copy names its holder, and a namesake in another office is not.
 */
const held = (text: string) => [
  ...new Set(
    titleMentions(buildArticle(extractText(text, 'titles')), indexPack(PACK))[0]?.holdings.map(
      (h) => `${h.office.id} ${h.person.id}`,
    ),
  ),
];

describe('heads of state and government', () => {
  it.each([
    ['Indonesian President Suharto said on Tuesday that talks would go on.', 'indonesia-president suharto'],
    [
      'Turkish Prime Minister Bulent Ecevit said on Tuesday that talks would go on.',
      'turkey-prime-minister bulent-ecevit',
    ],
    ['Turkish Premier Tansu Ciller said on Tuesday that talks would go on.', 'turkey-prime-minister tansu-ciller'],
    [
      'Turkish President Recep Tayyip Erdogan said on Tuesday that talks would go on.',
      'turkey-president recep-tayyip-erdogan',
    ],
    [
      'West German President Richard von Weizsaecker said on Tuesday that talks would go on.',
      'germany-president richard-von-weizsacker',
    ],
    ['Federal President Joachim Gauck said on Tuesday that talks would go on.', 'germany-president joachim-gauck'],
    [
      'Italian President Francesco Cossiga said on Tuesday that talks would go on.',
      'italy-president francesco-cossiga',
    ],
    ['Indian President R. Venkataraman said on Tuesday that talks would go on.', 'india-president r-venkataraman'],
    [
      'European Council President Donald Tusk said on Tuesday that talks would go on.',
      'european-council-president donald-tusk',
    ],
    [
      'EU President Herman Van Rompuy said on Tuesday that talks would go on.',
      'european-council-president herman-van-rompuy',
    ],
    ['Saudi King Fahd said on Tuesday that talks would go on.', 'saudi-king king-fahd'],
    ["Saudi Arabia's King Salman said on Tuesday that talks would go on.", 'saudi-king king-salman'],
    [
      'Saudi Crown Prince Mohammed bin Salman said on Tuesday that talks would go on.',
      'saudi-crown-prince mohammed-bin-salman',
    ],
    ['Emperor Akihito said on Tuesday that he was saddened.', 'japan-emperor akihito'],
    ['Queen Elizabeth said on Tuesday that she was saddened.', 'uk-monarch elizabeth-ii'],
  ])('%s', (text, holding) => {
    expect(held(text)).toEqual([holding]);
  });

  it.each([
    [
      "Jordan's King Abdullah said on Tuesday that talks would go on.",
      'no bare "Abdullah": Jordan has a king of that name',
    ],
    ['Crown Prince Salman bin Hamad said on Tuesday that talks would go on.', "Bahrain's crown prince is not Saudi's"],
    [
      'President Herzog said on Tuesday that talks would go on.',
      'no bare "Herzog": Israel has had two presidents of that name',
    ],
    ['Senate President Francesco Cossiga said on Tuesday that talks would go on.', 'the Senate is another body'],
    ['Francesco Cossiga, the Senate president, said on Tuesday that talks would go on.', 'also in an apposition'],
    ['Minister-President Johannes Rau said on Tuesday that talks would go on.', 'a state premier'],
    ['Deputy Crown Prince Mohammed bin Salman said on Tuesday that talks would go on.', 'not yet crown prince'],
  ])('%s (%s)', (text) => {
    expect(held(text)).toEqual([]);
  });
});
