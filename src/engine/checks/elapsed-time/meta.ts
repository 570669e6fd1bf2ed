import type { CheckMeta } from '../../check-kit/types.js';
import { CALENDAR_LANGUAGES } from '../../lang/languages.js';

export const messages = {
  sincePublication:
    'The text dates {{anchor}} and the article to {{published}}, which is {{actual}} later, not {{claim}}.',
  sincePack:
    'The knowledge pack dates the {{event}} to {{when}} (Wikipedia: "{{wikipedia}}") and the ' +
    'article is dated {{published}}, {{actual}} later, not {{claim}}.',
  sinceNarrated:
    'Counting {{claim}} from {{anchor}} puts the writing before {{before}}, yet the text narrates ' +
    '{{narrated}} as past. No publication date was found.',
  afterLatest: '{{claim}} after {{anchor}} is {{implied}}, later than the article itself ({{latest}}).',
  ageOfThing: 'Dated to {{origin}}, it was {{actual}} old on {{published}}, not {{claim}}.',
  anniversary: 'The {{ordinal}} anniversary of {{origin}} falls in {{implied}}, but the text places it at {{placed}}.',
  stateSince:
    '"{{claim}}" ({{where}}), but the text dates {{beginning}} to {{anchor}}: {{actual}} before the ' +
    'article ({{published}}).',
  relativePeriod: '"{{phrase}}" is {{period}} by the article\'s date ({{published}}), but the text dates it {{date}}.',
  hoursApart:
    '"{{phrase}}" puts two events hours apart, but the text dates them {{date}} and {{before}}, {{days}} days apart.',
  nthInPeriod:
    '"{{phrase}}" puts the one before it in {{period}} (the article is dated {{published}}), ' +
    'but the text dates it {{date}}.',
};
export type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'elapsed-time',
  title: 'Elapsed time does not add up',
  description:
    'A span of time ("11 months ago", "seven years after", "the 30th anniversary") disagrees with ' +
    'the dates the article itself gives.',
  messages,
  languages: CALENDAR_LANGUAGES,
};
