import { describe, expect, it } from 'vitest';
import { de } from '../../src/engine/lang/de.js';
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

grammarTables({
  grammar: de,
  monthYear: 'Das war im {} 2024 so.',
  months: [
    'Januar Jänner Jan.',
    'Februar Feber Feb. Febr.',
    'März Maerz Mär.',
    'April Apr.',
    'Mai',
    'Juni Jun.',
    'Juli Jul.',
    'August Aug.',
    'September Sept. Sep.',
    'Oktober Okt.',
    'November Nov.',
    'Dezember Dez.',
  ],
  weekdayDate: 'Am {}, 12. Juni 2024 tagte der Rat.',
  weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag Sonnabend'],
  spanOfNumber: 'vor {} Jahren',
  numbers: [
    ['einem', 1],
    ['zwei', 2],
    ['drei', 3],
    ['vier', 4],
    ['fünf', 5],
    ['sechs', 6],
    ['sieben', 7],
    ['acht', 8],
    ['neun', 9],
    ['zehn', 10],
    ['elf', 11],
    ['zwölf', 12],
    ['dreizehn', 13],
    ['vierzehn', 14],
    ['fünfzehn', 15],
    ['sechzehn', 16],
    ['siebzehn', 17],
    ['achtzehn', 18],
    ['neunzehn', 19],
    ['zwanzig', 20],
    ['einundzwanzig', 21],
    ['dreißig', 30],
    ['vierzig', 40],
    ['fünfzig', 50],
    ['sechzig', 60],
    ['siebzig', 70],
    ['achtzig', 80],
    ['neunzig', 90],
    ['neunundneunzig', 99],
    ['hundert', 100],
    ['einhundert', 100],
    ['eineinhalb', 1.5],
    ['anderthalb', 1.5],
    ['zweieinhalb', 2.5],
    ['elf', 11],
    ['11', 11],
    ['einen', 1],
    ['einer', 1],
    ['eines', 1],
    ['ein', 1],
    ['eins', 1],
    ['eine', 1],
    ['dutzend', 12],
  ],
  spanOfUnit: 'vor {}',
  units: [
    ['einem Jahr', 'year'],
    ['zwei Jahre', 'year'],
    ['zwei Jahren', 'year'],
    ['einem Monat', 'month'],
    ['zwei Monate', 'month'],
    ['zwei Monaten', 'month'],
    ['einer Woche', 'week'],
    ['zwei Wochen', 'week'],
    ['einem Tag', 'day'],
    ['zwei Tage', 'day'],
    ['zwei Tagen', 'day'],
    ['einem Jahrzehnt', 'decade'],
    ['zwei Jahrzehnte', 'decade'],
    ['zwei Jahrzehnten', 'decade'],
    ['einem Jahrhundert', 'century'],
    ['zwei Jahrhunderte', 'century'],
    ['zwei Jahrhunderten', 'century'],
    ['einem halben Jahr', 'year'],
    ['einem halbes Jahr', 'year'],
    ['eine halbe Woche', 'week'],
  ],
  spanOfHedge: 'vor {} zwei Jahren',
  hedges: [
    ['fast', 'at-most'],
    ['knapp', 'at-most'],
    ['beinahe', 'at-most'],
    ['nahezu', 'at-most'],
    ['kaum', 'at-most'],
    ['weniger als', 'at-most'],
    ['gut', 'at-least'],
    ['gut und gerne', 'at-least'],
    ['mehr als', 'at-least'],
    ['etwas mehr als', 'at-least'],
    ['über', 'at-least'],
    ['mindestens', 'at-least'],
    ['rund', 'approx'],
    ['etwa', 'approx'],
    ['ungefähr', 'approx'],
    ['circa', 'approx'],
    ['ca.', 'approx'],
    ['zirka', 'approx'],
    ['um die', 'approx'],
    ['an die', 'approx'],
    ['genau', 'exact'],
    ['exakt', 'exact'],
    ['nur', 'exact'],
    ['erst', 'exact'],
    ['gerade', 'exact'],
    ['gerade einmal', 'exact'],
    ['gerade mal', 'exact'],
  ],
  spanOfVague: 'vor {} Jahren',
  vague: ['einigen', 'wenigen', 'ein paar', 'mehreren', 'vielen', 'etlichen'],
  ago: ['vor zwei Jahren'],
  since: phrases(
    'seit zwei Jahren | seit nunmehr zwei Jahren | seit inzwischen zwei Jahren | seit mittlerweile zwei Jahren | ' +
      'seit nun zwei Jahren | seit jetzt zwei Jahren | seit bereits zwei Jahren | seit schon zwei Jahren',
  ),
  noSpans: ['vor Jahren', 'zwei Jahre lang', 'Er lebte seit zwei Jahren dort.', 'Sie war seit zwei Jahren da.'],
  past: [
    ...words(`
      begann begannen fand fanden kam kamen ging gingen gab gaben nahm nahmen traf trafen starb starben gewann gewannen
      verlor verloren fiel fielen stieg stiegen sank sanken brach brachen schloss schlossen beschloss beschlossen trat
      traten stand standen lag lagen sprach sprachen schrieb schrieben rief riefen lief liefen blieb blieben zog zogen
      flog flogen floh flohen hielt hielten erschien erschienen entschied entschieden verließ verließen unterschrieb
      unterschrieben übernahm übernahmen empfing empfingen verbot verboten bot boten warf warfen schlug schlugen stahl
      stahlen erhielt erhielten geschah brannte brannten wählte wählten stimmte stimmten einigte einigten eröffnete
      eröffneten meldete meldeten teilte teilten erklärte erklärten sagte sagten kündigte kündigten startete starteten
      endete endeten dauerte dauerten ereignete stürzte stürzten verabschiedete verabschiedeten unterzeichnete
      unterzeichneten veröffentlichte veröffentlichten berichtete berichteten bestätigte bestätigten forderte forderten
      verkündete verkündeten gründete gründeten erreichte erreichten landete landeten besuchte besuchten feierte
      feierten heiratete heirateten legte legten stellte stellten führte führten zeigte zeigten spielte spielten siegte
      siegten besiegte besiegten tötete töteten verletzte verletzten zerstörte zerstörten wurde wurden schaffte
      schafften beendete beendeten räumte räumten griff griffen lud luden rettete retteten stoppte stoppten öffnete
      öffneten explodierte protestierten
    `),
    ...phrases(`
      hat den Vertrag unterzeichnet | haben ihn gewählt | hatte es abgelehnt | hatten sie abgeschlossen |
      ist gestorben | sind gekommen | war verstorben | waren gegangen | ist gefallen | sind gestiegen | ist gesunken |
      ist erschienen | ist geschehen | ist passiert | ist eingetreten | ist ausgebrochen | ist gestartet |
      ist zurückgetreten | ist abgestürzt | ist explodiert | ist eingestürzt | ist gelandet | sind geflohen |
      sind gereist | ist abgereist | ist angekommen | ist entstanden | ist verschwunden | ist aufgetreten |
      ist ausgetreten | ist beigetreten | ist eingezogen | ist ausgezogen | ist geworden | ist gewesen | ist geblieben |
      hat es abgesagt | hat es angeboten | hat es aufgegeben | hat es ausgesetzt | hat es beigelegt |
      hat es eingeführt | hat es festgehalten | hat es freigegeben | hat es losgeschickt | hat es mitgeteilt |
      hat es nachgereicht | hat es vorgelegt | hat es weggegeben | hat es zugesagt | hat es zurückgegeben |
      hat es stattgegeben | hat es teilgenommen | hat es bekanntgegeben | hat es hingenommen | hat es hergestellt |
      hat es umgesetzt | hat es durchgeführt | hat es dargelegt | hat es fortgesetzt | hat es niedergelegt |
      hat es weitergegeben | hat es wiedergegeben | hat es zusammengelegt | hat es hochgeladen | hat es herausgegeben |
      hat es hinausgezögert | hat es heruntergeladen | hat es kennengelernt | hat es standgehalten | hat es bestätigt |
      hat es versprochen | hat es erlaubt | hat es zerstört | hat es entdeckt | hat es empfangen | hat es missachtet |
      hat es übernommen | hat es unterschrieben | hat es widerrufen | hat es hinterlassen | hat es kritisiert
    `),
  ],
  notPast: [
    ...words('Stand Lag Fall heute'),
    ...phrases(`
      die präsentierte Studie | ist geschlossen | wurde auf Mai verschoben | war geplant | ist vorgesehen |
      wurde angesetzt | war terminiert | wurde angekündigt | wurde erwartet | wurde vertagt | wurde verlegt |
      wurde festgelegt | wurde anberaumt | wurde avisiert | war beabsichtigt | war angestrebt | wurde prognostiziert |
      wurde vereinbart | wurde datiert | wurde befristet | der eröffnete Laden
    `),
  ],
  patterns: [
    {
      name: 'future',
      re: de.tense.future,
      yes: words(
        'wird werden wirst werde soll sollen will wollen plant planen geplant voraussichtlich dürfte dürften ' +
          'erwartet erwarten rechnet rechnen prognostiziert prognostizieren angekündigt künftig demnächst kommende ' +
          'kommenden nächste nächsten bevorstehende bevorstehenden vorgesehen',
      ),
      no: words('wurde Wurde würde'),
    },
    {
      name: 'conditional',
      re: de.tense.conditional,
      yes: words(
        'wenn falls sofern ob würde würden könnte könnten sollte sollten müsste müssten hätte hätten wäre wären ' +
          'möchte möchten kann können könne müsse müssen',
      ),
    },
    {
      name: 'an expectation told as history',
      re: de.tense.pastExpectation,
      yes: words(
        'hatte hatten war waren wurde wurden sollte sollten wollte wollten damals ursprünglich eigentlich zunächst ' +
          'einst erwartete erwarteten plante planten rechnete rechneten prognostizierte prognostizierten ging gingen ' +
          'hieß',
      ),
    },
    {
      name: 'a deadline before a date',
      re: de.tense.targetBefore,
      yes: phrases(
        'bis | spätestens | frühestens | ab | auf | für | zum | zur | vor | fällig | gültig | gilt | geplant | ' +
          'vorgesehen | angesetzt | terminiert | verschoben | vertagt | verlängert | erwartet | am Starttermin | die ' +
          'Frist | zum Stichtag | das Zieldatum | die Deadline | bis zum | bis zur | bis dem | bis den | bis der | ' +
          'bis des | bis am | bis im | bis spätestens | bis Anfang | bis Mitte | bis Ende | bis Beginn | bis ' +
          'Frühjahr | bis Sommer | bis Herbst | bis Winter | bis Jahr | bis Jahres',
      ).map((p) => `${p} `),
      no: ['Der Rat tagte am ', 'seit dem '],
    },
    {
      name: 'now',
      re: de.tense.now,
      yes: words('jetzt nun gerade soeben heute derzeit aktuell momentan inzwischen mittlerweile'),
    },
    {
      name: 'since before a date',
      re: de.tense.sinceBefore,
      yes: phrases(
        'seit | seit dem | seit der | seit den | seit Anfang | seit Mitte | seit Ende | seit Beginn | seit dem Ende',
      ).map((p) => `${p} `),
    },
    {
      name: 'a state told in the past',
      re: de.tense.narratedPast,
      yes: words('war waren hatte hatten wurde wurden lebte lebten'),
    },
    { name: 'an infinitive between verb and date', re: de.tense.infinitive, yes: ['zu investieren'] },
    {
      name: 'a verb beside a date by its shape',
      re: { test: (w: string) => de.tense.pastBeside!(w) } as RegExp,
      yes: words('tagte meldeten fand'),
      no: words(
        'heute bitte mitte zweite zweiten dritte dritten vierte vierten fünfte fünften siebte siebten achte achten ' +
          'neunte neunten zehnte zehnten elfte elften zwölfte zwölften letzte letzten gute guten harte harten kalte ' +
          'kalten laute lauten breite breiten weite weiten rechte rechten echte echten leichte leichten schlechte ' +
          'schlechten späte späten gesamte gesamten konkrete konkreten direkte direkten private privaten sollte ' +
          'sollten wollte wollten konnte konnten durfte durften mochte mochten möchte möchten hätte hätten dürfte ' +
          'dürften könnte könnten leute größte',
      ),
    },
    {
      name: 'a forecast marker',
      re: de.forecasts.marker,
      yes: phrases(
        'wird | werden | soll | sollen | will | wollen | plant | planen | geplant | voraussichtlich | dürfte | ' +
          'dürften | erwartet | erwarten | rechnet | rechnen | prognostiziert | prognostizieren | bis weit in',
      ),
      no: words('werde würde'),
    },
    {
      name: 'the period a forecast is about',
      re: de.forecasts.target,
      yes: phrases(
        'bis | ab | für | spätestens | frühestens | noch | während | weit | im Laufe | im Verlauf | bis weit ins ' +
          'Jahr | bis in das Jahr | bis zum Ende | bis zur Mitte | für das Jahr | bis Ende des | bis Anfang | bis ' +
          'Beginn | bis zum Frühjahr | bis Frühling | bis Sommer | bis Herbst | bis Winter | im ersten | im zweiten ' +
          '| im dritten | im vierten | im letzten | bis zum Quartal | bis Ende des Quartals | bis zum Halbjahr | bis ' +
          'Ende des Halbjahres | bis zur Hälfte | bis zum Jahre | ab dem | ab der | ab des | in | im | im Jahr | im ' +
          'Jahre | im Laufe des Jahres | im Quartal | im Halbjahr | im Frühjahr | im Sommer | im Herbst | im Winter ' +
          '| Anfang | Mitte | Ende',
      ).map((p) => `${p} `),
      no: ['von ', 'zu '],
    },
    {
      name: 'what moves a year out of a forecast',
      re: de.forecasts.breaks,
      yes: [
        ...words(
          'als seit nach vor zuvor damals gegenüber verglichen Vergleich wie war waren hatte hatten wurde wurden ' +
            'weil obwohl trotz',
        ),
        'noch nie',
        ', der',
        ', die',
        ', das',
        ', welche',
        ', welcher',
        ', welches',
        ', welchen',
        ', welchem',
        ';',
        '.',
        '!',
        '?',
      ],
    },
    {
      name: 'a participle after the year',
      re: de.forecasts.afterYear,
      yes: words(
        'eingeführte eingeführten gesetztes gesetzter gesetztem gewonnene gewonnenen gewonnenes gewonnener gewonnenem',
      ).map((w) => ` ${w}`),
    },
    {
      name: 'a calendar that ends after its year',
      re: de.forecasts.otherCalendar,
      yes: words(
        'Geschäftsjahr Geschäftsjahres Haushaltsjahr Haushaltsjahres Wirtschaftsjahr Wirtschaftsjahres Schuljahr ' +
          'Schuljahres Saison Spielzeit Fiskaljahr Fiskaljahres',
      ).map((w) => `im ${w} `),
    },
    {
      name: 'from an event to its date',
      re: de.events.toDate,
      yes: phrases(
        'begann im | begannen am | startete im | ereignete sich am | fand im | erfolgte am | kam im | geschah am | ' +
          'brach im | in der Ukraine am | gegen Kiew im | auf die Stadt am | an der Grenze im | um die Stadt im | ' +
          'von Moskau im | der Busfahrer begann im | des Jahres begann im | vom | im Jahr | im Jahre | seit | Anfang ' +
          '| Mitte | Ende',
      ).map((p) => ` ${p} `),
    },
    {
      name: 'from a date to its event',
      re: de.events.fromDate,
      yes: phrases(
        'begann der | begannen die | startete das | starteten die | erfolgte der | ereignete sich ein | kam es zu ' +
          'einem | brach der',
      ).map((p) => ` ${p} `),
    },
    {
      name: 'a date beside a span',
      re: de.events.beside,
      yes: phrases(', | , im | , am | , in | , also | , damals | , seit').map((p) => `${p} `),
    },
    {
      name: 'reported words',
      re: de.reporting,
      yes: phrases(
        `sagte: | sagten: | sagt: | sagen: | erklärte: | erklärten: | erklärt: | betonte: | betont: | schrieb: | ` +
          `schrieben: | schreibt: | hieß es: | heißt es: | lautete: | lautet: | lauten: | meinte: | meint: | ` +
          `twitterte: | postete: | antwortete: | antwortet: | fragte: | fragt: | der Satz: | die Sätze: | in Sätzen: ` +
          `| die Formulierung: | die Formulierungen: | der Text: | die Worte: | mit Worten: | die Wörter: | der ` +
          `Hinweis: | die Meldung: | die Antwort: | die Antworten: | ein Beispiel: | die Beispiele: | Sätze wie | ` +
          `Sätzen wie | Formulierungen wie | Phrasen wie | Floskeln wie | Wendungen wie | Texte wie | Texten wie | ` +
          `Antworten wie | Hinweise wie | Hinweisen wie | wie etwa | wie zum Beispiel | wie beispielsweise`,
      ),
      no: ['Er sagte, dass'],
    },
    {
      name: 'a year whatever follows',
      re: de.calendar.yearBefore,
      yes: phrases(
        'im Jahr | im Jahre | des Jahres | Jahr | Jahres | Anfang | Mitte | Ende | Beginn | Frühjahr | Frühjahrs | ' +
          'Frühling | Frühlings | Sommer | Sommers | Herbst | Herbstes | Winter | Winters | Saison | Quartal | ' +
          'Halbjahr | Hälfte | Jahreswechsel | Geschäftsjahr | Haushaltsjahr | Spielzeit',
      ).map((p) => `${p} `),
    },
    {
      name: 'a year if nothing is counted',
      re: de.calendar.yearMaybeBefore,
      yes: words('in im ins bis ab von vom für vor nach seit zwischen und oder um').map((p) => `${p} `),
    },
    {
      name: 'a count after a number',
      re: de.calendar.countAfter,
      yes: [' Menschen', '%', ' Prozent', ' mal', '-mal'],
      no: [' war', '.'],
    },
    {
      name: 'the end of a range of weekdays',
      re: de.calendar.weekdayListBefore,
      yes: ['bis ', 'und ', 'oder ', 'sowie ', '- ', '– ', '/ '],
    },
  ],
});

