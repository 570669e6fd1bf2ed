import { describe, expect, it } from 'vitest';
import { es } from '../../src/engine/lang/es.js';
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
  grammar: es,
  monthYear: 'Ocurrió en {} de 2024.',
  months: [
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
  ],
  weekdayDate: 'El pleno votó el {} 12 de junio de 2024.',
  weekdays: ['domingo', 'lunes', 'martes', 'miércoles miercoles', 'jueves', 'viernes', 'sábado sabado'],
  spanOfNumber: 'hace {} años',
  numbers: [
    ['un', 1],
    ['uno', 1],
    ['una', 1],
    ['dos', 2],
    ['tres', 3],
    ['cuatro', 4],
    ['cinco', 5],
    ['seis', 6],
    ['siete', 7],
    ['ocho', 8],
    ['nueve', 9],
    ['diez', 10],
    ['once', 11],
    ['doce', 12],
    ['trece', 13],
    ['catorce', 14],
    ['quince', 15],
    ['dieciséis', 16],
    ['dieciseis', 16],
    ['diecisiete', 17],
    ['dieciocho', 18],
    ['diecinueve', 19],
    ['veinte', 20],
    ['veintiún', 21],
    ['veintiuno', 21],
    ['veintiuna', 21],
    ['veintidós', 22],
    ['veintidos', 22],
    ['veintitrés', 23],
    ['veintitres', 23],
    ['veinticuatro', 24],
    ['veinticinco', 25],
    ['veintiséis', 26],
    ['veintiseis', 26],
    ['veintisiete', 27],
    ['veintiocho', 28],
    ['veintinueve', 29],
    ['treinta', 30],
    ['treinta y un', 31],
    ['treinta y una', 31],
    ['treinta y dos', 32],
    ['cuarenta', 40],
    ['cincuenta', 50],
    ['sesenta', 60],
    ['setenta', 70],
    ['ochenta', 80],
    ['noventa', 90],
    ['noventa y nueve', 99],
    ['cien', 100],
    ['ciento', 100],
    ['una docena de', 12],
    ['11', 11],
  ],
  spanOfUnit: 'hace {}',
  units: [
    ['un año', 'year'],
    ['dos años', 'year'],
    ['un mes', 'month'],
    ['dos meses', 'month'],
    ['una semana', 'week'],
    ['dos semanas', 'week'],
    ['un día', 'day'],
    ['dos días', 'day'],
    ['un dia', 'day'],
    ['dos dias', 'day'],
    ['una década', 'decade'],
    ['dos décadas', 'decade'],
    ['una decada', 'decade'],
    ['dos decadas', 'decade'],
    ['un siglo', 'century'],
    ['dos siglos', 'century'],
    ['medio año', 'year'],
    ['media década', 'decade'],
    ['un año y medio', 'year'],
    ['una semana y media', 'week'],
  ],
  spanOfHedge: 'hace {} dos años',
  hedges: [
    ['casi', 'at-most'],
    ['poco menos de', 'at-most'],
    ['menos de', 'at-most'],
    ['más de', 'at-least'],
    ['poco más de', 'at-least'],
    ['algo más de', 'at-least'],
    ['al menos', 'at-least'],
    ['por lo menos', 'at-least'],
    ['cerca de', 'approx'],
    ['unos', 'approx'],
    ['unas', 'approx'],
    ['alrededor de', 'approx'],
    ['aproximadamente', 'approx'],
    ['apenas', 'exact'],
    ['exactamente', 'exact'],
    ['solo', 'exact'],
    ['sólo', 'exact'],
    ['ya', 'exact'],
    ['justo', 'exact'],
  ],
  spanOfVague: 'hace {} años',
  vague: [
    'unos pocos',
    'unas pocas',
    'pocos',
    'pocas',
    'algunos',
    'algunas',
    'varios',
    'varias',
    'muchos',
    'muchas',
    'un par de',
  ],
  ago: ['hace dos años', 'dos años atrás'],
  since: ['desde hace dos años', 'desde hace ya dos años'],
  noSpans: ['desde hace años', 'hacía dos años'],
  past: [
    ...words(`
      firmó anunciaron murieron leyeron hubo tuvo tuvieron hizo hicieron dijo dijeron estuvo estuvieron vino vinieron
      puso pusieron dio dieron pudo pudieron quiso quisieron supo supieron trajo trajeron condujo condujeron produjo
      produjeron redujo redujeron
    `),
    ...phrases(`
      ha firmado | han votado | había llegado | habían salido | hemos perdido | he comido | has visto | habéis ido |
      hubo dicho | hubieron hecho | ha sido aprobada | fue aprobado | fueron elegidos | ha escrito | ha hecho |
      ha dicho | han muerto | ha puesto | ha visto | ha abierto | ha roto | ha vuelto | ha cubierto | ha impreso |
      ha resuelto | ha descubierto | ha propuesto | ha compuesto | fue electo | fueron electas
    `),
  ],
  notPast: [
    ...words('fue fueron dominó buró rococó capó Canó'),
    ...phrases(`
      fue previsto | fue prevista | fueron previstos | fueron previstas | fue programado | fue programada |
      fueron programados | fueron programadas | ha fijado | fue fijada | ha planeado | fue planeada | ha planificado |
      fue planificada | fue aplazado | fue aplazada | fue pospuesto | fue pospuesta | fue postergado | fue postergada |
      fue retrasado | fue retrasada | fue adelantado | fue adelantada | fue agendado | fue agendada | fue esperado |
      fue esperada | fue prorrogado | fue prorrogada | fue convocado | fue convocada
    `),
  ],
  patterns: [
    {
      name: 'future',
      re: es.tense.future,
      yes: phrases(
        'será | serán | habrá | habrán | va a | van a | vamos a | prevé | prevén | previsto | prevista | previstos | ' +
          'previstas | se espera | espera | esperan | planea | planean | pretende | pretenden | proyecta | busca | ' +
          'buscan | próximo | próxima | próximos | próximas | durará | firmarán | iremos | haréis | Será',
      ),
    },
    {
      name: 'conditional',
      re: es.tense.conditional,
      yes: phrases(
        'si | podría | podrían | debería | deberían | puede | pueden | en caso de | a menos que | salvo que | quizá ' +
          '| quizás | tal vez | sería | harían',
      ),
    },
    {
      name: 'an expectation told as history',
      re: es.tense.pastExpectation,
      yes: phrases(
        'había | habían | estaba | estaban | iba | iban | debía | debían | esperaba | esperaban | preveía | preveían ' +
          '| planeaba | planeaban | pretendía | pretendían | inicialmente | originalmente | en un principio | ' +
          'entonces | en aquel momento',
      ),
    },
    {
      name: 'a deadline before a date',
      re: es.tense.targetBefore,
      yes: spaced(
        phrases(
          'hasta | para | antes de | antes del | a partir de | a partir del | a más tardar | previsto | prevista | ' +
            'previstos | programado | programada | fijado | fijadas | aplazado | aplazada | pospuesto | pospuesta | ' +
            'postergado | postergadas | plazo | fecha límite | hasta el | hasta la | hasta los | hasta las | hasta ' +
            'del | hasta de | hasta finales | hasta principios | hasta mediados | hasta fines | hasta el año',
        ),
      ),
      no: ['firmó el '],
    },
    { name: 'now', re: es.tense.now, yes: phrases('ahora | hoy | actualmente | en este momento | recién') },
    {
      name: 'since before a date',
      re: es.tense.sinceBefore,
      yes: spaced(
        phrases(
          'desde | desde el | desde la | desde los | desde principios de | desde finales del | desde mediados de | ' +
            'desde fines de | desde comienzos de',
        ),
      ),
    },
    {
      name: 'a state told in the past',
      re: es.tense.narratedPast,
      yes: words('hacía había habían trabajaba vivían tenía tenían'),
    },
    {
      name: 'an infinitive between verb and date',
      re: es.tense.infinitive,
      yes: words('invertir cerrar vender firmarlo irse hacerla darle traerlos verlas'),
      no: words(
        'lugar mar hogar mujer placer taller ayer altar militar popular familiar particular similar nuclear solar ' +
          'regular titular escolar dólar bar par',
      ),
    },
    {
      name: 'a forecast marker',
      re: es.forecasts.marker,
      yes: phrases(
        'va a | van a | prevé | prevén | se prevé | se espera | espera | esperan | planea | planean | pretende | ' +
          'pretenden | proyecta | debería | deberían | durará',
      ),
      no: ['durara'],
    },
    {
      name: 'the period a forecast is about',
      re: es.forecasts.target,
      yes: spaced(
        phrases(
          'hasta | para | en | durante | a lo largo de | antes de | a partir de | desde | durante todo | durante ' +
            'toda | hasta el | hasta la | hasta los | hasta las | hasta finales de | hasta principios del | para ' +
            'mediados de | hasta fines de | hasta comienzos de | hasta el final de | desde el inicio de | durante el ' +
            'primer trimestre de | en el segundo semestre de | en el tercer trimestre de | en el cuarto trimestre de ' +
            '| durante el año | durante el resto de | en la mitad de | a finales de | a principios del | mediados de ' +
            '| fines de',
        ),
      ),
    },
    {
      name: 'what moves a year out of a forecast',
      re: es.forecasts.breaks,
      yes: [
        ...phrases(
          'que en | que el | quien | cual | cuyo | cuya | desde | tras | después | antes | comparado | frente a | ' +
            'respecto | había | habían | fue | fueron | era | eran',
        ),
        ';',
        '.',
        '!',
        '?',
        'la ley aprobada en ',
        'el plan diseñado el ',
        'los textos firmados de ',
        'las leyes aprobadas del ',
        'el acuerdo cumplido en ',
        'la obra construida en ',
        'los pisos vendidos en ',
        'las casas vendidas en ',
      ],
    },
    {
      name: 'a calendar that ends after its year',
      re: es.forecasts.otherCalendar,
      yes: spaced(
        phrases('el ejercicio | la temporada | el curso | el año fiscal | la campaña | la temporada de | el curso del'),
      ),
    },
    {
      name: 'from an event to its date',
      re: es.events.toDate,
      yes: phrases(
        'comenzó en | empezó el | estalló en | inició el | se inició en | tuvo lugar el | ocurrió en | ocurrida el | ' +
          'ocurrido en | se produjo el | iniciada en | iniciado el | comenzada en | desatada el | desatado en | ' +
          'lanzada el | lanzado en | en Ucrania el | contra Kiev en | de la ciudad el | del país en | a Madrid el | ' +
          'al norte en | sobre la ciudad el | de conductores de autobús comenzó en | desde | a finales de | a ' +
          'principios del | a mediados de',
      ).map((p) => ` ${p} `),
    },
    {
      name: 'from a date to its event',
      re: es.events.fromDate,
      yes: phrases('comenzó la | empezó el | estalló los | se inició las | inició la | arrancó la guerra').map(
        (p) => ` ${p} `,
      ),
    },
    {
      name: 'a date beside a span',
      re: es.events.beside,
      yes: phrases(', | , en | , el | , es decir | , o sea').map((p) => `${p} `),
    },
    {
      name: 'reported words',
      re: es.reporting,
      yes: phrases(
        `dijo: | afirmó: | declaró: | señaló: | explicó: | escribió: | añadió: | respondió: | indicó: | aseguró: | ` +
          `sostuvo: | tuiteó: | publicó: | dice: | afirma: | señala: | explica: | escribe: | la frase: | las frases: ` +
          `| el mensaje: | los mensajes: | el texto: | las palabras: | la respuesta: | las respuestas: | un ejemplo: ` +
          `| los ejemplos: | el aviso: | la advertencia: | frases como | frase como | mensajes como | mensaje del ` +
          `tipo | expresiones como | expresión como | respuestas como | respuesta como | textos como | texto como | ` +
          `palabras como | como « | tales como " | por ejemplo “`,
      ),
      no: ['Dijo que'],
    },
    {
      name: 'a year whatever follows',
      re: es.calendar.yearBefore,
      yes: spaced(
        phrases(
          'en el año | el año | año | del año | todo | toda | durante todo | a finales de | a principios del | a ' +
            'mediados de | a fines de | a comienzos de | finales de | desde | primavera | verano | otoño | invierno ' +
            '| temporada | ejercicio | trimestre | semestre | año de',
        ),
      ),
    },
    {
      name: 'a year if nothing is counted',
      re: es.calendar.yearMaybeBefore,
      yes: spaced(
        phrases(
          'en | de | del | hasta | para | antes de | después de | tras | entre | y | o | a | al | el | durante | por',
        ),
      ),
    },
    {
      name: 'a count after a number',
      re: es.calendar.countAfter,
      yes: [' personas', ' €', '$', '%'],
      no: words(
        'las los sus mis tus nos más menos después antes pues mientras tras entonces además apenas ambos años meses',
      ).map((w) => ` ${w}`),
    },
    {
      name: 'the end of a range of weekdays',
      re: es.calendar.weekdayListBefore,
      yes: ['al ', 'a ', 'y ', 'o ', 'hasta ', '- ', '– '],
    },
  ],
});

