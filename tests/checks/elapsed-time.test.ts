import { elapsedTime } from '../../src/engine/checks/elapsed-time.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(elapsedTime, {
  valid: [
    { name: 'the year an anniversary is marked, not its origin', text: 'The band will ride the news into a 50th anniversary tour in 2020.', published: '2019-11-19' },
    { name: 'a tour year beside a band anniversary', text: "The group will reunite for a 2020 tour celebrating the band's 50th anniversary.", published: '2019-11-19' },
    { name: 'a yearless anchor that fits the year before', text: 'The storm struck on Dec. 28. Two weeks after the storm, roads are still closed.', published: '2020-01-10' },
    { name: 'ago with the year beside it, right', text: 'Three years ago, in 2021, the port handled half as much cargo.', published: '2024-05-02' },
    { name: 'hedged and right', text: 'The plant opened in March 2019. The plant, opened nearly five years ago, now employs 900.', published: '2024-02-10' },
    { name: 'over two and a half years, right', text: 'The strike began in February 2022. It is the largest strike since the strike began over two and a half years ago.', published: '2024-09-01' },
    { name: 'event dated elsewhere, right', text: 'The flood in April 2023 destroyed the old mill. Repairs started soon after the flood eight months ago.', published: '2023-12-15' },
    { name: 'duration without anchor', text: 'The dispute has persisted for three years.', published: '2024-06-01' },
    { name: 'no publication date and nothing narrated later', text: 'The merger was agreed over two and a half years ago.' },
    { name: 'after X, earlier than publication', text: 'Two years after the dam was finished in 2015, the valley flooded.', published: '2024-01-01' },
    { name: 'after X, in the future tense', text: 'Ten years after the law passed in 2020, the rules will be reviewed.', published: '2024-01-01' },
    { name: 'age of a thing, right', text: 'The bridge, opened in 1932, is 92 years old.', published: '2024-08-01' },
    { name: 'anniversary, right', text: 'The library, founded in 1924, celebrated its 100th anniversary on Saturday.', published: '2024-06-02' },
    { name: 'ambiguous event name', text: 'The attack in May 2021 was small. The attack in June 2023 was larger. Officials recalled the attack two years ago.', published: '2024-01-10' },
    // The knowledge pack dates events the text names but does not date.
    { name: 'pack: a named event, right', text: 'Drones hit Kyiv overnight, the heaviest raid since the full-scale invasion nearly two years ago.', published: '2024-02-10' },
    { name: 'pack: an ambiguous cue with nothing to settle it', text: 'It was the worst attack since the invasion 11 months ago.', published: '2024-01-01' },
    { name: 'pack: an ambiguous cue that fits two events', text: 'Kyiv and Crimea were both shelled. It was the worst day since the invasion 11 months ago.', published: '2024-01-01' },
    { name: 'pack: the text dates the event itself, and the text wins', text: 'In the story, Kyiv fell to an invasion in March 2023. It was the worst day since the invasion 11 months ago.', published: '2024-02-10' },
    { name: 'pack: an event after the article cannot be its anchor', text: 'Kyiv was quiet. It was the worst day since the invasion five years ago.', published: '2019-06-01' },
    { name: 'pack: a year before the name says which one', text: 'Gaza saw its deadliest day since the 2014 Gaza war ten years ago.', published: '2024-05-01' },
  ],
  invalid: [
    {
      name: 'anniversary counted from a founding date in the same sentence',
      text: 'The orchestra, founded in 1970, opened its 40th anniversary season on Friday.',
      published: '2020-10-02',
      findings: [{ messageId: 'anniversary', severity: 'medium', evidence: ['40th anniversary'], data: { implied: 2010 } }],
    },
    {
      name: 'ago against an event dated elsewhere',
      text: 'The largest attack since the initial invasion in February 2022. The strikes are the heaviest since the initial invasion 11 months ago.',
      published: '2024-01-01',
      findings: [{ messageId: 'sincePublication', severity: 'medium', evidence: ['11 months ago', 'February 2022'], data: { actual: '22 to 23 months', claim: '11 months' } }],
    },
    {
      name: 'ago with its own year',
      text: 'Six years ago, in 2021, the port handled half as much cargo.',
      published: '2024-05-02',
      findings: [{ messageId: 'sincePublication', severity: 'high', evidence: ['Six years ago'], data: { anchor: '2021', actual: '2 to 3 years' } }],
    },
    {
      name: 'after X lands after publication',
      text: 'Seven years after the factory closed in 2018, the town is still poor.',
      published: '2022-03-01',
      findings: [{ messageId: 'afterLatest', severity: 'high', evidence: ['Seven years after'], data: { implied: 2025 } }],
    },
    {
      name: 'age of a thing',
      text: 'The bridge, opened in 1932, is 80 years old.',
      published: '2024-08-01',
      findings: [{ messageId: 'ageOfThing', severity: 'high', evidence: ['80 years old', '1932'], data: { actual: '92 to 93 years' } }],
    },
    {
      name: 'anniversary off by a decade',
      text: 'The city marked the 20th anniversary of the flood of 1994 this week.',
      published: '2024-06-02',
      findings: [{ messageId: 'anniversary', severity: 'medium', evidence: ['20th anniversary'], data: { implied: 2014 } }],
    },
    {
      name: 'no publication date: the text narrates later events',
      text: 'The war began in March 2020. On May 3, 2024, rockets struck the capital. It was the worst attack since the war began four months ago.',
      findings: [{ messageId: 'sinceNarrated', severity: 'low', evidence: ['four months ago', 'March 2020', 'May 3, 2024'] }],
    },
    {
      name: 'since counted in words',
      text: 'The treaty was signed in June 2010. It has been twenty-two years since the treaty was signed.',
      published: '2018-06-01',
      findings: [{ messageId: 'sincePublication', severity: 'medium', evidence: ['twenty-two years since', 'June 2010'], data: { actual: '8 years' } }],
    },
    {
      name: 'pack: ago from a named event',
      text: 'Russian forces struck Kyiv overnight. It was the heaviest attack since the full-scale invasion 11 months ago.',
      published: '2024-01-01',
      findings: [{ messageId: 'sincePack', severity: 'medium', evidence: ['11 months ago'], data: { event: 'full-scale invasion', when: 'February 24, 2022', actual: '22 months' } }],
    },
    {
      name: 'pack: since a named event',
      text: 'It has been twenty years since 9/11, the mayor said.',
      published: '2016-09-11',
      findings: [{ messageId: 'sincePack', severity: 'medium', evidence: ['twenty years since'], data: { when: 'September 11, 2001', actual: '15 years' } }],
    },
    {
      name: 'pack: after a named event, later than the article',
      text: 'Twenty years after the 9/11 attacks, the memorial museum opened its new wing.',
      published: '2015-05-01',
      findings: [{ messageId: 'afterLatest', severity: 'medium', evidence: ['Twenty years after'], data: { implied: 2021 } }],
    },
    {
      name: 'pack: a cue settled by a fuller name earlier',
      text: 'The Russian invasion of Ukraine changed Europe. Gas prices have doubled since the invasion six months ago.',
      published: '2024-03-01',
      findings: [{ messageId: 'sincePack', severity: 'medium', evidence: ['six months ago'], data: { when: 'February 24, 2022' } }],
    },
  ],
});
