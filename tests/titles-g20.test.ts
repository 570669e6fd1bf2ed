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

describe('central banks', () => {
  it.each([
    ['PBOC governor Zhou Xiaochuan said on Tuesday that rates would hold.', 'pboc-governor zhou-xiaochuan'],
    ["People's Bank of China Governor Yi Gang said on Tuesday that rates would hold.", 'pboc-governor yi-gang'],
    [
      "China's central bank governor Pan Gongsheng said on Tuesday that rates would hold.",
      'pboc-governor pan-gongsheng',
    ],
    ['RBI Governor Shaktikanta Das said on Tuesday that rates would hold.', 'rbi-governor shaktikanta-das'],
    ['Reserve Bank of India Governor Bimal Jalan said on Tuesday that rates would hold.', 'rbi-governor bimal-jalan'],
    ['Bank of Canada Governor John Crow said on Tuesday that rates would hold.', 'bank-of-canada-governor john-crow'],
    [
      'Bank of Canada Governor Mark Carney said on Tuesday that rates would hold.',
      'bank-of-canada-governor mark-carney',
    ],
    ['Reserve Bank Governor Glenn Stevens said on Tuesday that rates would hold.', 'rba-governor glenn-stevens'],
    ['RBA Governor Michele Bullock said on Tuesday that rates would hold.', 'rba-governor michele-bullock'],
    [
      'Bank of Italy Governor Carlo Azeglio Ciampi said on Tuesday that rates would hold.',
      'bank-of-italy-governor carlo-azeglio-ciampi',
    ],
    [
      'Bank of Italy Governor Mario Draghi said on Tuesday that rates would hold.',
      'bank-of-italy-governor mario-draghi',
    ],
  ])('%s', (text, holding) => {
    expect(held(text)).toEqual([holding]);
  });

  it('reads an unqualified title as any office of it the person held', () => {
    expect(held('Governor Mark Carney said on Tuesday that rates would hold.')).toEqual([
      'bank-of-england-governor mark-carney',
      'bank-of-canada-governor mark-carney',
    ]);
  });

  it.each([
    [
      'Andhra Pradesh Governor C. Rangarajan said on Tuesday that the state would borrow.',
      'a state governor after the bank',
    ],
    ['Defense Secretary Leon Panetta said on Tuesday that troops would stay.', 'a namesake'],
  ])('%s (%s)', (text) => {
    expect(held(text)).toEqual([]);
  });
});

describe('earlier terms of offices the pack held only lately', () => {
  it.each([
    [
      'South Korean President Chun Doo-hwan said on Tuesday that talks would go on.',
      'south-korea-president chun-doo-hwan',
    ],
    ['Brazilian President Jose Sarney said on Tuesday that talks would go on.', 'brazil-president jose-sarney'],
    [
      'Mexican President Carlos Salinas de Gortari said on Tuesday that talks would go on.',
      'mexico-president carlos-salinas-de-gortari',
    ],
    ['Argentine President Raul Alfonsin said on Tuesday that talks would go on.', 'argentina-president raul-alfonsin'],
    [
      'South African President Nelson Mandela said on Tuesday that talks would go on.',
      'south-africa-president nelson-mandela',
    ],
  ])('%s', (text, holding) => {
    expect(held(text)).toEqual([holding]);
  });

  it('reads a name two presidents bore as either', () => {
    expect(held('President Kirchner said on Tuesday that talks would go on.')).toEqual([
      'argentina-president nestor-kirchner',
      'argentina-president cristina-fernandez-de-kirchner',
    ]);
  });

  it.each([
    ['ANC President Nelson Mandela said on Tuesday that talks would go on.', 'a party is another body'],
    [
      'Nelson Mandela, the president of the African National Congress, said on Tuesday that talks would go on.',
      'also after the title',
    ],
    ['Senate President Jose Sarney said on Tuesday that talks would go on.', 'the Senate is another body'],
  ])('%s (%s)', (text) => {
    expect(held(text)).toEqual([]);
  });
});
