/**
 * Nouns that name the same kind of event, as news writes them in turn: a story dates "the storm"
 * in one sentence and counts "six years after the hurricane" in another. A claim's event is
 * looked for under any name of its group; words outside every group match only themselves.
 */
const GROUPS: string[][] = [
  ['storm', 'hurricane', 'typhoon', 'cyclone', 'superstorm', 'tempest'],
  ['earthquake', 'quake', 'tremor', 'temblor'],
  ['fire', 'blaze', 'wildfire', 'inferno', 'bushfire'],
  ['flood', 'flooding', 'deluge'],
  ['explosion', 'blast', 'bombing'],
  ['crash', 'collision', 'accident', 'derailment'],
  ['eruption', 'volcano'],
  ['war', 'conflict', 'fighting'],
  ['invasion', 'incursion', 'offensive'],
  ['attack', 'assault', 'raid'],
  ['shooting', 'massacre', 'gunfight'],
  ['election', 'vote', 'ballot', 'poll', 'referendum'],
  ['takeover', 'acquisition', 'merger', 'buyout', 'deal'],
  ['strike', 'walkout', 'stoppage'],
  ['protest', 'protests', 'demonstration', 'uprising', 'rally'],
  ['pandemic', 'epidemic', 'outbreak'],
  ['closure', 'closing', 'shutdown'],
  ['opening', 'launch', 'inauguration', 'debut', 'premiere'],
  ['collapse', 'bankruptcy', 'crisis'],
];

const GROUP_OF = new Map<string, string[]>();
for (const group of GROUPS) for (const word of group) GROUP_OF.set(word, group);

/** The names an event noun goes by: its group, or the word alone. */
export function eventNames(head: string): string[] {
  return GROUP_OF.get(head.toLowerCase()) ?? [head.toLowerCase()];
}

/** True for a noun this list knows as an event's ("the 2019 takeover"), not a thing's ("the 2020 model"). */
export function isEventNoun(word: string): boolean {
  return GROUP_OF.has(word.toLowerCase().replace(/(?<=[a-z]{3})s$/, '')) || GROUP_OF.has(word.toLowerCase());
}
