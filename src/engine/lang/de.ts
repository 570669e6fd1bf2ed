import type { Grammar } from './grammar.js';
import { clausePositions } from './tense.js';
import { phraseList, WORD_END, WORD_START, wordList } from './words.js';

/** German: the model for the other languages' files. */

const MONTHS = [
  'januar jänner jan.',
  'februar feber feb. febr.',
  'märz maerz mär.',
  'april apr.',
  'mai',
  'juni jun.',
  'juli jul.',
  'august aug.',
  'september sept. sep.',
  'oktober okt.',
  'november nov.',
  'dezember dez.',
].map(wordList);
const WEEKDAYS = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag sonnabend'].map(
  wordList,
);

const ONES = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const TENS = ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
/** "einundzwanzig" to "neunundneunzig", "eineinhalb" to "neuneinhalb". */
function numberWords(): Record<string, number> {
  const words: Record<string, number> = {
    ein: 1,
    eins: 1,
    eine: 1,
    einem: 1,
    einen: 1,
    einer: 1,
    eines: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
    dreizehn: 13,
    vierzehn: 14,
    fünfzehn: 15,
    sechzehn: 16,
    siebzehn: 17,
    achtzehn: 18,
    neunzehn: 19,
    hundert: 100,
    einhundert: 100,
    anderthalb: 1.5,
    dutzend: 12,
  };
  TENS.forEach((t, i) => {
    words[t] = 20 + 10 * i;
    ONES.forEach((o, j) => (words[`${o}und${t}`] = 20 + 10 * i + j + 1));
  });
  ONES.forEach((o, j) => (words[`${o}einhalb`] = j + 1.5));
  words.eineinhalb = 1.5;
  return words;
}

/** Simple pasts of the verbs news tells events with: written in lower case, they are verbs. */
const PRETERITE = new Set(
  wordList(`
  begann begannen fand fanden kam kamen ging gingen gab gaben nahm nahmen traf trafen starb starben gewann gewannen
  verlor verloren fiel fielen stieg stiegen sank sanken brach brachen schloss schlossen beschloss beschlossen trat
  traten stand standen lag lagen sprach sprachen schrieb schrieben rief riefen lief liefen blieb blieben zog zogen flog
  flogen floh flohen hielt hielten erschien erschienen entschied entschieden verließ verließen unterschrieb
  unterschrieben übernahm übernahmen empfing empfingen verbot verboten bot boten warf warfen schlug schlugen stahl
  stahlen erhielt erhielten geschah brannte brannten wählte wählten stimmte stimmten einigte einigten eröffnete
  eröffneten meldete meldeten teilte teilten erklärte erklärten sagte sagten kündigte kündigten startete starteten
  endete endeten dauerte dauerten ereignete stürzte stürzten verabschiedete verabschiedeten unterzeichnete
  unterzeichneten veröffentlichte veröffentlichten berichtete berichteten bestätigte bestätigten forderte forderten
  verkündete verkündeten gründete gründeten erreichte erreichten landete landeten besuchte besuchten feierte feierten
  heiratete heirateten legte legten stellte stellten führte führten zeigte zeigten spielte spielten siegte siegten
  besiegte besiegten tötete töteten verletzte verletzten zerstörte zerstörten wurde wurden eröffnete schaffte schafften
  beendete beendeten räumte räumten griff griffen lud luden lief rettete retteten stoppte stoppten öffnete öffneten
`),
);
/** Auxiliaries of the perfect and the passive, and the participles a clause may close with. */
const HAVE = new Set(wordList('hat haben hatte hatten'));
const BE = new Set(wordList('ist sind war waren'));
/** Separable prefixes a participle's "ge" may follow ("abgesagt", "zurückgetreten"). */
const SEPARABLE = [
  'ab|an|auf|aus|bei|ein|fest|frei|los|mit|nach|vor|weg|zu|zurück|statt|teil|bekannt|hin|her|um|durch|dar|fort',
  'nieder|weiter|wieder|zusammen|hoch|heraus|hinaus|herunter|kennen|stand',
].join('|');
const PARTICIPLE = new RegExp(
  String.raw`^(?:(?:${SEPARABLE})?ge\p{Ll}{2,}(?:t|en)|(?:be|ver|er|zer|ent|emp|miss|über|unter|wider|hinter)` +
    String.raw`\p{Ll}{2,}(?:t|en)|\p{Ll}{3,}iert)$`,
  'u',
);
/** Participles that take "sein": the perfect of a change, not a state ("ist geschlossen" is now). */
const CHANGE_PARTICIPLES = new Set(
  wordList(`
  gestorben verstorben gekommen gegangen gefallen gestiegen gesunken erschienen geschehen passiert eingetreten
  ausgebrochen gestartet zurückgetreten abgestürzt explodiert eingestürzt gelandet geflohen gereist abgereist angekommen
  entstanden verschwunden aufgetreten ausgetreten beigetreten eingezogen ausgezogen geworden gewesen geblieben
`),
);
/** Participles that schedule ("war für den 3. Mai geplant"), which no past narrates. */
const SCHEDULING = new Set(
  wordList(`
  geplant vorgesehen angesetzt terminiert angekündigt erwartet verschoben vertagt verlegt festgelegt anberaumt avisiert
  beabsichtigt angestrebt prognostiziert vereinbart datiert befristet
`),
);
const DETERMINERS = new Set(
  wordList(`
  der die das den dem des ein eine einer einem einen eines dieser diese dieses diesem diesen
`),
);

