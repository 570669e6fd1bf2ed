import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/engine/article.js';
import { indexPack } from '../src/engine/knowledge/index-pack.js';
import { PACK } from '../src/engine/knowledge/pack.js';
import { titleMentions } from '../src/engine/knowledge/titles.js';
import { extractText } from '../src/extract/text.js';

const read = (text: string) => titleMentions(buildArticle(extractText(text, 'titles')), indexPack(PACK))[0];

describe('an office-holder acting in the story, told in the past', () => {
  it.each(['also', 'again', 'reportedly', 'publicly', 'personally', 'then', 'later', 'first'])(
    'reads the verb after "%s"',
    (adverb) => {
      expect(read(`Chancellor Angela Merkel ${adverb} announced a plan for the gas reserve.`)).toMatchObject({
        current: false,
        actedInStory: true,
      });
    },
  );

  it.each(['was', 'were', 'had', 'did'])('takes a bare "%s" for no act', (verb) => {
    expect(read(`Chancellor Angela Merkel ${verb} in Berlin with the ministers.`)).toMatchObject({
      actedInStory: false,
    });
  });

  it('reads past of the story through an apposition before the verb', () => {
    expect(read('Chancellor Angela Merkel, speaking after the summit, warned of higher prices.')).toMatchObject({
      actedInStory: true,
    });
  });
});

describe('offices the pack widened to', () => {
  const held = (text: string) => read(text)?.holdings.map((h) => `${h.office.id} ${h.person.id}`);
  it.each([
    [
      'Bank of England Governor Andrew Bailey said on Tuesday that rates would hold.',
      'bank-of-england-governor andrew-bailey',
    ],
    [
      'Bundesbank President Karl Otto Poehl said on Tuesday that the mark was stable.',
      'bundesbank-president karl-otto-pohl',
    ],
    [
      'French Prime Minister Jacques Chirac said on Tuesday that talks would go on.',
      'france-prime-minister jacques-chirac',
    ],
    ['Soviet leader Mikhail Gorbachev said on Tuesday that talks would go on.', 'soviet-leader mikhail-gorbachev'],
    [
      'Chinese Foreign Minister Qian Qichen said on Tuesday that talks would go on.',
      'china-foreign-minister qian-qichen',
    ],
    [
      'British Foreign Secretary Douglas Hurd said on Tuesday that talks would go on.',
      'uk-foreign-secretary douglas-hurd',
    ],
  ])('%s', (text, holding) => {
    expect(held(text)).toEqual([holding]);
  });
});
