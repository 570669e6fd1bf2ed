import type { Grammar } from './grammar.js';
import { afterDe } from './of-a-noun.js';
import { clausePositions } from './tense.js';
import { anyCase, phraseList, WORD_END, WORD_START, wordList } from './words.js';

/** French. */

const MONTHS = [
  'janvier janv.',
  'février fevrier févr. fév.',
  'mars',
  'avril avr.',
  'mai',
  'juin',
  'juillet juil.',
  'août aout',
  'septembre sept.',
  'octobre oct.',
  'novembre nov.',
  'décembre decembre déc.',
].map(wordList);
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'].map(wordList);

const UNITS = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
/** "vingt et un" to "quatre-vingt-dix-neuf", in the spellings before and after the 1990 reform. */
function numberWords(): Record<string, number> {
  const words: Record<string, number> = {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    'dix-sept': 17,
    'dix-huit': 18,
    'dix-neuf': 19,
    cent: 100,
  };
  const tens: Array<[string, number]> = [
    ['vingt', 20],
    ['trente', 30],
    ['quarante', 40],
    ['cinquante', 50],
    ['soixante', 60],
  ];
  for (const [t, v] of tens) {
    words[t] = v;
    words[`${t} et un`] = v + 1;
    words[`${t}-et-un`] = v + 1;
    UNITS.slice(1).forEach((u, i) => (words[`${t}-${u}`] = v + i + 2));
  }
  const teens = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
  teens.forEach((t, i) => {
    words[`soixante-${t}`] = 70 + i;
    words[`quatre-vingt-${t}`] = 90 + i;
  });
  words['soixante et onze'] = 71;
  words['quatre-vingts'] = 80;
  words['quatre-vingt'] = 80;
  UNITS.forEach((u, i) => (words[`quatre-vingt-${u}`] = 81 + i));
  return words;
}

const AUX_HAVE = new Set(wordList('a ont avait avaient eut eurent ai as avons avez'));
const AUX_BE = new Set(wordList('est sont était étaient fut furent suis es sommes êtes'));
/** Words that may stand between an auxiliary and its participle: "a déjà signé", "n'a pas été". */
const BETWEEN = new Set(
  wordList(`
  ne pas déjà bien aussi encore jamais finalement notamment enfin alors même toujours plus été
`),
);
const PARTICIPLE =
  /^\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes|int|inte|aint|eint|oint)$/u;
/**
 * Participles with "être" that tell a change, not a state: "est mort", "sont arrivés", and the reflexive "s'est tenu".
 */
const CHANGE = new RegExp(
  String.raw`^(?:mort|mortes?|morts|née?s?|né|(?:venu|allé|arrivé|parti|tombé|entré|sorti|devenu|resté|décédé|` +
    String.raw`survenu|intervenu|passé|revenu|rentré|retourné)e?s?)$`,
  'u',
);
/** Participles that schedule ("était prévu le 8 octobre"): no past is narrated by them. */
const SCHEDULING = new Set(
  wordList(`
  prévu prévue prévus prévues programmé programmée programmés programmées fixé fixée fixés fixées planifié planifiée
  attendu attendue attendus attendues reporté reportée reportés reportées repoussé repoussée repoussés repoussées décalé
  décalée agendé envisagé envisagée espéré espérée prolongé prolongée calé calée
`),
);
/** The simple pasts of the third person plural, and a few of the singular that news still writes. */
const PASSE_SIMPLE = new RegExp(
  String.raw`^(?:\p{Ll}{2,}(?:èrent|irent|urent)|fut|eut|mourut|naquit|vint|devint|survint|annonça|déclara|lança|` +
    String.raw`commença|signa|remporta|quitta)$`,
  'u',
);

