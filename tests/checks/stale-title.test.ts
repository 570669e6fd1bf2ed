import { staleTitle } from '../../src/engine/checks/stale-title.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** Terms from the knowledge pack: Johnson 2019-07-24 to 2022-09-06, Merkel to 2021-12-08, Stoltenberg to 2024-10-01. */
ruleTester(staleTitle, {
  valid: [
    {
      name: 'in office on the date',
      text: 'Chancellor Olaf Scholz said on Tuesday that gas storage was full.',
      published: '2022-10-04',
    },
    {
      name: '"former"',
      text: 'Former Prime Minister Boris Johnson said on Thursday that he would write a book.',
      published: '2023-03-02',
    },
    {
      name: '"then-"',
      text: 'The plan was drawn up by then-Prime Minister Boris Johnson, aides said on Thursday.',
      published: '2023-03-02',
    },
    {
      name: '"ex-"',
      text: 'Ex-Chancellor Angela Merkel says she has no regrets about her energy policy.',
      published: '2023-06-01',
    },
    {
      name: 'a count of terms looks back over them',
      text: 'Tributes poured in on Monday for two-time Prime Minister Shinzo Abe.',
      published: '2023-06-01',
    },
    {
      name: '"the late"',
      text: 'A statue of the late Prime Minister Shinzo Abe will be unveiled on Friday.',
      published: '2024-07-01',
    },
    {
      name: 'historical narration with a past year',
      text: 'In 2020, Prime Minister Boris Johnson said on a Monday evening that everyone must stay at home.',
      published: '2023-03-02',
    },
    {
      name: 'historical narration of a tenure',
      text: 'During his premiership, Prime Minister Boris Johnson says he was proudest of the vaccine rollout.',
      published: '2024-02-01',
    },
    {
      name: 'plain past with nothing recent: a look back, perhaps; low at most',
      text: 'Prime Minister Boris Johnson promised to get Brexit done.',
      published: '2023-03-02',
      atMost: 'low',
    },
    {
      name: 'past narration, "former"',
      text: 'Former Chancellor Angela Merkel told reporters after the summit that she was hopeful.',
      published: '2023-06-01',
    },
    {
      name: 'past narration, a relative clause of the past',
      text: 'Angela Merkel, who was chancellor until 2021, told reporters that she was hopeful.',
      published: '2023-06-01',
    },
    {
      name: 'past narration, a retrospective year',
      text: 'In 2015, Chancellor Angela Merkel told reporters that Germany would cope.',
      published: '2023-06-01',
    },
    {
      name: 'past narration, a bare copula is no act',
      text: 'Chancellor Angela Merkel was in Berlin.',
      published: '2023-06-01',
    },
    {
      name: 'past narration, in office then',
      text: 'Chancellor Angela Merkel told reporters after the summit that she was hopeful.',
      published: '2019-06-01',
    },
    {
      name: 'quoted speech',
      text: '"Prime Minister Boris Johnson says we are ready," a minister told reporters on Thursday.',
      published: '2023-03-02',
    },
    {
      name: 'a term that runs past the pack date: its end is unknown',
      text: 'Prime Minister Keir Starmer said on Thursday that the budget would balance.',
      published: '2027-01-14',
    },
    {
      name: 'a courtesy title alone',
      text: 'President Trump said on Tuesday that he would hold a rally in Ohio.',
      published: '2022-05-10',
    },
    {
      name: 'a qualifier away from the title qualifies nothing',
      text: 'American voters heard President Trump on Tuesday at a rally in Ohio.',
      published: '2022-05-10',
    },
    {
      name: 'before the term began',
      text: 'Prime Minister Rishi Sunak said on Tuesday that he would stand.',
      published: '2021-05-10',
    },
    {
      name: "another body's office",
      text: 'University Chancellor Angela Merkel said on Tuesday that fees would rise.',
      published: '2023-06-01',
    },
    {
      name: "another body's office in an apposition",
      text: 'Angela Merkel, the University chancellor, said on Tuesday that fees would rise.',
      published: '2023-06-01',
    },
    {
      name: "another body's office named after the title",
      text: 'Angela Merkel, the chancellor of the university, said on Tuesday that fees would rise.',
      published: '2023-06-01',
    },
    {
      name: 'a title fused to another word is another title',
      text: 'Pro-Chancellor Angela Merkel said on Tuesday that fees would rise.',
      published: '2023-06-01',
    },
    {
      name: 'a longer name that begins with the same words',
      text: 'Chancellor Angela Merkel-Smith said on Tuesday that fees would rise.',
      published: '2023-06-01',
    },
    {
      name: 'a day before the title qualifies nothing',
      text: 'On Tuesday Chancellor Olaf Scholz said that gas storage was full.',
      published: '2022-10-04',
    },
    {
      name: 'a regnal title never goes stale',
      text: 'Pope Francis is remembered by pilgrims who gathered on Sunday.',
      published: '2025-06-01',
    },
    {
      name: 'no publication date',
      text: 'Prime Minister Boris Johnson said on Thursday that the talks would continue.',
    },
    {
      name: 'a possessive speaks of the person, not the office now',
      text: "Prime Minister Boris Johnson's government said on Friday it had no comment.",
      published: '2023-03-02',
    },
    {
      name: 'one of the dates falls in the term',
      text: 'July 1, 2022\n\nPrime Minister Boris Johnson said on Thursday that he would not resign.',
      published: '2023-03-02',
    },
    {
      name: 'a name that is part of another name',
      text: 'Visitors to the Stoltenberg Museum on Tuesday saw the new wing.',
      published: '2025-06-10',
    },
  ],
  invalid: [
    {
      name: 'title before the name, recent narration',
      text: 'Prime Minister Boris Johnson said on Thursday that the talks would continue.',
      published: '2023-03-02',
      findings: [
        {
          messageId: 'termEnded',
          severity: 'medium',
          evidence: ['Prime Minister Boris Johnson'],
          data: { from: 'July 24, 2019', to: 'September 6, 2022', since: '6 months' },
        },
      ],
    },
    {
      name: 'apposition, future tense',
      text: 'Boris Johnson, the prime minister, will travel to Kyiv next week.',
      published: '2023-03-02',
      findings: [{ messageId: 'termEnded', severity: 'medium', evidence: ['Boris Johnson, the prime minister'] }],
    },
    {
      name: 'British style apposition before the name',
      text: 'The prime minister, Liz Truss, said on Monday that she would not resign.',
      published: '2023-05-01',
      findings: [
        {
          messageId: 'termEnded',
          severity: 'medium',
          evidence: ['The prime minister, Liz Truss'],
          data: { person: 'Liz Truss' },
        },
      ],
    },
    {
      name: 'more than a year after the term: high',
      text: 'German Chancellor Angela Merkel says the euro is safe.',
      published: '2023-01-10',
      findings: [
        {
          messageId: 'termEnded',
          severity: 'high',
          evidence: ['Chancellor Angela Merkel'],
          data: { to: 'December 8, 2021' },
        },
      ],
    },
    {
      name: 'an office of an alliance',
      text: 'NATO Secretary General Jens Stoltenberg said on Tuesday that the alliance would stand firm.',
      published: '2025-06-10',
      findings: [
        {
          messageId: 'termEnded',
          severity: 'medium',
          evidence: ['Secretary General Jens Stoltenberg'],
          data: { office: 'NATO secretary general' },
        },
      ],
    },
    {
      name: 'a qualified courtesy title',
      text: 'U.S. President Donald Trump said on Tuesday that tariffs would rise.',
      published: '2022-05-10',
      findings: [
        {
          messageId: 'termEnded',
          severity: 'high',
          evidence: ['President Donald Trump'],
          data: { to: 'January 20, 2021' },
        },
      ],
    },
    {
      name: 'a past term of a person who held it twice',
      text: 'Prime Minister Shinzo Abe says the economy is growing.',
      published: '2009-01-10',
      findings: [
        {
          messageId: 'termEnded',
          severity: 'high',
          evidence: ['Prime Minister Shinzo Abe'],
          data: { to: 'September 26, 2007' },
        },
      ],
    },
    {
      name: 'past narration with a day of the story: as certain as the present',
      text: 'Chancellor Angela Merkel told reporters on Monday that she was hopeful.',
      published: '2023-06-01',
      findings: [{ messageId: 'termEnded', severity: 'high', evidence: ['Chancellor Angela Merkel'] }],
    },
    {
      name: 'past narration without a day: low, it may look back',
      text: 'Chancellor Angela Merkel told reporters after the summit that she was hopeful.',
      published: '2023-06-01',
      findings: [{ messageId: 'termEnded', severity: 'low', evidence: ['Chancellor Angela Merkel'] }],
    },
    {
      name: 'past narration in apposition',
      text: 'Angela Merkel, the German chancellor, announced a new plan for gas storage.',
      published: '2023-06-01',
      findings: [{ messageId: 'termEnded', severity: 'low', evidence: ['Angela Merkel, the German chancellor'] }],
    },
    {
      name: 'after the pack date: medium at most, since a return to office is possible',
      text: 'Chancellor Olaf Scholz says the coalition will hold.',
      published: '2027-01-10',
      findings: [{ messageId: 'termEnded', severity: 'medium', evidence: ['Chancellor Olaf Scholz'] }],
    },
  ],
});
