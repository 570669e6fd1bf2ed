import type { Grammar } from './grammar.js';
import { afterDe } from './of-a-noun.js';
import { clausePositions } from './tense.js';
import { anyCase, phraseList, WORD_END, WORD_START, wordList } from './words.js';

/** Spanish. */

const MONTHS = [
  'enero ene.',
  'febrero feb.',
  'marzo mar.',
  'abril abr.',
  'mayo',
  'junio jun.',
  'julio jul.',
  'agosto ago.',
  'septiembre setiembre sept. sep.',
  'octubre oct.',
  'noviembre nov.',
  'diciembre dic.',
].map(wordList);
const WEEKDAYS = ['domingo', 'lunes', 'martes', 'miércoles miercoles', 'jueves', 'viernes', 'sábado sabado'].map(
  wordList,
);

const UNITS = ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
/** "veintiuno" to "noventa y nueve". */
function numberWords(): Record<string, number> {
  const words: Record<string, number> = {
    un: 1,
    uno: 1,
    una: 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
    trece: 13,
    catorce: 14,
    quince: 15,
    dieciséis: 16,
    dieciseis: 16,
    diecisiete: 17,
    dieciocho: 18,
    diecinueve: 19,
    veinte: 20,
    veintiún: 21,
    veintiuno: 21,
    veintiuna: 21,
    veintidós: 22,
    veintidos: 22,
    veintitrés: 23,
    veintitres: 23,
    veinticuatro: 24,
    veinticinco: 25,
    veintiséis: 26,
    veintiseis: 26,
    veintisiete: 27,
    veintiocho: 28,
    veintinueve: 29,
    cien: 100,
    ciento: 100,
    'una docena de': 12,
  };
  const tens: Array<[string, number]> = [
    ['treinta', 30],
    ['cuarenta', 40],
    ['cincuenta', 50],
    ['sesenta', 60],
    ['setenta', 70],
    ['ochenta', 80],
    ['noventa', 90],
  ];
  for (const [t, v] of tens) {
    words[t] = v;
    words[`${t} y un`] = v + 1;
    words[`${t} y una`] = v + 1;
    UNITS.forEach((u, i) => (words[`${t} y ${u}`] = v + i + 1));
  }
  return words;
}

const AUX = new Set(wordList('ha han había habían hemos he has habéis hubo hubieron'));
const PARTICIPLE = new RegExp(
  String.raw`^(?:\p{Ll}*(?:ado|ada|ados|adas|ido|ida|idos|idas)|(?:escrit|hech|dich|muert|puest|vist|abiert|` +
    String.raw`rot|vuelt|cubiert|impres|resuelt|descubiert|propuest|compuest|elect)[oa]s?|electo)$`,
  'u',
);
/** Participles that schedule ("ha sido aplazado al 3 de marzo"): no past is narrated by them. */
const SCHEDULING = new Set(
  wordList(`
  previsto prevista previstos previstas programado programada programados programadas fijado fijada planeado planeada
  planificado planificada aplazado aplazada pospuesto pospuesta postergado postergada retrasado retrasada adelantado
  adelantada agendado agendada esperado esperada prorrogado prorrogada convocado convocada
`),
);
/**
 * Irregular simple pasts ("hubo", "dijo"); "fue" alone is a copula ("la fecha fue el 3 de marzo") and counts only
 * before a participle.
 */
const IRREGULAR_PAST = new Set(
  wordList(`
  hubo tuvo tuvieron hizo hicieron dijo dijeron estuvo estuvieron vino vinieron puso pusieron dio dieron pudo pudieron
  quiso quisieron supo supieron trajo trajeron condujo condujeron produjo produjeron redujo redujeron
`),
);
/** Nouns and names in "-ó" that are no verbs. */
const NOT_PAST = new Set(wordList('dominó buró rococó capó'));

