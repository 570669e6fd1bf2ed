import { elapsedTime } from '../../src/engine/checks/elapsed-time/index.js';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/engine/article.js';
import { buildContext } from '../../src/engine/time/context.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(elapsedTime, {
  valid: [
    {
      name: 'reopens after the years the text gives',
      text: 'Market reopens after 72 years\n\nThe covered market shut down in 1948 and reopened on Saturday.',
      published: '2020-03-01',
    },
    {
      name: 'closed twice: not one moment',
      text: 'The museum has been closed for two years. It closed in 2015 for repairs and again in 2018.',
      published: '2020-03-01',
    },
    {
      name: 'missing for the years the text gives',
      text: 'The painting, missing for 30 years, was found in an attic. It disappeared in 1989 from a gallery.',
      published: '2020-03-01',
    },
    {
      name: "last year's, right",
      text: "The results of last year's 2018 survey were published on Monday.",
      published: '2019-01-03',
    },
    {
      name: "this year's, written in the last days of the year before",
      text: "Delegates left this year's 2019 conference in Oslo on Sunday.",
      published: '2020-01-02',
    },
    {
      name: 'the first of a series in the same month',
      text: 'Police carried out the second raid this month on Tuesday, after the one on April 2.',
      published: '2024-04-09',
    },
    {
      name: 'a period beside a date in another sense',
      text: 'The plan was approved last year and takes effect in 2026.',
      published: '2024-04-09',
    },
    {
      name: "a thing's year is its name",
      text: 'The 2020 model, unveiled three months ago, sold out at once.',
      published: '2019-11-20',
    },
    {
      name: 'after an event, told in the past',
      text: 'The storm struck in August 2005. Six years after the hurricane, the city rebuilt its levees.',
      published: '2014-03-01',
    },
    {
      name: 'the past perfect counts to a narrated moment',
      text: 'The fire broke out in 2015. By then a year had gone by since the fire, and the town had rebuilt.',
      published: '2019-06-01',
    },
    {
      name: "an event's own name wins over its kind's",
      text:
        'The storm of August 2005 flooded the port. The hurricane of 2008 spared it. Three ' +
        'years since the hurricane, the port is busy.',
      published: '2011-09-01',
    },
    {
      name: 'the year an anniversary is marked, not its origin',
      text: 'The band will ride the news into a 50th anniversary tour in 2020.',
      published: '2019-11-19',
    },
    {
      name: 'a tour year beside a band anniversary',
      text: "The group will reunite for a 2020 tour celebrating the band's 50th anniversary.",
      published: '2019-11-19',
    },
    {
      name: 'a yearless anchor that fits the year before',
      text: 'The storm struck on Dec. 28. Two weeks after the storm, roads are still closed.',
      published: '2020-01-10',
    },
    {
      name: 'ago with the year beside it, right',
      text: 'Three years ago, in 2021, the port handled half as much cargo.',
      published: '2024-05-02',
    },
    {
      name: 'hedged and right',
      text: 'The plant opened in March 2019. The plant, opened nearly five years ago, now employs 900.',
      published: '2024-02-10',
    },
    {
      name: 'over two and a half years, right',
      text:
        'The strike began in February 2022. It is the largest strike since the strike began ' +
        'over two and a half years ago.',
      published: '2024-09-01',
    },
    {
      name: 'event dated elsewhere, right',
      text: 'The flood in April 2023 destroyed the old mill. Repairs started soon after the flood eight months ago.',
      published: '2023-12-15',
    },
    {
      name: 'after an event, a past main clause with a weekday is history too',
      text:
        'The revolution came in 1989. Two years after the revolution, Havel spoke on Sunday to ' +
        'a crowd in the square.',
      published: '2024-06-03',
    },
    {
      name: "an object's date is not the event's",
      text: 'The fire destroyed the house they bought in 2010. Ten years after the fire, the family is still renting.',
      published: '2024-05-01',
    },
    {
      name: 'years later, told in the past',
      text: 'The plant opened in 1998. Five years later, it closed its doors.',
      published: '2023-06-01',
    },
    {
      name: 'years later, right',
      text: 'The plant opened in 1998. Twenty-five years later, it employs 400 people.',
      published: '2023-06-01',
    },
    {
      name: 'years later, with two dates before it: which one is not ours to guess',
      text: 'The plant opened in 1998 and was sold in 2010. Five years later, it employs 400 people.',
      published: '2023-06-01',
    },
    {
      name: 'years on, with a date of its own',
      text: 'The town flooded in 2020. Ten years on, survivors of the 2013 flood still meet every June.',
      published: '2023-06-05',
    },
    {
      name: 'years later, after another paragraph',
      text: 'The factory opened in 1998.\n\nNow, 35 years on, it is closing its doors.',
      published: '2023-06-01',
    },
    {
      name: 'an anniversary celebrated in a year',
      text: 'The 50th anniversary of the moon landing was celebrated in 2019.',
      published: '2023-06-05',
    },
    {
      name: 'a plot told in the present',
      text:
        'The film opens in Paris in 1944, as the city is liberated. Ten years later, Claire is ' +
        'a teacher and she is still waiting.',
      published: '2024-06-04',
      atMost: 'low',
    },
    {
      name: 'the date of a side clause',
      text:
        'Born in Lagos in 1975, Ade moved to London as a teenager. Twenty years later, he is ' +
        'one of its best-known chefs.',
      published: '2024-06-01',
      atMost: 'low',
    },
    {
      name: 'years on probation is no span from an event',
      text: 'He was convicted in 2015. He spent two years on probation and is now a teacher.',
      published: '2023-06-01',
    },
    {
      name: 'lasted since its start, right',
      text: 'The festival, which began in 1998, has run for 25 years.',
      published: '2023-06-01',
    },
    {
      name: 'lasted, said loosely',
      text: 'The talks, which started in January 2023, have dragged on for 18 months.',
      published: '2024-06-01',
    },
    {
      name: "another thing's start is not this one's",
      text: 'The war began in 2014. The talks have lasted for two years.',
      published: '2023-06-01',
    },
    {
      name: 'this month, on a day of this month',
      text: 'Earlier this month, on April 2, the mayor resigned.',
      published: '2023-04-09',
    },
    {
      name: 'an anniversary counted back',
      text: 'Three years ago this week, on Jan. 6, 2021, rioters stormed the Capitol.',
      published: '2024-01-06',
    },
    {
      name: 'an anniversary counted back, in',
      text: 'Ten years ago this month, in March 2014, the plane vanished.',
      published: '2024-03-08',
    },
    {
      name: 'a series with earlier events of another year',
      text: 'It was the second strong quake this year, following tremors in 2022 that damaged the old town.',
      published: '2024-07-20',
    },
    {
      name: 'weeks counted to a writing a weekend before publication',
      text: 'Three weeks after the storm hit on Sept. 1, power is still out.',
      published: '2019-10-02',
    },
    { name: 'duration without anchor', text: 'The dispute has persisted for three years.', published: '2024-06-01' },
    {
      name: 'no publication date and nothing narrated later',
      text: 'The merger was agreed over two and a half years ago.',
    },
    {
      name: 'after X, earlier than publication',
      text: 'Two years after the dam was finished in 2015, the valley flooded.',
      published: '2024-01-01',
    },
    {
      name: 'after X, in the future tense',
      text: 'Ten years after the law passed in 2020, the rules will be reviewed.',
      published: '2024-01-01',
    },
    { name: 'age of a thing, right', text: 'The bridge, opened in 1932, is 92 years old.', published: '2024-08-01' },
    {
      name: 'anniversary, right',
      text: 'The library, founded in 1924, celebrated its 100th anniversary on Saturday.',
      published: '2024-06-02',
    },
    {
      name: 'ambiguous event name',
      text:
        'The attack in May 2021 was small. The attack in June 2023 was larger. Officials ' +
        'recalled the attack two years ago.',
      published: '2024-01-10',
    },
    // The knowledge pack dates events the text names but does not date.
    {
      name: 'pack: a named event, right',
      text: 'Drones hit Kyiv overnight, the heaviest raid since the full-scale invasion nearly two years ago.',
      published: '2024-02-10',
    },
    {
      name: 'pack: an ambiguous cue with nothing to settle it',
      text: 'It was the worst attack since the invasion 11 months ago.',
      published: '2024-01-01',
    },
    {
      name: 'pack: an ambiguous cue that fits two events',
      text: 'Kyiv and Crimea were both shelled. It was the worst day since the invasion 11 months ago.',
      published: '2024-01-01',
    },
    {
      name: 'pack: the text dates the event itself, and the text wins',
      text:
        'In the story, Kyiv fell to an invasion in March 2023. It was the worst day since the ' +
        'invasion 11 months ago.',
      published: '2024-02-10',
    },
    {
      name: 'pack: an event after the article cannot be its anchor',
      text: 'Kyiv was quiet. It was the worst day since the invasion five years ago.',
      published: '2019-06-01',
    },
    {
      name: 'pack: a year before the name says which one',
      text: 'Gaza saw its deadliest day since the 2014 Gaza war ten years ago.',
      published: '2024-05-01',
    },
    // Issue 19: an elapsed claim counts from its own anchor.
    { name: 'a rate, not a span', text: 'Sales have grown 20 percent a year since 2015.', published: '2023-05-01' },
    {
      name: 'a difference, not a span',
      text: 'Life expectancy has risen by five years since 1990, the report found.',
      published: '2023-05-01',
    },
    {
      name: 'a limit, not a span',
      text: 'Elections must be held within 90 days since the 2022 amendment.',
      published: '2023-11-29',
    },
    {
      name: 'an amount a year ago',
      text: 'Revenue reached $3 billion in 2019. It rose to $5 billion this year, up from $4.1 billion a year ago.',
      published: '2024-05-01',
    },
    {
      name: 'an act and its object',
      text: 'The civil war in Syria began in 2011. Amal, who fled Syria more than 20 years ago, now runs a bakery.',
      published: '2023-05-01',
    },
    {
      name: "a person's act after 'after'",
      text: 'The archive opened on Friday, 50 years after Ada first used it. Ada retired in 1991.',
      published: '2023-11-17',
    },
    {
      name: 'a scheduled date is no anchor',
      text: 'Barely ten days after the president called the election for May 25, polls show a tight race.',
      published: '2024-04-30',
    },
    {
      name: 'two phrases across a comma',
      text: 'The archive will hold posts from the past six years, after June 1.',
      published: '2024-07-01',
    },
    {
      name: 'a clause that opens on a year',
      text: 'According to figures released by the agency this year, 2022 saw demand grow 3 percent.',
      published: '2023-11-18',
    },
    // Issue 20: relative time against the text's own dates, known events.
    {
      name: 'hours apart across midnight',
      text: 'The blast hit the market on June 3, 2019. Hours earlier, on June 2, 2019, police had raided a house.',
      published: '2019-06-04',
    },
    {
      name: 'a date in a relative clause is not the event hours apart',
      text: 'The blast hit the market on June 3, 2019. Hours later, the hall, which opened on May 2, 2017, shut.',
      published: '2019-06-04',
    },
    {
      name: 'the first raid of the year is not the one before',
      text: 'The first raid of the year came on March 2. It was the second raid this month.',
      published: '2019-08-09',
    },
    {
      name: 'the first raid in the same month',
      text: 'The first raid, on August 2, destroyed two houses. It was the second raid this month.',
      published: '2019-08-09',
    },
    {
      name: 'a decade after a flood, in round years',
      text: 'A decade after the 2013 floods, the valley is still rebuilding.',
      published: '2024-06-01',
    },
  ],
  invalid: [
    {
      name: 'hours earlier, years apart',
      text: 'The blast hit the market on June 3, 2019. Hours earlier, on May 2, 2017, police raided the house.',
      published: '2019-06-04',
      findings: [
        {
          messageId: 'hoursApart',
          severity: 'medium',
          evidence: ['Hours earlier', 'May 2, 2017', 'June 3, 2019'],
          data: { days: 762 },
        },
      ],
    },
    {
      name: 'the second raid this month, after a first dated in March',
      text: 'The first raid, on March 2, destroyed two houses. It was the second raid this month.',
      published: '2019-08-09',
      findings: [
        {
          messageId: 'nthInPeriod',
          severity: 'medium',
          evidence: ['second raid this month', 'March 2'],
          data: { date: 'March 2, 2019' },
        },
      ],
    },
    {
      name: 'a known event, ten years on from it',
      text: 'Ten years on from the Fukushima disaster, the town is empty.',
      published: '2016-05-01',
      findings: [{ messageId: 'afterLatest', severity: 'medium', evidence: ['Ten years on from'] }],
    },
    {
      name: 'the anniversary of a known event',
      text: 'Residents marked the tenth anniversary of the Fukushima disaster on Friday.',
      published: '2016-05-01',
      findings: [
        { messageId: 'anniversary', severity: 'medium', evidence: ['tenth anniversary'], data: { implied: 2021 } },
      ],
    },
    {
      name: 'a decade after a known event',
      text: 'A decade after the Fukushima disaster, the town is empty.',
      published: '2016-05-01',
      findings: [{ messageId: 'afterLatest', severity: 'medium', evidence: ['A decade after'] }],
    },
    // Issue 19, the other direction.
    {
      name: 'a year since a date',
      text: 'It has been a year since 2015.',
      published: '2023-05-01',
      findings: [{ messageId: 'sincePublication', severity: 'high', evidence: ['a year since'] }],
    },
    {
      name: 'an apposition closed after the date',
      text: 'Figures released this year, 2019, show growth.',
      published: '2021-11-18',
      findings: [{ messageId: 'relativePeriod', severity: 'high', evidence: ['this year', '2019'] }],
    },
    // Issue 12: a state that lasts to the writing, against the date the text gives its beginning.
    {
      name: "a headline's claim against the body",
      text: 'Market closed for 50 years reopens\n\nThe covered market shut down in 1948 and reopened on Saturday.',
      published: '2020-03-01',
      findings: [
        {
          messageId: 'stateSince',
          severity: 'medium',
          evidence: ['closed for 50 years', '1948'],
          data: { where: 'the headline', actual: '71 to 72 years' },
        },
      ],
    },
    {
      name: 'in one sentence',
      text: 'The covered market, which shut down in 1948, has been closed for 50 years.',
      published: '2020-03-01',
      findings: [
        {
          messageId: 'stateSince',
          severity: 'high',
          evidence: ['closed for 50 years', '1948'],
          data: { where: 'the text' },
          roles: ['claim', 'reference'],
        },
      ],
    },
    // Issue 12: a period named relative to the writing, beside the date the text gives it.
    {
      name: "this year's, another year",
      text: "Delegates gathered for this year's 2019 conference in Oslo.",
      published: '2021-06-01',
      findings: [
        {
          messageId: 'relativePeriod',
          severity: 'high',
          evidence: ['this year', '2019'],
          data: { period: '2021' },
          roles: ['claim', 'reference'],
        },
      ],
    },
    {
      name: 'the second this month, after one last month',
      text: 'Police carried out the second raid this month on Tuesday, after the one on March 2.',
      published: '2024-04-09',
      findings: [
        {
          messageId: 'relativePeriod',
          severity: 'medium',
          evidence: ['second raid this month', 'March 2'],
          data: { period: 'April 2024', date: 'March 2, 2024' },
        },
      ],
    },
    {
      name: 'last year in brackets',
      text: 'Sales rose last year (2021), the company said.',
      published: '2024-04-09',
      findings: [
        { messageId: 'relativePeriod', severity: 'high', evidence: ['last year', '2021'], data: { period: '2023' } },
      ],
    },
    {
      name: 'this month, in another month',
      text: 'This month, in March 2024, the council met twice.',
      published: '2024-04-09',
      findings: [{ messageId: 'relativePeriod', severity: 'high', evidence: ['This month', 'March 2024'] }],
    },
    {
      name: 'earlier this month, on a day of the month before',
      text: 'Earlier this month, on March 28, the mayor resigned.',
      published: '2023-04-09',
      findings: [
        {
          messageId: 'relativePeriod',
          severity: 'medium',
          evidence: ['this month', 'March 28'],
          data: { period: 'April 2023' },
        },
      ],
    },
    {
      name: 'quoted, at most low',
      text: '"This is the third blaze this week, following one on March 2," the chief said.',
      published: '2024-04-09',
      findings: [{ messageId: 'relativePeriod', severity: 'low', evidence: ['third blaze this week', 'March 2'] }],
    },
    // Issue 12: an event dated in another sentence, under another name or by a clause about it.
    {
      name: 'an event dated in another sentence under another name',
      text:
        'The storm struck in August 2005. Six years after the hurricane flooded the city, ' +
        'residents are still rebuilding.',
      published: '2014-03-01',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'medium',
          evidence: ['Six years after', 'August 2005'],
          data: { anchor: 'the hurricane to August 2005 (as "the storm", in another sentence)' },
        },
      ],
    },
    {
      name: 'an event dated by a sentence that names what it struck',
      text: 'The flood struck the town in March 2014. Ten years after the flood, the town is still rebuilding.',
      published: '2021-06-12',
      findings: [
        {
          messageId: 'afterLatest',
          severity: 'medium',
          evidence: ['Ten years after', 'March 2014'],
          roles: ['claim', 'reference'],
        },
      ],
    },
    {
      name: 'years later, counted from the sentence before, to now: worth a look',
      text: 'The storm made landfall in October 2012. Five years later, the boardwalk is rebuilt.',
      published: '2022-10-29',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'low',
          evidence: ['Five years later', 'October 2012'],
          data: { claim: 'five years', actual: '10 years' },
        },
      ],
    },
    {
      name: 'years on, after now',
      text: 'The factory opened in 1998. Now, 35 years on, it is closing its doors.',
      published: '2023-06-01',
      findings: [{ messageId: 'sincePublication', severity: 'low', evidence: ['35 years on', '1998'] }],
    },
    {
      name: 'lasted since a start in the same sentence',
      text: 'The talks, which began in January 2023, have now lasted for two years.',
      published: '2023-08-08',
      findings: [
        {
          messageId: 'stateSince',
          severity: 'medium',
          evidence: ['have now lasted for two years', 'January 2023'],
          data: { beginning: 'the start', actual: '6 to 7 months' },
        },
      ],
    },
    {
      name: 'weeks that no writing lag explains',
      text: 'Three weeks after the storm hit on Sept. 1, power is still out.',
      published: '2019-10-12',
      findings: [{ messageId: 'sincePublication', severity: 'medium', evidence: ['Three weeks after'] }],
    },
    {
      name: 'in the years since the event',
      text: 'The storm struck in August 2005. In the six years since the storm, the levees were rebuilt.',
      published: '2014-03-01',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'medium',
          evidence: ['six years since', 'August 2005'],
          roles: ['claim', 'reference'],
        },
      ],
    },
    {
      name: 'a relative clause about the event',
      text:
        'The earthquake of May 2020 destroyed the old town. The quake, which hit just two ' +
        'months ago, left thousands homeless.',
      published: '2021-03-01',
      findings: [{ messageId: 'sincePublication', severity: 'medium', evidence: ['just two months ago', 'May 2020'] }],
    },
    {
      name: 'an appositive year',
      text: 'Five years ago, in 2011, the council approved the plan.',
      published: '2021-03-01',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'high',
          evidence: ['Five years ago'],
          data: { claim: 'five years' },
          roles: ['-'],
        },
      ],
    },
    {
      name: 'an event that dates itself, and a participle clause',
      text: 'The 2019 takeover, agreed only four months ago, is already in trouble.',
      published: '2022-09-01',
      findings: [{ messageId: 'sincePublication', severity: 'high', evidence: ['only four months ago'] }],
    },
    {
      name: 'a year has gone by since',
      text: 'Barely a year has gone by since the 2015 fire.',
      published: '2019-06-01',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'high',
          evidence: ['Barely a year has gone by since'],
          data: { claim: 'barely a year' },
        },
      ],
    },
    {
      name: 'anniversary counted from a founding date in the same sentence',
      text: 'The orchestra, founded in 1970, opened its 40th anniversary season on Friday.',
      published: '2020-10-02',
      findings: [
        { messageId: 'anniversary', severity: 'medium', evidence: ['40th anniversary'], data: { implied: 2010 } },
      ],
    },
    {
      name: 'ago against an event dated elsewhere',
      text:
        'The largest attack since the initial invasion in February 2022. The strikes are the ' +
        'heaviest since the initial invasion 11 months ago.',
      published: '2024-01-01',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'medium',
          evidence: ['11 months ago', 'February 2022'],
          data: { actual: '22 to 23 months', claim: '11 months' },
        },
      ],
    },
    {
      name: 'ago with its own year',
      text: 'Six years ago, in 2021, the port handled half as much cargo.',
      published: '2024-05-02',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'high',
          evidence: ['Six years ago'],
          data: { anchor: '2021', actual: '2 to 3 years' },
        },
      ],
    },
    {
      name: 'after X lands after publication',
      text: 'Seven years after the factory closed in 2018, the town is still poor.',
      published: '2022-03-01',
      findings: [
        { messageId: 'afterLatest', severity: 'high', evidence: ['Seven years after'], data: { implied: 2025 } },
      ],
    },
    {
      name: 'age of a thing',
      text: 'The bridge, opened in 1932, is 80 years old.',
      published: '2024-08-01',
      findings: [
        {
          messageId: 'ageOfThing',
          severity: 'high',
          evidence: ['80 years old', '1932'],
          data: { actual: '92 to 93 years' },
        },
      ],
    },
    {
      name: 'anniversary off by a decade',
      text: 'The city marked the 20th anniversary of the flood of 1994 this week.',
      published: '2024-06-02',
      findings: [
        { messageId: 'anniversary', severity: 'medium', evidence: ['20th anniversary'], data: { implied: 2014 } },
      ],
    },
    {
      name: 'no publication date: the text narrates later events',
      text:
        'The war began in March 2020. On May 3, 2024, rockets struck the capital. It was the ' +
        'worst attack since the war began four months ago.',
      findings: [
        { messageId: 'sinceNarrated', severity: 'low', evidence: ['four months ago', 'March 2020', 'May 3, 2024'] },
      ],
    },
    {
      name: 'since counted in words',
      text: 'The treaty was signed in June 2010. It has been twenty-two years since the treaty was signed.',
      published: '2018-06-01',
      findings: [
        {
          messageId: 'sincePublication',
          severity: 'medium',
          evidence: ['twenty-two years since', 'June 2010'],
          data: { actual: '8 years' },
        },
      ],
    },
    {
      name: 'pack: ago from a named event',
      text:
        'Russian forces struck Kyiv overnight. It was the heaviest attack since the full-scale ' +
        'invasion 11 months ago.',
      published: '2024-01-01',
      findings: [
        {
          messageId: 'sincePack',
          severity: 'medium',
          evidence: ['11 months ago'],
          data: { event: 'full-scale invasion', when: 'February 24, 2022', actual: '22 months' },
        },
      ],
    },
    {
      name: 'pack: since a named event',
      text: 'It has been twenty years since 9/11, the mayor said.',
      published: '2016-09-11',
      findings: [
        {
          messageId: 'sincePack',
          severity: 'medium',
          evidence: ['twenty years since'],
          data: { when: 'September 11, 2001', actual: '15 years' },
        },
      ],
    },
    {
      name: 'pack: after a named event, later than the article',
      text: 'Twenty years after the 9/11 attacks, the memorial museum opened its new wing.',
      published: '2015-05-01',
      findings: [
        { messageId: 'afterLatest', severity: 'medium', evidence: ['Twenty years after'], data: { implied: 2021 } },
      ],
    },
    {
      name: 'pack: a cue settled by a fuller name earlier',
      text:
        'The Russian invasion of Ukraine changed Europe. Gas prices have doubled since the ' +
        'invasion six months ago.',
      published: '2024-03-01',
      findings: [
        {
          messageId: 'sincePack',
          severity: 'medium',
          evidence: ['six months ago'],
          data: { when: 'February 24, 2022' },
        },
      ],
    },
  ],
});

describe('elapsed-time on a headline the text does not hold', () => {
  it('quotes the headline from outside the text', () => {
    const article = buildArticle({
      source: 'x',
      title: 'Market closed for 50 years reopens',
      paragraphs: ['The covered market shut down in 1948 and reopened on Saturday with forty stalls.'],
      dates: [{ value: '2020-03-01', kind: 'published', source: 'json-ld', text: '2020-03-01' }],
      bylines: [],
    });
    const drafts = elapsedTime.run(article, buildContext(article, null));
    expect(drafts.map((d) => [d.messageId, d.severity, d.evidence.map((e) => [e.text, e.start])])).toEqual([
      [
        'stateSince',
        'medium',
        [
          ['closed for 50 years', null],
          ['1948', 'The covered market shut down in '.length],
        ],
      ],
    ]);
  });
});
