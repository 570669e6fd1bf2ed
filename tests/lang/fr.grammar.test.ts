import { describe, expect, it } from 'vitest';
import { fr } from '../../src/engine/lang/fr.js';
import { findDatesIn } from '../../src/engine/lang/dates.js';
import { eventStemOf } from '../../src/engine/lang/anchors.js';
import { splitSentencesIn } from '../../src/engine/lang/sentences.js';
import { grammarTables } from './grammar-tables.js';

const words = (s: string) => s.trim().split(/\s+/);
const phrases = (s: string) =>
  s
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean);
const spaced = (list: string[]) => list.map((p) => `${p} `);

grammarTables({
  grammar: fr,
  monthYear: 'Cela se passait en {} 2024.',
  months: [
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
  ],
  weekdayDate: 'Le conseil a voté {} 12 juin 2024.',
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  spanOfNumber: 'il y a {} ans',
  numbers: [
    ['un', 1],
    ['deux', 2],
    ['trois', 3],
    ['quatre', 4],
    ['cinq', 5],
    ['six', 6],
    ['sept', 7],
    ['huit', 8],
    ['neuf', 9],
    ['dix', 10],
    ['onze', 11],
    ['douze', 12],
    ['treize', 13],
    ['quatorze', 14],
    ['quinze', 15],
    ['seize', 16],
    ['dix-sept', 17],
    ['dix-huit', 18],
    ['dix-neuf', 19],
    ['vingt', 20],
    ['vingt et un', 21],
    ['vingt-et-un', 21],
    ['vingt-deux', 22],
    ['trente', 30],
    ['trente-neuf', 39],
    ['quarante', 40],
    ['cinquante', 50],
    ['soixante', 60],
    ['soixante-dix', 70],
    ['soixante et onze', 71],
    ['soixante-dix-neuf', 79],
    ['quatre-vingts', 80],
    ['quatre-vingt', 80],
    ['quatre-vingt-un', 81],
    ['quatre-vingt-dix', 90],
    ['quatre-vingt-dix-neuf', 99],
    ['cent', 100],
    ['11', 11],
  ],
  spanOfUnit: 'il y a {}',
  units: [
    ['un an', 'year'],
    ['deux ans', 'year'],
    ['une année', 'year'],
    ['deux années', 'year'],
    ['deux mois', 'month'],
    ['une semaine', 'week'],
    ['deux semaines', 'week'],
    ['un jour', 'day'],
    ['deux jours', 'day'],
    ['une décennie', 'decade'],
    ['deux décennies', 'decade'],
    ['un siècle', 'century'],
    ['deux siècles', 'century'],
    ['un an et demi', 'year'],
    ['deux ans et demie', 'year'],
  ],
  spanOfHedge: 'il y a {} deux ans',
  hedges: [
    ['presque', 'at-most'],
    ['quasiment', 'at-most'],
    ['pas loin de', 'at-most'],
    ['bientôt', 'at-most'],
    ['moins de', 'at-most'],
    ['près de', 'at-most'],
    ['plus de', 'at-least'],
    ['un peu plus de', 'at-least'],
    ['bien plus de', 'at-least'],
    ['au moins', 'at-least'],
    ['environ', 'approx'],
    ['quelque', 'approx'],
    ['à peu près', 'approx'],
    ['autour de', 'approx'],
    ['à peine', 'exact'],
    ['tout juste', 'exact'],
    ['seulement', 'exact'],
    ['exactement', 'exact'],
    ['déjà', 'exact'],
    ['maintenant', 'exact'],
  ],
  spanOfVague: 'il y a {} ans',
  vague: ['quelques', 'plusieurs', 'une dizaine d’', 'une quinzaine d’'],
  ago: phrases(
    "il y a deux ans | voici deux ans | cela fait deux ans | ça fait deux ans | il y a près d'un an | il y a plus " +
      "d'un an | il y a moins d'un an | il y a autour d'un an | il y a une dizaine de mois | il y a une quinzaine de " +
      "jours | il y a un peu plus d'un an | il y a deux ans de cela",
  ),
  since: ['depuis deux ans'],
  noSpans: ['depuis des années', "il y a deux ans d'écart", 'il y a deux ans de retard'],
  past: [
    ...phrases(`
      a signé | ont voté | avait décidé | avaient fini | eut lieu | eurent fini | ai vu | as dit | avons perdu |
      avez écrit | est mort | sont nées | était né | étaient venus | fut allée | furent arrivés | suis parti |
      es tombée | sommes entrés | êtes sortis | est devenue | est restée | est décédée | est survenue | est intervenu |
      est passée | est revenue | est rentrée | est retournée | sont mortes | sont morts | s'est tenu | se sont réunis |
      a déjà signé | n'a pas encore voté | a bien reçu | a aussi perdu | a jamais dit | a finalement cédé |
      a notamment dit | a enfin admis | a alors quitté | a même vendu | a toujours nié | a plus joué | a été arrêté |
      a découvert | a ouvert | a perdu | ont élu | a promis | ont conduit | a fui | a joint | a craint | a peint |
      a rejoint
    `),
    ...words(
      'signèrent partirent vécurent fut eut mourut naquit vint devint survint annonça déclara lança commença signa ' +
        'remporta quitta',
    ),
  ],
  notPast: [
    ...phrases(`
      est fermé | sont prêts | a prévu | était prévue | sont prévus | sont prévues | a programmé | est programmée |
      sont programmés | sont programmées | a fixé | est fixée | sont fixés | sont fixées | a planifié | est planifiée |
      est attendu | est attendue | sont attendus | sont attendues | a reporté | est reportée | sont reportés |
      sont reportées | a repoussé | est repoussée | sont repoussés | sont repoussées | a décalé | est décalée |
      a agendé | a envisagé | est envisagée | a espéré | est espérée | a prolongé | est prolongée | a calé | est calée
    `),
    'A été signé',
  ],
  patterns: [
    {
      name: 'future',
      re: fr.tense.future,
      yes: [
        ...phrases(
          'sera | seront | aura | auront | va | vont | vais | allons | allez | prévoit | prévoient | prévu | prévue ' +
            "| prévus | prévues | devrait | devraient | doit | doivent | envisage | envisagent | s'attend | " +
            "s'attendent | espère | espèrent | ambitionne | projette | prochain | prochaine | prochains | prochaines " +
            "| à venir | d'ici | Sera | durera | paraîtra | prendront",
        ),
      ],
      no: words(
        'extra ultra cobra mantra tantra sutra tiara contra sierra opéra caméra choléra agora mascara chakra front ' +
          'affront Carrera Pranvera',
      ),
    },
    {
      name: 'conditional',
      re: fr.tense.conditional,
      yes: phrases(
        "si | s'il | s'ils | sinon | pourrait | pourraient | peut | peuvent | au cas où | à condition | " +
          'éventuellement | serait | auraient',
      ),
    },
    {
      name: 'an expectation told as history',
      re: fr.tense.pastExpectation,
      yes: phrases(
        'avait | avaient | était | étaient | devait | devaient | prévoyait | prévoyaient | comptait | comptaient | ' +
          "espérait | espéraient | initialement | à l'origine | au départ | à l'époque | naguère | jadis | autrefois",
      ),
    },
    {
      name: 'a deadline before a date',
      re: fr.tense.targetBefore,
      yes: spaced(
        phrases(
          "jusqu'au | jusqu'à | jusqu'en | d'ici | d'ici au | d'ici à | d'ici le | à compter du | à compter de | " +
            'avant | pour | à partir du | à partir de | dès | au plus tard | échéance | date butoir | date limite | ' +
            "délai | prévu | programmée | fixé au | reporté au | repoussé à | décalé pour | prévu le | jusqu'à la | " +
            "jusqu'à l' | d'ici la fin | d'ici le début | d'ici la mi | d'ici mi- | jusqu'à la fin de | jusqu'à la " +
            "fin d'",
        ),
      ),
      no: ['a voté '],
    },
    {
      name: 'now',
      re: fr.tense.now,
      yes: phrases("maintenant | aujourd'hui | désormais | actuellement | à présent | en ce moment"),
    },
    {
      name: 'since before a date',
      re: fr.tense.sinceBefore,
      yes: phrases(
        "depuis | depuis le | depuis la | depuis l' | depuis début | depuis fin | depuis mi- | depuis le début de | " +
          "depuis la fin d'",
      ).map((p) => (p.endsWith("'") || p.endsWith('-') ? p : `${p} `)),
    },
    { name: 'a state told in the past', re: fr.tense.narratedPast, yes: words('vivait travaillaient') },
    {
      name: 'an infinitive between verb and date',
      re: fr.tense.infinitive,
      yes: phrases("de consacrer | à payer | pour construire | d'ouvrir | de finir | de prendre"),
    },
    {
      name: 'a forecast marker',
      re: fr.forecasts.marker,
      yes: phrases(
        "sera | seront | va | vont | devrait | devraient | prévoit | prévoient | s'attend | s'attendent | envisage | " +
          'envisagent | projette | ambitionne | vise | visent | durera',
      ),
      no: words('compte table Carrera'),
    },
    {
      name: 'the period a forecast is about',
      re: fr.forecasts.target,
      yes: phrases(
        "jusqu'en | jusqu'à | jusqu'au | d'ici | d'ici à | pour | en | dès | avant | à partir de | au cours de | " +
          "courant | tout au long de | durant | pendant | jusqu'à la fin de | jusqu'à la fin de l'année | d'ici le " +
          "début de | pour le milieu de | en été | pendant le printemps | jusqu'à l'automne | durant l'hiver | au " +
          'cours du premier semestre de | pendant le second trimestre de | en deuxième | en troisième | en quatrième ' +
          '| pour le reste de | fin | début',
      )
        .map((p) => (p.endsWith("'") ? p : `${p} `))
        .concat(['mi-']),
    },
    {
      name: 'what moves a year out of a forecast',
      re: fr.forecasts.breaks,
      yes: [
        ...phrases(
          'qui | dont | lequel | laquelle | lesquels | lesquelles | depuis | après | comparé | rapport | contre | ' +
            "alors | lors | était | étaient | avait | avaient | fut | qu'en | que en",
        ),
        ';',
        '.',
        '!',
        '?',
        'la loi adoptée en ',
        'le texte voté le ',
        'les décrets signés au ',
        'les lois promulguées dès ',
      ],
      no: ["l'année en "],
    },
    {
      name: 'a calendar that ends after its year',
      re: fr.forecasts.otherCalendar,
      yes: spaced(phrases("l'exercice | la saison | l'année scolaire | l'année universitaire | la campagne")),
    },
    {
      name: 'from an event to its date',
      re: fr.events.toDate,
      yes: phrases(
        'a commencé en | a débuté le | a éclaté en | a eu lieu le | lancée le | déclenché en | survenue le | ' +
          'intervenue en | avait commencé en | avait débuté le | avait éclaté en | commença en | débuta le | éclata ' +
          'en | remonte à | date de | en Ukraine le | contre Kiev en | de la ville le | du pays en | des troupes le ' +
          '| à Paris le | au Mali en | aux frontières le | sur la ville en | des chauffeurs de bus a commencé en | ' +
          'depuis | dès | début | fin | mi-',
      ).map((p) => ` ${p}${p.endsWith('-') ? '' : ' '}`),
    },
    {
      name: 'from a date to its event',
      re: fr.events.fromDate,
      yes: phrases(
        "a commencé la | a débuté l' | a éclaté le | commençait la | débutait les | éclatait la | a été lancée l' | " +
          'a été déclenchée la | a commencé la guerre',
      ).map((p) => ` ${p}${p.endsWith("'") ? '' : ' '}`),
    },
    {
      name: 'a date beside a span',
      re: fr.events.beside,
      yes: phrases(", | , en | , le | , soit | , au | , à | , c'est-à-dire").map((p) => `${p} `),
    },
    {
      name: 'reported words',
      re: fr.reporting,
      yes: phrases(
        `a déclaré : | a dit : | a affirmé : | a expliqué : | a souligné : | a écrit : | a ajouté : | a répondu : | ` +
          `a indiqué : | a précisé : | a tweeté : | a estimé : | déclaré : | déclare : | dit : | affirme : | ` +
          `explique : | souligne : | écrit : | ajoute : | répond : | indique : | précise : | estime : | la phrase : ` +
          `| les phrases : | le message : | les messages : | le texte : | les mots : | la réponse : | les réponses : ` +
          `| un exemple : | des exemples : | la mention : | l'avertissement : | des phrases comme | des formules ` +
          `comme | un message tel que | des messages tels que | des mots comme | une expression comme | des ` +
          `expressions telles que | une réponse comme | des réponses comme | un texte comme | des textes comme | ` +
          `comme « | tel que " | telle que “ | tels que « | telles que « | par exemple «`,
      ),
      no: ['Il a dit que'],
    },
    {
      name: 'a year whatever follows',
      re: fr.calendar.yearBefore,
      yes: [
        ...spaced(
          phrases(
            "en | l'an | l'année | année | début | fin | courant | printemps | été | automne | hiver | jusqu'en | " +
              "d'ici | d'ici à | dès | saison | exercice | trimestre | semestre",
          ),
        ),
        'mi-',
      ],
    },
    {
      name: 'a year if nothing is counted',
      re: fr.calendar.yearMaybeBefore,
      yes: spaced(
        phrases("à | de | du | des | avant | après | pour | entre | et | ou | vers | jusqu'à | depuis | à partir de"),
      ),
    },
    {
      name: 'a count after a number',
      re: fr.calendar.countAfter,
      yes: [' personnes', ' €', '$', '%', ' euros'],
      no: words(
        'les des ses mes tes nos vos leurs dans sous sans plus moins après depuis alors lors vers très puis mais ' +
          'jamais toujours pas ans fois',
      ).map((w) => ` ${w}`),
    },
    {
      name: 'the end of a range of weekdays',
      re: fr.calendar.weekdayListBefore,
      yes: ['au ', 'et ', 'ou ', 'à ', '- ', '– '],
    },
  ],
});