/**
 * The clear pasts of a German clause: a simple past from the list, the passive "wurde", "hat ... unterzeichnet",
 * "ist ... gestorben", an "-ierte" not used as an adjective. A clause that schedules ("wurde ... verschoben") has none.
 */
function pastForms(clause: string): Array<{ start: number; end: number }> {
  const words = clausePositions(clause);
  const lower = words.map((w) => w.text.toLowerCase());
  if (lower.some((w) => SCHEDULING.has(w))) return [];
  const participle = (set?: ReadonlySet<string>) =>
    words.some((w, i) => w.text === lower[i] && (set ? set.has(lower[i]) : PARTICIPLE.test(lower[i])));
  const out: Array<{ start: number; end: number }> = [];
  words.forEach((w, i) => {
    const l = lower[i]!;
    // A verb is written in lower case; "Stand" and "Lag" are nouns.
    if (w.text !== l) return;
    const afterDeterminer = i > 0 && DETERMINERS.has(lower[i - 1]!);
    if (
      (PRETERITE.has(l) && !afterDeterminer) ||
      (HAVE.has(l) && participle()) ||
      (BE.has(l) && participle(CHANGE_PARTICIPLES)) ||
      (/^\p{Ll}{3,}ierten?$/u.test(l) && !afterDeterminer)
    ) {
      out.push({ start: w.start, end: w.end });
    }
  });
  return out;
}

/** Words in "-te" that are no verbs: ordinals, adjectives, adverbs; and the modals, whose past is no narration. */
const NOT_PRETERITE = new Set(
  wordList(`
  heute bitte mitte zweite zweiten dritte dritten vierte vierten fünfte fünften siebte siebten achte achten neunte
  neunten zehnte zehnten elfte elften zwölfte zwölften letzte letzten gute guten harte harten kalte kalten laute lauten
  breite breiten weite weiten rechte rechten echte echten leichte leichten schlechte schlechten späte späten gesamte
  gesamten konkrete konkreten direkte direkten private privaten sollte sollten wollte wollten konnte konnten durfte
  durften mochte mochten möchte möchten hätte hätten dürfte dürften könnte könnten leute
`),
);
/**
 * A verb beside a date by its shape: a simple past of a regular verb ("tagte", "meldeten"), not a superlative in
 * "-ste".
 */
function pastBeside(word: string): boolean {
  const w = word.toLowerCase();
  return PRETERITE.has(w) || (/^\p{Ll}{2,}ten?$/u.test(w) && !/[sß]ten?$/u.test(w) && !NOT_PRETERITE.has(w));
}

const W = WORD_START;
const E = WORD_END;