describe('German dates, as the grammar writes them', () => {
  it.each([
    ['1. und 2. Juli 2020', [1, 2]],
    ['1. oder 2. Juli 2020', [1, 2]],
    ['1. sowie 2. Juli 2020', [1, 2]],
    ['1. bis 2. Juli 2020', [1, 2]],
    ['1. bis zum 2. Juli 2020', [1, 2]],
    ['1.-2. Juli 2020', [1, 2]],
    ['1.–2. Juli 2020', [1, 2]],
    ['1./2. Juli 2020', [1, 2]],
    ['1., 2. Juli 2020', [1, 2]],
  ])('each day of "%s" is a date', (text, days) => expect(findDatesIn(de, text).map((d) => d.day)).toEqual(days));

  const forms = [
    ['Dienstag, den 11. Juni 2024'],
    ['Dienstag, dem 11. Juni 2024'],
    ['Dienstag 11. Juni 2024'],
    ['Dienstag (11. Juni 2024)'],
    ['11. Juni 2024 (Dienstag)'],
  ];
  it.each(forms)('the weekday of "%s" is read', (text) => expect(findDatesIn(de, text)[0]?.weekday).toBe(2));

  it('reads a date in figures, and no version number', () => {
    expect(findDatesIn(de, 'am 12.06.2024').map((d) => [d.day, d.month, d.year])).toEqual([[12, 6, 2024]]);
    expect(findDatesIn(de, 'die Variante B.1.1.7')).toEqual([]);
  });

  it.each(['bis 2000 Menschen', 'von 2000 Euro'])('"%s" counts', (text) => expect(findDatesIn(de, text)).toEqual([]));
});