/** The clear pasts of a Spanish clause: "firmó", "anunciaron", "ha firmado", "fue aprobado", "hubo". */
function pastForms(clause: string): Array<{ start: number; end: number }> {
  const words = clausePositions(clause);
  const lower = words.map((w) => w.text.toLowerCase());
  if (lower.some((w) => SCHEDULING.has(w))) return [];
  const out: Array<{ start: number; end: number }> = [];
  lower.forEach((w, i) => {
    // A verb is written in lower case in running text: a capitalised word is a name.
    if (words[i]!.text !== w) return;
    const next = lower[i + 1] ?? '';
    const past =
      (/^\p{Ll}{3,}ó$/u.test(w) && !NOT_PAST.has(w)) ||
      /^\p{Ll}{2,}(?:aron|ieron|yeron)$/u.test(w) ||
      IRREGULAR_PAST.has(w) ||
      (AUX.has(w) && (PARTICIPLE.test(next) || (next === 'sido' && PARTICIPLE.test(lower[i + 2] ?? '')))) ||
      ((w === 'fue' || w === 'fueron') && PARTICIPLE.test(next));
    if (past) out.push(words[i]!);
  });
  return out;
}

const FUTURE_SIMPLE = String.raw`\p{Ll}+(?:rá|rán|remos|réis)`;
const FUTURE_WORDS = anyCase(
  phraseList(`
  será | serán | habrá | habrán | va a | van a | vamos a | prevé | prevén | previsto | prevista | previstos |
  previstas | se espera | espera | esperan | planea | planean | pretende | pretenden | proyecta | busca | buscan |
  próximo | próxima | próximos | próximas
`),
);
const CONDITIONAL_WORDS = anyCase(
  phraseList(`
  si | podría | podrían | debería | deberían | puede | pueden | en caso de | a menos que | salvo que | quizá | quizás |
  tal vez
`),
);
const MARKER_WORDS = anyCase(
  phraseList(`
  va a | van a | prevé | prevén | se prevé | se espera | espera | esperan | planea | planean | pretende | pretenden |
  proyecta | debería | deberían
`),
);
const BREAK_WORDS = anyCase(
  phraseList(`
  que en | que el | quien | cual | cuyo | cuya | desde | tras | después | antes | comparado | frente a | respecto |
  había | habían | fue | fueron | era | eran
`),
);

/** Nouns and adjectives in "-ar", "-er", "-ir" that are no infinitives: "tuvo lugar el 3 de marzo" narrates. */
const NOT_INFINITIVE = `(?:${wordList(`
  lugar mar hogar mujer placer taller ayer altar militar popular familiar particular similar nuclear solar regular
  titular escolar dólar bar par
`).join('|')})`;

const W = WORD_START;
const E = WORD_END;
const MONTH_NAMES = MONTHS.flat().filter((m) => !m.endsWith('.'));