describe('French dates, as the grammar writes them', () => {
  it.each([
    ['3 et 4 juin 2020', [3, 4]],
    ['3 ou 4 juin 2020', [3, 4]],
    ['3 au 5 juin 2020', [3, 5]],
    ['3 à 5 juin 2020', [3, 5]],
    ['3-5 juin 2020', [3, 5]],
    ['3–5 juin 2020', [3, 5]],
    ['3, 4 juin 2020', [3, 4]],
    ['3 et le 4 juin 2020', [3, 4]],
    ["1er et l'8 juin 2020", [1, 8]],
  ])('each day of "%s" is a date', (text, days) => expect(findDatesIn(fr, text).map((d) => d.day)).toEqual(days));
  it.each(['1er mai 2019', '1ᵉʳ mai 2019', '1re mai 2019'])('"%s" is the first', (text) =>
    expect(findDatesIn(fr, text)[0]?.day).toBe(1),
  );
  it.each(['mardi, 11 juin 2024', 'le mardi 11 juin 2024', 'mardi le 11 juin 2024'])(
    'the weekday of "%s" is read',
    (text) => expect(findDatesIn(fr, text)[0]?.weekday).toBe(2),
  );
  it('a year in the middle of another', () =>
    expect(findDatesIn(fr, 'à la mi-2023').map((d) => d.year)).toEqual([2023]));
  it.each(["l'élection de 2017", 'la crise du 2008'])('"%s" dates a thing', (text) =>
    expect(findDatesIn(fr, `après ${text} et`)[0]?.attributive).toBe(true),
  );
  const notNouns = words(
    'partir près lors fin début milieu courant cours long auprès depuis plus moins fois année années printemps été ' +
      'automne hiver mois semaine jour juin',
  );
  it.each(notNouns)('"%s de 2017" dates no thing', (w) =>
    expect(findDatesIn(fr, `${w} de 2017`)[0]?.attributive).toBeUndefined(),
  );
});

describe('French sentences', () => {
  it.each(words('M MM Dr Pr St Ste env cf vol art chap éd coll fig gén Lt Col Cdt Sgt av'))(
    '"%s." ends no sentence',
    (a) => expect(splitSentencesIn(fr, `Il a vu ${a}. Dupont à Lyon.`, 0, 0)).toHaveLength(1),
  );
});

describe('French events', () => {
  const stems = words(`
    guerre invasion attaque attentat offensive séisme tremblement inondation incendie explosion élection scrutin
    référendum putsch révolution soulèvement pandémie épidémie confinement crise accident crash catastrophe tempête
    ouragan cyclone tsunami grève annexion occupation démission fondation ouverture fermeture fusion naufrage
  `);
  it.each(stems)('"%s" names an event', (stem) => expect(eventStemOf(fr, stem)).toBe(stem));
  it.each([
    ["l'invasion", 'invasion'],
    ['élections', 'élection'],
    ['guerrier', null],
  ])('"%s" is read by its stem', (word, stem) => expect(eventStemOf(fr, word)).toBe(stem));
});