describe('German sentences', () => {
  const abbreviations = words(
    'bzw ca Nr Dr Prof St Mio Mrd Jh Abs Art vgl ggf sog inkl evtl bspw Chr Hrsg Str Tel Std Min Sek Gen Hl ehem',
  );
  it.each(abbreviations)('"%s." ends no sentence', (a) =>
    expect(splitSentencesIn(de, `Es waren ${a}. Fünf Leute dort.`, 0, 0)).toHaveLength(1),
  );
  const afterOrdinal = words(`
    Jahrhundert Jahrhunderts Jahrhunderten Mal Platz Runde Liga Bundesliga Klasse Stock Etage Spieltag Welle Geburtstag
    Todestag Jahrestag Tag Tages Woche Kalenderwoche Quartal Quartals Halbjahr Sitzung Amtszeit Staffel Folge Auflage
    Halbzeit Minute Reihe Weltkrieg Weltkrieges Weltkriegs Advent Lebensjahr Legislaturperiode Parteitag Spiel Etappe
    Wahlgang Stufe Phase Absatz Kapitel Band Jahrgang Bezirk Kammer Senat Armee Division Sinfonie Symphonie FC Juni
    Montag
  `);
  it.each(afterOrdinal)('"12. %s" ends no sentence', (w) =>
    expect(splitSentencesIn(de, `Es war der 12. ${w} in Berlin.`, 0, 0)).toHaveLength(1),
  );
  it('a sentence that ends in a number still ends', () =>
    expect(splitSentencesIn(de, 'Die Zahl stieg auf 12. Die Polizei kam.', 0, 0)).toHaveLength(2));
});

describe('German events', () => {
  const stems = words(`
    krieg invasion einmarsch angriff überfall anschlag attentat erdbeben beben flut hochwasser überschwemmung brand
    explosion wahl abstimmung referendum putsch staatsstreich revolution aufstand pandemie epidemie lockdown unfall
    absturz unglück katastrophe sturm orkan hurrikan tsunami streik annexion besetzung rücktritt amtsantritt
    machtübernahme gründung eröffnung schließung fusion übernahme ausbruch
  `);
  it.each(stems)('"%s" names an event', (stem) =>
    expect(eventStemOf(de, stem[0]!.toUpperCase() + stem.slice(1))).toBe(stem),
  );
  it.each([
    ['Ukrainekrieg', 'krieg'],
    ['Ukraine-Krieg', 'krieg'],
    ['Krieges', 'krieg'],
    ['Kriegsende', null],
  ])('"%s" is read by its head', (word, stem) => expect(eventStemOf(de, word)).toBe(stem));
});