describe('Spanish dates, as the grammar writes them', () => {
  it.each([
    ['3 y 4 de junio de 2020', [3, 4]],
    ['3 e 4 de junio de 2020', [3, 4]],
    ['3 o 4 de junio de 2020', [3, 4]],
    ['3 al 5 de junio de 2020', [3, 5]],
    ['3 a 5 de junio de 2020', [3, 5]],
    ['3 hasta el 5 de junio de 2020', [3, 5]],
    ['3-5 de junio de 2020', [3, 5]],
    ['3–5 de junio de 2020', [3, 5]],
    ['3, 4 de junio de 2020', [3, 4]],
    ['3 y el 4 de junio de 2020', [3, 4]],
  ])('each day of "%s" is a date', (text, days) => expect(findDatesIn(es, text).map((d) => d.day)).toEqual(days));
  it.each(['1º de mayo de 2019', '1° de mayo de 2019', '1.º de mayo de 2019'])('"%s" is the first', (text) =>
    expect(findDatesIn(es, text)[0]?.day).toBe(1),
  );
  it.each(['marzo de 2025', 'marzo del 2025', 'marzo 2025'])('"%s" is a month', (text) =>
    expect(findDatesIn(es, `en ${text}`)[0]?.month).toBe(3),
  );
  it.each(['martes, 11 de junio de 2024', 'el martes 11 de junio de 2024', 'martes el 11 de junio de 2024'])(
    'the weekday of "%s" is read',
    (text) => expect(findDatesIn(es, text)[0]?.weekday).toBe(2),
  );
  it.each(['la crisis de 2008', 'los Juegos del 2026'])('"%s" dates a thing', (text) =>
    expect(findDatesIn(es, `tras ${text} y`)[0]?.attributive).toBe(true),
  );
  const notNouns = words(
    'partir finales principios mediados fines comienzos largo través año años mes meses primavera verano otoño ' +
      'invierno antes después cerca más menos alrededor junio',
  );
  it.each(notNouns)('"%s de 2017" dates no thing', (w) =>
    expect(findDatesIn(es, `${w} de 2017`)[0]?.attributive).toBeUndefined(),
  );
});

describe('Spanish sentences', () => {
  it.each(words('Sr Sra Srta Dr Dra Lic Ing Prof núm pág Av Avda Gral Cnel Cap Sto Sta EE UU Dña'))(
    '"%s." ends no sentence',
    (a) => expect(splitSentencesIn(es, `Lo vio ${a}. Pérez en Lima.`, 0, 0)).toHaveLength(1),
  );
});

describe('Spanish events', () => {
  const stems = words(`
    guerra invasión invasion ataque atentado ofensiva terremoto sismo inundación inundacion incendio explosión explosion
    elección eleccion comicios referéndum referendum revolución revolucion levantamiento pandemia epidemia confinamiento
    crisis accidente catástrofe catastrofe tormenta huracán huracan tsunami huelga anexión anexion ocupación ocupacion
    dimisión dimision renuncia fundación fundacion inauguración inauguracion cierre fusión fusion naufragio
  `);
  it.each(stems)('"%s" names an event', (stem) => expect(eventStemOf(es, stem)).toBe(stem));
  it.each([
    ['elecciones', 'eleccion'],
    ['guerras', 'guerra'],
    ['guerrillero', null],
  ])('"%s" is read by its stem', (word, stem) => expect(eventStemOf(es, word)).toBe(stem));
});