/** The clear pasts of a French clause: "a signé", "ont été arrêtés", "est mort", "s'est tenu", a passé simple. */
function pastForms(clause: string): Array<{ start: number; end: number }> {
  const words = clausePositions(clause);
  const lower = words.map((w) => w.text.toLowerCase().replace(/^(?:s|n|l|qu|c)['’]/u, ''));
  if (lower.some((w) => SCHEDULING.has(w))) return [];
  const out: Array<{ start: number; end: number }> = [];
  lower.forEach((w, i) => {
    // A verb is written in lower case in running text: "Carrera" and "Pranvera" are names.
    if (words[i]!.text !== words[i]!.text.toLowerCase()) return;
    if (PASSE_SIMPLE.test(w)) {
      out.push(words[i]!);
      return;
    }
    const have = AUX_HAVE.has(w);
    const be = AUX_BE.has(w);
    if (!have && !be) return;
    // "s'est tenu", "se sont réunis": a reflexive takes "être" and tells an event.
    const reflexive = /^s['’]/u.test(words[i]!.text.toLowerCase()) || lower[i - 1] === 'se';
    for (let j = i + 1; j < lower.length && j <= i + 4; j++) {
      const next = lower[j]!;
      if ((have || reflexive) && PARTICIPLE.test(next)) return void out.push(words[i]!);
      if (be && CHANGE.test(next)) return void out.push(words[i]!);
      if (!BETWEEN.has(next)) return;
    }
  });
  return out;
}

/** Future simple ("durera", "paraîtra", "signeront"), and not the nouns that end the same way ("caméra", "front"). */
const NOT_FUTURE = wordList(`
  extra ultra cobra mantra tantra sutra tiara contra sierra opéra caméra choléra agora mascara chakra front affront
`);
const FUTURE_SIMPLE = String.raw`(?!(?:${NOT_FUTURE.join('|')})${WORD_END})\p{Ll}{2,}(?:ra|ront)`;

const FUTURE_WORDS = anyCase(
  phraseList(`
  sera | seront | aura | auront | va | vont | vais | allons | allez | prévoit | prévoient | prévu | prévue | prévus |
  prévues | devrait | devraient | doit | doivent | envisage | envisagent | s'attend | s'attendent | espère | espèrent |
  ambitionne | projette | prochain | prochaine | prochains | prochaines | à venir | d'ici
`),
);
const CONDITIONAL_WORDS = anyCase(
  phraseList(`
  si | s'il | s'ils | sinon | pourrait | pourraient | peut | peuvent | au cas où | à condition
`),
);
/** Verbs that also name things are left out: "un compte en Suisse", "la table". */
const MARKER_WORDS = anyCase(
  phraseList(`
  sera | seront | va | vont | devrait | devraient | prévoit | prévoient | s'attend | s'attendent | envisage |
  envisagent | projette | ambitionne | vise | visent
`),
);
const BREAK_WORDS = anyCase(
  phraseList(`
  qui | dont | lequel | laquelle | lesquels | lesquelles | depuis | après | comparé | rapport | contre | alors | lors |
  était | étaient | avait | avaient | fut | qu'en | que en
`),
);

const W = WORD_START;
const E = WORD_END;
const MONTH_NAMES = MONTHS.flat().filter((m) => !m.endsWith('.'));

export const fr: Grammar = {
  code: 'fr',
  calendar: {
    months: MONTHS,
    weekdays: WEEKDAYS,
    daySource: String.raw`(?<day>\d{1,2})(?:er|ᵉʳ|re)?`,
    dayToMonthSource: String.raw`\s+`,
    monthToYearSource: String.raw`\s+`,
    weekdayToDateSource: String.raw`,?\s+(?:le\s+)?`,
    dayListSource: String.raw`\s*(?:,|et|ou|au|à|[-–])\s*(?:(?:le|l['’])\s*)?`,
    weekdayListBefore: new RegExp(String.raw`${W}(?:au|et|ou|à)\s*$|[-–]\s*$`, 'iu'),
    yearBefore: new RegExp(
      String.raw`(?:${W}(?:en|l['’]an|l['’]année|année|début|fin|courant|printemps|été|automne|hiver|jusqu['’]en|` +
        String.raw`d['’]ici(?:\s+à)?|dès|saison|exercice|trimestre|semestre)\s+|${W}mi-)$`,
      'iu',
    ),
    yearMaybeBefore: new RegExp(
      String.raw`${W}(?:à|de|du|des|avant|après|pour|entre|et|ou|vers|jusqu['’]à|depuis|à\s+partir\s+de)\s+$`,
      'iu',
    ),
    countAfter: new RegExp(
      String.raw`^\s*(?:[€$%]|(?!(?:les|des|ses|mes|tes|nos|vos|leurs|dans|sous|sans|plus|moins|après|depuis|alors|` +
        String.raw`lors|vers|très|puis|mais|jamais|toujours|pas|ans|fois)(?!\p{L}))\p{Ll}+[sx](?!\p{L}))`,
      'u',
    ),
    ofANoun: afterDe(`partir près lors fin début milieu courant cours long auprès depuis plus moins fois année années
      printemps
      été automne hiver mois semaine jour ${MONTH_NAMES.join(' ')}`),
  },
  numbers: { words: numberWords() },
  spans: {
    units: {
      an: 'year',
      ans: 'year',
      année: 'year',
      années: 'year',
      mois: 'month',
      semaine: 'week',
      semaines: 'week',
      jour: 'day',
      jours: 'day',
      décennie: 'decade',
      décennies: 'decade',
      siècle: 'century',
      siècles: 'century',
    },
    andHalfSource: String.raw`et\s+demie?`,
    hedges: {
      presque: 'at-most',
      quasiment: 'at-most',
      'pas loin de': 'at-most',
      bientôt: 'at-most',
      'moins de': 'at-most',
      "moins d'": 'at-most',
      'près de': 'at-most',
      "près d'": 'at-most',
      'plus de': 'at-least',
      "plus d'": 'at-least',
      'un peu plus de': 'at-least',
      "un peu plus d'": 'at-least',
      'bien plus de': 'at-least',
      'au moins': 'at-least',
      environ: 'approx',
      quelque: 'approx',
      'à peu près': 'approx',
      'autour de': 'approx',
      "autour d'": 'approx',
      'à peine': 'exact',
      'tout juste': 'exact',
      seulement: 'exact',
      exactement: 'exact',
      déjà: 'exact',
      maintenant: 'exact',
    },
    vague: {
      quelques: [2, 5],
      plusieurs: [3, 9],
      'une dizaine de': [8, 12],
      "une dizaine d'": [8, 12],
      'une quinzaine de': [12, 18],
      "une quinzaine d'": [12, 18],
    },
    agoBefore: phraseList('il y a | voici | cela fait | ça fait'),
    agoAfter: [],
    sinceBefore: ['depuis'],
    // "il y a deux ans d'écart" is a difference, not a moment; "il y a deux ans de cela" is one.
    notAfter: /^\s*(?:de\s+(?!cela)|d['’])/iu,
  },
  tense: {
    pastForms,
    infinitive: new RegExp(String.raw`(?:${W}(?:de|à|pour)\s+|${W}d['’])\p{Ll}{2,}(?:er|ir|re)${E}`, 'u'),
    narratedPast: new RegExp(String.raw`${W}\p{Ll}{2,}(?:ait|aient)${E}`, 'u'),
    future: new RegExp(String.raw`${W}(?:${FUTURE_WORDS}|${FUTURE_SIMPLE})${E}`, 'u'),
    conditional: new RegExp(String.raw`${W}(?:${CONDITIONAL_WORDS}|éventuel\p{L}*|\p{Ll}{2,}(?:rait|raient))${E}`, 'u'),
    pastExpectation: new RegExp(
      String.raw`${W}(?:avait|avaient|était|étaient|devait|devaient|prévoyait|prévoyaient|comptait|comptaient|` +
        String.raw`espérait|espéraient|initialement|à\s+l['’]origine|au\s+départ|à\s+l['’]époque|naguère|jadis|` +
        String.raw`autrefois)${E}`,
      'iu',
    ),
    targetBefore: new RegExp(
      String.raw`(?:${W}(?:jusqu['’](?:au|à|en)|d['’]ici(?:\s+(?:au|à|le))?|à\s+compter\s+d(?:u|e)|avant|pour|` +
        String.raw`à\s+partir\s+d(?:u|e)|dès|au\s+plus\s+tard|échéance|date\s+butoir|date\s+limite|` +
        String.raw`délai)|${W}(?:prévu|programmé|fixé|reporté|repoussé|décalé)\p{Ll}*(?:\s+(?:au|à|pour|` +
        String.raw`le))?)(?:\s+(?:le|la|l['’]|fin|début|mi-?|de|d['’]))*\s*$`,
      'iu',
    ),
    now: new RegExp(
      String.raw`${W}(?:maintenant|aujourd['’]hui|désormais|actuellement|à\s+présent|en\s+ce\s+moment)${E}`,
      'iu',
    ),
    sinceBefore: new RegExp(
      String.raw`${W}depuis\s+(?:le\s+|la\s+|l['’])?(?:(?:début|fin|mi-?)\s*(?:de\s+|d['’])?)?$`,
      'iu',
    ),
    clauseBreak: new RegExp(
      String.raw`[;:—–()]|,\s*(?:et|mais|tandis|bien\s+que|puisque|car|lorsque|quand|où|qui|que|qu['’]|dont|si|` +
        String.raw`comme|parce)${E}|\s(?:que\s|qu['’]|dont\s)`,
      'iu',
    ),
  },
  forecasts: {
    marker: new RegExp(String.raw`${W}(?:${MARKER_WORDS}|${FUTURE_SIMPLE})${E}`, 'u'),
    target: new RegExp(
      String.raw`(?:${W}(?:jusqu['’](?:en|à|au)|d['’]ici(?:\s+à)?|pour|en|dès|avant|à\s+partir\s+de|` +
        String.raw`au\s+cours\s+d(?:e|u)|courant|tout\s+au\s+long\s+de|durant|pendant)\s+(?:(?:la|le|` +
        String.raw`l['’])\s*)?(?:(?:fin|début|milieu|printemps|été|automne|hiver|premier|second|deuxième|troisième|` +
        String.raw`quatrième|trimestre|semestre|reste)\s+(?:de\s+|d['’])?(?:l['’]année\s+)?)*|${W}(?:fin|` +
        String.raw`début)\s+|${W}mi-)$`,
      'iu',
    ),
    // A participle right before the year's preposition dates another thing: "la loi adoptée en 2019".
    breaks: new RegExp(
      String.raw`[;.!?]|${W}${BREAK_WORDS}${E}|${W}(?!année)\p{Ll}{2,}(?:é|ée|és|ées)\s+(?:en|le|au|dès)\s*$`,
      'u',
    ),
    narrativeFuture: new RegExp(`^${FUTURE_SIMPLE}$`, 'u'),
    afterYear: /(?!)/u,
    otherCalendar: new RegExp(
      String.raw`${W}(?:exercice|saison|année\s+scolaire|année\s+universitaire|campagne)\s+$`,
      'iu',
    ),
  },
  events: {
    stems: wordList(`
      guerre invasion attaque attentat offensive séisme tremblement inondation incendie explosion élection scrutin
      référendum putsch révolution soulèvement pandémie épidémie confinement crise accident crash catastrophe tempête
      ouragan cyclone tsunami grève annexion occupation démission fondation ouverture fermeture fusion naufrage
    `),
    compounds: false,
    toDate: new RegExp(
      String.raw`^(?:\s+(?:en|contre|de|du|des|à|au|aux|sur)\s+(?:(?:la|le|les|` +
        String.raw`l['’])\s*)?[\p{L}-]+){0,2}(?:\s+(?:a\s+)?(?:commencé|débuté|éclaté|eu\s+lieu|lancée?|` +
        String.raw`déclenchée?|survenue?|intervenue?)|\s+(?:avait\s+)?(?:commencé|débuté|éclaté)|\s+(?:commença|` +
        String.raw`débuta|éclata|remonte|date))?\s*(?:(?:en|le|du|de|au|à|depuis|dès|début|fin|mi-)\s*)*$`,
      'iu',
    ),
    fromDate: new RegExp(
      String.raw`^\s*,?\s*(?:a\s+(?:commencé|débuté|éclaté)|commençait|débutait|éclatait|a\s+été\s+(?:lancée?|` +
        String.raw`déclenchée?))\s+(?:(?:la|le|les|l['’])\s*)(?:[\p{L}-]+\s+)?$`,
      'iu',
    ),
    beside: /^[\s,]*(?:(?:en|le|soit|au|à|c['’]est-à-dire)\s+)?$/iu,
  },
  sentences: {
    abbreviations: wordList('m mm dr pr st ste env cf vol art chap éd coll fig gén lt col cdt sgt av'),
  },
  reporting: new RegExp(
    String.raw`(?:${W}(?:a\s+)?(?:déclaré|dit|affirmé|expliqué|souligné|écrit|ajouté|répondu|indiqué|précisé|` +
      String.raw`tweeté|estimé)\s*:|${W}(?:déclare|dit|affirme|explique|souligne|écrit|ajoute|répond|indique|` +
      String.raw`précise|estime|phrases?|messages?|texte|mots|réponses?|exemples?|mention|` +
      String.raw`avertissement)\s*:)|${W}(?:phrases?|formules?|messages?|mots|expressions?|réponses?|` +
      String.raw`textes?)\s+(?:comme|tel(?:le)?s?\s+que)${E}|${W}(?:comme|tel(?:le)?s?\s+que|` +
      String.raw`par\s+exemple)\s*(?=[«"“])`,
    'iu',
  ),
};