export const de: Grammar = {
  code: 'de',
  calendar: {
    months: MONTHS,
    weekdays: WEEKDAYS,
    daySource: String.raw`(?<day>\d{1,2})\.`,
    dayToMonthSource: String.raw`\s*`,
    monthToYearSource: String.raw`\s+`,
    weekdayToDateSource: String.raw`,?\s+(?:(?:den|dem)\s+)?`,
    dayListSource: String.raw`\s*(?:,|und|oder|sowie|bis(?:\s+zum)?|[-–/])\s*`,
    weekdayListBefore: new RegExp(String.raw`${W}(?:bis|und|oder|sowie)\s*$|[-–/]\s*$`, 'iu'),
    yearBefore: new RegExp(
      String.raw`${W}(?:im\s+Jahre?|des\s+Jahres|Jahr(?:es)?|Anfang|Mitte|Ende|Beginn|Frühjahrs?|Frühlings?|` +
        String.raw`Sommers?|Herbst(?:es)?|Winters?|Saison|Quartal|Halbjahr|Hälfte|Jahreswechsel|Geschäftsjahr|` +
        String.raw`Haushaltsjahr|Spielzeit)\s+$`,
      'iu',
    ),
    yearMaybeBefore: new RegExp(
      String.raw`${W}(?:in|im|ins|bis|ab|von|vom|für|vor|nach|seit|zwischen|und|oder|um)\s+$`,
      'iu',
    ),
    // A German noun is capitalised: a capitalised word after the number is what it counts.
    countAfter: /^\s*(?:\p{Lu}|%|[-–]?mal\b|prozent)/u,
  },
  numbers: { words: numberWords() },
  spans: {
    units: {
      jahr: 'year',
      jahre: 'year',
      jahren: 'year',
      monat: 'month',
      monate: 'month',
      monaten: 'month',
      woche: 'week',
      wochen: 'week',
      tag: 'day',
      tage: 'day',
      tagen: 'day',
      jahrzehnt: 'decade',
      jahrzehnte: 'decade',
      jahrzehnten: 'decade',
      jahrhundert: 'century',
      jahrhunderte: 'century',
      jahrhunderten: 'century',
    },
    halfBeforeSource: String.raw`halben|halbes|halbe`,
    hedges: {
      fast: 'at-most',
      knapp: 'at-most',
      beinahe: 'at-most',
      nahezu: 'at-most',
      kaum: 'at-most',
      'weniger als': 'at-most',
      gut: 'at-least',
      'gut und gerne': 'at-least',
      'mehr als': 'at-least',
      'etwas mehr als': 'at-least',
      über: 'at-least',
      mindestens: 'at-least',
      rund: 'approx',
      etwa: 'approx',
      ungefähr: 'approx',
      circa: 'approx',
      'ca.': 'approx',
      zirka: 'approx',
      'um die': 'approx',
      'an die': 'approx',
      genau: 'exact',
      exakt: 'exact',
      nur: 'exact',
      erst: 'exact',
      gerade: 'exact',
      'gerade einmal': 'exact',
      'gerade mal': 'exact',
    },
    vague: {
      einigen: [2, 5],
      wenigen: [2, 5],
      'ein paar': [2, 5],
      mehreren: [3, 9],
      vielen: [3, 30],
      etlichen: [3, 30],
    },
    agoBefore: ['vor'],
    agoAfter: [],
    sinceBefore: phraseList(`
      seit | seit nunmehr | seit inzwischen | seit mittlerweile | seit nun | seit jetzt | seit bereits | seit schon
    `),
  },
  tense: {
    pastForms,
    pastBeside,
    infinitive: new RegExp(String.raw`${W}zu\s+\p{Ll}+en${E}`, 'u'),
    narratedPast: new RegExp(
      String.raw`${W}(?:war|waren|hatte|hatten|wurde|wurden|\p{Ll}{2,}te|\p{Ll}{2,}ten)${E}`,
      'u',
    ),
    future: new RegExp(
      String.raw`${W}(?:wird|werden|wirst|werde|soll|sollen|will|wollen|plant|planen|geplant|voraussichtlich|` +
        String.raw`dürfte|dürften|erwartet|erwarten|rechnet|rechnen|prognostiziert|prognostizieren|angekündigt|` +
        String.raw`künftig|demnächst|kommenden?|nächsten?|bevorstehenden?|vorgesehen)${E}`,
      'iu',
    ),
    conditional: new RegExp(
      String.raw`${W}(?:wenn|falls|sofern|ob|würde|würden|könnte|könnten|sollte|sollten|müsste|müssten|hätte|` +
        String.raw`hätten|wäre|wären|möchte|möchten|kann|können|könne|müsse|müssen)${E}`,
      'iu',
    ),
    pastExpectation: new RegExp(
      String.raw`${W}(?:hatte|hatten|war|waren|wurde|wurden|sollte|sollten|wollte|wollten|damals|ursprünglich|` +
        String.raw`eigentlich|zunächst|einst|erwartete|erwarteten|plante|planten|rechnete|rechneten|` +
        String.raw`prognostizierte|prognostizierten|ging|gingen|hieß)${E}`,
      'iu',
    ),
    targetBefore: new RegExp(
      String.raw`(?:${W}(?:bis|spätestens|frühestens|ab|auf|für|zum|zur|vor|fällig|gültig|gilt|geplant|` +
        String.raw`vorgesehen|angesetzt|terminiert|verschoben|vertagt|verlängert|erwartet)|\p{L}*(?:termin|frist|` +
        String.raw`stichtag|datum|deadline))(?:\s+(?:zum|zur|dem|den|der|des|am|im|spätestens|Anfang|Mitte|Ende|` +
        String.raw`Beginn|Frühjahr|Sommer|Herbst|Winter|Jahr|Jahres))*\s*$`,
      'iu',
    ),
    now: new RegExp(
      String.raw`${W}(?:jetzt|nun|gerade|soeben|heute|derzeit|aktuell|momentan|inzwischen|mittlerweile)${E}`,
      'iu',
    ),
    sinceBefore: new RegExp(String.raw`${W}seit(?:\s+(?:dem|der|den))?(?:\s+(?:Anfang|Mitte|Ende|Beginn))?\s*$`, 'iu'),
    // Every German subordinate or relative clause stands between commas.
    clauseBreak: /[;:—–()]|,/u,
  },
  forecasts: {
    marker: new RegExp(
      String.raw`${W}(?:wird|werden|soll|sollen|will|wollen|plant|planen|geplant|voraussichtlich|dürfte|dürften|` +
        String.raw`erwartet|erwarten|rechnet|rechnen|prognostiziert|prognostizieren|bis\s+weit\s+in)${E}`,
      'iu',
    ),
    target: new RegExp(
      String.raw`${W}(?:(?:bis|ab|für|spätestens|frühestens|noch|während|weit|im\s+(?:Laufe|` +
        String.raw`Verlauf))\s+)+(?:(?:in|ins|im|zum|zur|des|das|dem|der)\s+){0,2}(?:(?:Anfang|Mitte|Ende|Beginn|` +
        String.raw`Frühjahr|Frühling|Sommer|Herbst|Winter|ersten|zweiten|dritten|vierten|letzten|Quartal|Quartals|` +
        String.raw`Halbjahr|Halbjahres|Hälfte|Jahr|Jahres|Jahre)\s+(?:des\s+|im\s+)?)*$|${W}(?:im|` +
        String.raw`in)\s+(?:(?:Jahre?|Laufe\s+des\s+Jahres|ersten|zweiten|dritten|vierten|letzten|Quartal|Halbjahr|` +
        String.raw`Frühjahr|Sommer|Herbst|Winter)\s+)*$|${W}(?:Anfang|Mitte|Ende)\s+$`,
      'iu',
    ),
    breaks: new RegExp(
      String.raw`[;.!?]|${W}(?:als|seit|nach|vor|zuvor|damals|gegenüber|verglichen|Vergleich|wie|war|waren|hatte|` +
        String.raw`hatten|wurde|wurden|weil|obwohl|trotz|noch\s+nie)${E}|,\s*(?:der|die|das|welche[rsnm]?)${E}`,
      'iu',
    ),
    // "die 2019 eingeführte Regel": a participle after the year makes the year its own.
    afterYear: /^\s+\p{Ll}+(?:te|ten|tes|ter|tem|ene|enen|enes|ener|enem)(?!\p{L})/u,
    otherCalendar: new RegExp(
      String.raw`${W}(?:Geschäftsjahr(?:es)?|Haushaltsjahr(?:es)?|Wirtschaftsjahr(?:es)?|Schuljahr(?:es)?|Saison|` +
        String.raw`Spielzeit|Fiskaljahr(?:es)?)\s+$`,
      'iu',
    ),
  },
  events: {
    stems: wordList(`
      krieg invasion einmarsch angriff überfall anschlag attentat erdbeben beben flut hochwasser überschwemmung brand
      explosion wahl abstimmung referendum putsch staatsstreich revolution aufstand pandemie epidemie lockdown unfall
      absturz unglück katastrophe sturm orkan hurrikan tsunami streik annexion besetzung rücktritt amtsantritt
      machtübernahme gründung eröffnung schließung fusion übernahme ausbruch
    `),
    compounds: true,
    toDate: new RegExp(
      String.raw`^(?:\s+(?:in|gegen|auf|an|um|von|der|des)\s+(?:(?:der|die|das|dem|den|` +
        String.raw`des)\s+)?[\p{L}-]+){0,2}(?:\s+(?:begann|begannen|startete|ereignete\s+sich|fand|erfolgte|kam|` +
        String.raw`geschah|brach))?\s+(?:(?:im|am|vom|in|seit|Anfang|Mitte|Ende|im\s+Jahre?)\s+)?$`,
      'iu',
    ),
    fromDate: new RegExp(
      String.raw`^\s+(?:begann|begannen|startete|starteten|erfolgte|ereignete\s+sich|kam\s+es\s+zu|` +
        String.raw`brach)\s+(?:(?:der|die|das|dem|den|des|ein|eine|einem)\s+)?(?:[\p{L}-]+\s+)?$`,
      'iu',
    ),
    beside: /^[\s,]*(?:(?:im|am|in|also|damals|seit)\s+)?$/iu,
  },
  sentences: {
    abbreviations: wordList(`
      bzw ca nr dr prof st mio mrd jh abs art vgl ggf sog inkl evtl bspw chr hrsg str tel std min sek gen hl ehem
    `),
    afterOrdinal: wordList(`
      jahrhundert jahrhunderts jahrhunderten mal platz runde liga bundesliga klasse stock etage spieltag welle
      geburtstag todestag jahrestag tag tages woche kalenderwoche quartal quartals halbjahr sitzung amtszeit staffel
      folge auflage halbzeit minute reihe weltkrieg weltkrieges weltkriegs advent lebensjahr legislaturperiode parteitag
      spiel etappe wahlgang stufe phase absatz kapitel band jahrgang bezirk kammer senat armee division sinfonie
      symphonie fc
    `),
  },
  reporting: new RegExp(
    String.raw`(?:${W}(?:sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|betonte|betont|schrieb|schrieben|` +
      String.raw`schreibt|hieß\s+es|heißt\s+es|lautete|lautet|lauten|meinte|meint|twitterte|postete|antwortete|` +
      String.raw`antwortet|fragte|fragt|Satz|Sätze|Sätzen|Formulierung|Formulierungen|Text|Worte|Worten|Wörter|` +
      String.raw`Hinweis|Meldung|Antwort|Antworten|Beispiel|Beispiele)\s*:)|${W}(?:Sätze|Sätzen|Formulierungen|` +
      String.raw`Phrasen|Floskeln|Wendungen|Texte|Texten|Antworten|Hinweise|Hinweisen)\s+wie${E}|${W}wie\s+(?:etwa|` +
      String.raw`zum\s+Beispiel|beispielsweise)${E}`,
    'u',
  ),
};