export const es: Grammar = {
  code: 'es',
  calendar: {
    months: MONTHS,
    weekdays: WEEKDAYS,
    daySource: String.raw`(?<day>\d{1,2})(?:º|°|\.º)?`,
    dayToMonthSource: String.raw`\s+de\s+`,
    monthToYearSource: String.raw`\s+(?:de(?:l)?\s+)?`,
    weekdayToDateSource: String.raw`,?\s+(?:el\s+)?`,
    dayListSource: String.raw`\s*(?:,|y|e|o|al|a|hasta\s+el|[-–])\s*(?:el\s+)?`,
    weekdayListBefore: new RegExp(String.raw`${W}(?:al|a|y|o|hasta)\s*$|[-–]\s*$`, 'iu'),
    yearBefore: new RegExp(
      String.raw`${W}(?:(?:en\s+)?el\s+año|año|del\s+año|(?:durante\s+)?tod[oa]|(?:a\s+)?(?:finales|principios|` +
        String.raw`mediados|fines|comienzos)\s+de(?:l)?|desde|primavera|verano|otoño|invierno|temporada|ejercicio|` +
        String.raw`trimestre|semestre)\s+(?:de(?:l)?\s+)?$`,
      'iu',
    ),
    yearMaybeBefore: new RegExp(
      String.raw`${W}(?:en|de|del|hasta|para|antes\s+de|después\s+de|tras|entre|y|o|a|al|el|durante|por)\s+$`,
      'iu',
    ),
    countAfter: new RegExp(
      String.raw`^\s*(?:[€$%]|(?!(?:las|los|sus|mis|tus|nos|más|menos|después|antes|pues|mientras|tras|entonces|` +
        String.raw`además|apenas|ambos|años|meses)(?!\p{L}))\p{Ll}+s(?!\p{L}))`,
      'u',
    ),
    ofANoun: afterDe(`partir finales principios mediados fines comienzos largo través año años mes meses primavera
      verano otoño
      invierno antes después cerca más menos alrededor ${MONTH_NAMES.join(' ')}`),
  },
  numbers: { words: numberWords() },
  spans: {
    units: {
      año: 'year',
      años: 'year',
      mes: 'month',
      meses: 'month',
      semana: 'week',
      semanas: 'week',
      día: 'day',
      días: 'day',
      dia: 'day',
      dias: 'day',
      década: 'decade',
      décadas: 'decade',
      decada: 'decade',
      decadas: 'decade',
      siglo: 'century',
      siglos: 'century',
    },
    halfBeforeSource: String.raw`medio|media`,
    andHalfSource: String.raw`y\s+medio|y\s+media`,
    hedges: {
      casi: 'at-most',
      'poco menos de': 'at-most',
      'menos de': 'at-most',
      'más de': 'at-least',
      'poco más de': 'at-least',
      'algo más de': 'at-least',
      'al menos': 'at-least',
      'por lo menos': 'at-least',
      'cerca de': 'approx',
      unos: 'approx',
      unas: 'approx',
      'alrededor de': 'approx',
      aproximadamente: 'approx',
      apenas: 'exact',
      exactamente: 'exact',
      solo: 'exact',
      sólo: 'exact',
      ya: 'exact',
      justo: 'exact',
    },
    vague: {
      'unos pocos': [2, 5],
      'unas pocas': [2, 5],
      pocos: [2, 5],
      pocas: [2, 5],
      algunos: [2, 5],
      algunas: [2, 5],
      varios: [3, 9],
      varias: [3, 9],
      muchos: [3, 30],
      muchas: [3, 30],
      'un par de': [2, 3],
    },
    agoBefore: ['hace'],
    agoAfter: ['atrás'],
    sinceBefore: phraseList('desde hace | desde hace ya'),
  },
  tense: {
    pastForms,
    // "prometió invertir en 2025": an infinitive after the verb, with or without its preposition, dates its own event.
    infinitive: new RegExp(
      String.raw`${W}(?!${NOT_INFINITIVE}${E})\p{Ll}*(?:ar|er|ir)(?:se|lo|la|le|los|las)?${E}`,
      'u',
    ),
    narratedPast: new RegExp(String.raw`${W}(?:hacía|había|habían|\p{Ll}{2,}(?:aba|aban|ía|ían))${E}`, 'u'),
    future: new RegExp(String.raw`${W}(?:${FUTURE_WORDS}|${FUTURE_SIMPLE})${E}`, 'u'),
    conditional: new RegExp(String.raw`${W}(?:${CONDITIONAL_WORDS}|\p{Ll}{2,}(?:ría|rían))${E}`, 'u'),
    pastExpectation: new RegExp(
      String.raw`${W}(?:había|habían|estaba|estaban|iba|iban|debía|debían|esperaba|esperaban|preveía|preveían|` +
        String.raw`planeaba|planeaban|pretendía|pretendían|inicialmente|originalmente|en\s+un\s+principio|entonces|` +
        String.raw`en\s+aquel\s+momento)${E}`,
      'iu',
    ),
    targetBefore: new RegExp(
      String.raw`${W}(?:hasta|para|antes\s+de(?:l)?|a\s+partir\s+de(?:l)?|a\s+más\s+tardar|previst[oa]s?|` +
        String.raw`programad[oa]s?|fijad[oa]s?|aplazad[oa]s?|pospuest[oa]s?|postergad[oa]s?|plazo|` +
        String.raw`fecha\s+límite)(?:\s+(?:el|la|los|las|del|de|finales|principios|mediados|fines|año))*\s*$`,
      'iu',
    ),
    now: new RegExp(String.raw`${W}(?:ahora|hoy|actualmente|en\s+este\s+momento|recién)${E}`, 'iu'),
    sinceBefore: new RegExp(
      String.raw`${W}desde\s+(?:el\s+|la\s+|los\s+)?(?:(?:principios|finales|mediados|fines|` +
        String.raw`comienzos)\s+de(?:l)?\s+)?$`,
      'iu',
    ),
    clauseBreak: new RegExp(
      String.raw`[;:—–()]|,\s*(?:y|pero|mientras|aunque|porque|pues|cuando|donde|que|quien|quienes|cual|cuales|` +
        String.raw`cuyo|cuya|si|como)${E}|\s(?:que|quien|donde|cuando)\s`,
      'iu',
    ),
  },
  forecasts: {
    marker: new RegExp(String.raw`${W}(?:${MARKER_WORDS}|${FUTURE_SIMPLE})${E}`, 'u'),
    target: new RegExp(
      String.raw`(?:${W}(?:hasta|para|en|durante|a\s+lo\s+largo\s+de|antes\s+de|a\s+partir\s+de|` +
        String.raw`desde)\s+(?:(?:el|la|los|las|todo|toda)\s+)*(?:(?:finales|principios|mediados|fines|comienzos|` +
        String.raw`final|inicio|primer|segundo|tercer|cuarto|trimestre|semestre|año|resto|` +
        String.raw`mitad)\s+(?:de(?:l)?\s+)?(?:el\s+|la\s+)?)*|${W}(?:a\s+)?(?:finales|principios|mediados|` +
        String.raw`fines)\s+de(?:l)?\s+)$`,
      'iu',
    ),
    // A participle right before the year's preposition dates another thing: "la ley aprobada en 2019".
    breaks: new RegExp(
      String.raw`[;.!?]|${W}${BREAK_WORDS}${E}|${W}\p{Ll}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)\s+(?:en|el|de|` +
        String.raw`del)\s*$`,
      'u',
    ),
    narrativeFuture: new RegExp(`^${FUTURE_SIMPLE}$`, 'u'),
    afterYear: /(?!)/u,
    otherCalendar: new RegExp(
      String.raw`${W}(?:ejercicio|temporada|curso|año\s+fiscal|campaña)\s+(?:de(?:l)?\s+)?$`,
      'iu',
    ),
  },
  events: {
    stems: wordList(`
      guerra invasión invasion ataque atentado ofensiva terremoto sismo inundación inundacion incendio explosión
      explosion elección eleccion comicios referéndum referendum revolución revolucion levantamiento pandemia epidemia
      confinamiento crisis accidente catástrofe catastrofe tormenta huracán huracan tsunami huelga anexión anexion
      ocupación ocupacion dimisión dimision renuncia fundación fundacion inauguración inauguracion cierre fusión fusion
      naufragio
    `),
    compounds: false,
    toDate: new RegExp(
      String.raw`^(?:\s+(?:en|contra|de|del|a|al|sobre)\s+(?:(?:la|el|los|` +
        String.raw`las)\s+)?[\p{L}-]+){0,2}(?:\s+(?:comenzó|empezó|estalló|inició|se\s+inició|tuvo\s+lugar|ocurrió|` +
        String.raw`ocurrida|ocurrido|se\s+produjo|iniciada|iniciado|comenzada|desatada|desatado|lanzada|` +
        String.raw`lanzado))?\s*(?:(?:en|el|del|de|desde|a\s+(?:finales|principios|mediados)\s+de(?:l)?)\s+)*$`,
      'iu',
    ),
    fromDate: new RegExp(
      String.raw`^\s*,?\s*(?:comenzó|empezó|estalló|se\s+inició|inició|arrancó)\s+(?:la|el|los|` +
        String.raw`las)\s+(?:[\p{L}-]+\s+)?$`,
      'iu',
    ),
    beside: /^[\s,]*(?:(?:en|el|es\s+decir|o\s+sea)\s+)?$/iu,
  },
  sentences: {
    abbreviations: wordList('sr sra srta dr dra lic ing prof núm pág av avda gral cnel cap sto sta ee uu dña'),
  },
  reporting: new RegExp(
    String.raw`${W}(?:dijo|afirmó|declaró|señaló|explicó|escribió|añadió|respondió|indicó|aseguró|sostuvo|tuiteó|` +
      String.raw`publicó|dice|afirma|señala|explica|escribe|frases?|mensajes?|texto|palabras|respuestas?|ejemplos?|` +
      String.raw`aviso|advertencia)\s*:|${W}(?:frases?|mensajes?|expresi(?:ón|ones)|respuestas?|textos?|` +
      String.raw`palabras)\s+(?:como|del\s+tipo)${E}|${W}(?:como|tales\s+como|por\s+ejemplo)\s*(?=[«"“])`,
    'iu',
  ),
};
