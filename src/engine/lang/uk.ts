import type { Grammar } from './grammar.js';
import { genitiveOfANoun } from './of-a-noun.js';
import { clausePositions } from './tense.js';
import { anyCase, phraseList, WORD_END, WORD_START, wordList } from './words.js';

/** Ukrainian. Apostrophes are written "'" here and match every way they are typed. */

const MONTHS = [
  'січня січні січень січ.',
  'лютого лютому лютий лют.',
  'березня березні березень бер.',
  'квітня квітні квітень квіт.',
  'травня травні травень трав.',
  'червня червні червень черв.',
  'липня липні липень лип.',
  'серпня серпні серпень серп.',
  'вересня вересні вересень вер.',
  'жовтня жовтні жовтень жовт.',
  'листопада листопаді листопад лист.',
  'грудня грудні грудень груд.',
].map(wordList);
const WEEKDAYS = [
  'неділя неділю неділі',
  'понеділок понеділка',
  'вівторок вівторка',
  'середа середу середи',
  'четвер четверга',
  "п'ятниця п'ятницю п'ятниці",
  'субота суботу суботи',
].map(wordList);

/** Each number in the nominative and in the genitive ("два роки", "понад двох років"). */
const NUMBERS: Array<[string, string, number]> = [
  ['один одна одне одну', 'одного однієї', 1],
  ['два дві', 'двох', 2],
  ['три', 'трьох', 3],
  ['чотири', 'чотирьох', 4],
  ["п'ять", "п'яти п'ятьох", 5],
  ['шість', 'шести шістьох', 6],
  ['сім', 'семи сімох', 7],
  ['вісім', 'восьми вісьмох', 8],
  ["дев'ять", "дев'яти", 9],
  ['десять', 'десяти', 10],
  ['одинадцять', 'одинадцяти', 11],
  ['дванадцять', 'дванадцяти', 12],
  ['тринадцять', 'тринадцяти', 13],
  ['чотирнадцять', 'чотирнадцяти', 14],
  ["п'ятнадцять", "п'ятнадцяти", 15],
  ['шістнадцять', 'шістнадцяти', 16],
  ['сімнадцять', 'сімнадцяти', 17],
  ['вісімнадцять', 'вісімнадцяти', 18],
  ["дев'ятнадцять", "дев'ятнадцяти", 19],
  ['півтора півтори', 'півтора', 1.5],
  ['сто', 'ста', 100],
];
const TENS: Array<[string, string, number]> = [
  ['двадцять', 'двадцяти', 20],
  ['тридцять', 'тридцяти', 30],
  ['сорок', 'сорока', 40],
  ["п'ятдесят", "п'ятдесяти", 50],
  ['шістдесят', 'шістдесяти', 60],
  ['сімдесят', 'сімдесяти', 70],
  ['вісімдесят', 'вісімдесяти', 80],
  ["дев'яносто", "дев'яноста", 90],
];
/** "двадцять два", "двадцяти двох": a ten and a unit, each in the same case. */
function numberWords(): Record<string, number> {
  const words: Record<string, number> = {};
  for (const [nom, gen, v] of NUMBERS) for (const f of wordList(`${nom} ${gen}`)) words[f] = v;
  for (const [tenNom, tenGen, v] of TENS) {
    words[tenNom] = v;
    words[tenGen] = v;
    for (const [nom, gen, u] of NUMBERS.slice(0, 9)) {
      for (const f of wordList(nom)) words[`${tenNom} ${f}`] = v + u;
      for (const f of wordList(gen)) words[`${tenGen} ${f}`] = v + u;
    }
  }
  return words;
}

/**
 * Past tense by its ending: "підписав", "оголосила", "відбулося", "заявили", reflexive "відбувся". The
 * masculine "-ів" is left out: it is the genitive plural of most nouns ("років", "депутатів").
 */
const PAST_SHAPE =
  /^\p{Ll}{3,}(?:ав|яв|ив|ала|яла|ила|іла|ола|ула|ало|яло|ило|іло|оло|уло|али|яли|или|іли|оли|ули)(?:ся|сь)?$/u;
const REFLEXIVE_PAST = /^\p{Ll}{2,}(?:вся|вись|лася|лась|лося|лось|лися|лись)$/u;
/** The impersonal past: "підписано угоду", "ухвалено закон". */
const IMPERSONAL_PAST = /^\p{Ll}{3,}(?:ано|яно|ено|єно|ото|ито|уто)$/u;
const IRREGULAR_PAST = new Set(
  wordList(`
  помер померла померли загинув загинула загинули відбувся стався ріс виріс зміг змогла змогли допоміг досяг
`),
);
/** Nouns, adverbs and adjectives that end like a past: "держав", "правила", "погано". */
const NOT_PAST = new Set(
  wordList(`
  держав справ застав колектив актив мотив позитив негатив правила правило могила начало погано
`),
);
/** A past form of "бути" is a copula ("був 20 лютого" states a date) unless a passive participle follows. */
const COPULA = new Set(wordList('був була було були'));
const PASSIVE = /^\p{Ll}{3,}(?:аний|яний|ений|єний|аний|ана|яна|ена|єна|ане|яне|ене|ані|яні|ені|тий|та|те|ті)$/u;
/** Schedules ("заплановано на 5 березня"): no past is narrated by them. */
const SCHEDULING = /^(?:заплан|признач|перенес|відклад|передбач|очіку|план)/u;

/** The clear pasts of a Ukrainian clause. */
function pastForms(clause: string): Array<{ start: number; end: number }> {
  const words = clausePositions(clause);
  const lower = words.map((w) => w.text.toLowerCase());
  if (lower.some((w) => SCHEDULING.test(w))) return [];
  const out: Array<{ start: number; end: number }> = [];
  lower.forEach((w, i) => {
    // A verb is written in lower case in running text: a capitalised word is a name.
    if (words[i]!.text !== w) return;
    const past =
      (!NOT_PAST.has(w) &&
        (REFLEXIVE_PAST.test(w) || PAST_SHAPE.test(w) || IMPERSONAL_PAST.test(w) || IRREGULAR_PAST.has(w))) ||
      (COPULA.has(w) && PASSIVE.test(lower[i + 1] ?? ''));
    if (past) out.push(words[i]!);
  });
  return out;
}

/** The synthetic future ("триватиме") and the perfectives whose present tells the future in news ("відбудеться"). */
const FUTURE_FORMS =
  String.raw`\p{Ll}{2,}(?:тиме|тимуть|тимемо|тимеш)|відбудеться|відбудуться|завершиться|завершаться|розпочнеться|` +
  String.raw`розпочнуться|почнеться|почнуться|відкриється|відкриються|продовжиться|продовжаться|закінчиться|` +
  String.raw`закінчаться|набуде|наберуть`;
const FUTURE_WORDS = anyCase(
  phraseList(`
  буде | будуть | буду | будемо | будете | стане | стануть | планує | планують | планується | має намір | мають намір |
  має | мають | очікується | очікуються | очікує | очікують | прогнозує | прогнозується | передбачається
`),
);
const MARKER_WORDS = anyCase(
  phraseList(`
  буде | будуть | планує | планують | планується | має намір | мають намір | очікується | очікуються | прогнозує |
  прогнозується | прогнозують | передбачається
`),
);
const BREAK_WORDS = anyCase(
  phraseList(`
  ніж | аніж | після | відтоді | порівняно | був | була | було | були | раніше | минулого | минулому
`),
);

/** Verbs that say an event began or happened, before its date. */
const BEGAN =
  String.raw`почалося|почалась|почалася|почався|почалися|розпочалося|розпочалася|розпочався|розпочалися|відбулося|` +
  String.raw`відбулася|відбувся|відбулися|сталося|стався|сталася|трапилося|розпочат\p{L}*|почат\p{L}*`;
const W = WORD_START;
const E = WORD_END;

export const uk: Grammar = {
  code: 'uk',
  calendar: {
    months: MONTHS,
    weekdays: WEEKDAYS,
    daySource: String.raw`(?<day>\d{1,2})`,
    dayToMonthSource: String.raw`\s+`,
    monthToYearSource: String.raw`\s+`,
    yearWordSource: String.raw`року|році|рік|роках|рр\.|р\.`,
    weekdayToDateSource: String.raw`,?\s+`,
    dayListSource: String.raw`\s*(?:,|і|й|та|або|по|до|[-–—])\s*`,
    weekdayListBefore: new RegExp(String.raw`${W}(?:по|до|і|й|та|або)\s*$|[-–—]\s*$`, 'iu'),
    yearBefore: new RegExp(
      String.raw`${W}(?:початку|кінці|наприкінці|середині|навесні|влітку|восени|взимку)\s+$`,
      'iu',
    ),
    yearMaybeBefore: new RegExp(String.raw`${W}(?:в|у|з|із|до|після|від|між|і|й|та|або)\s+$`, 'iu'),
    countAfter: /^\s*(?:[€$%₴]|\p{Ll})/u,
    ofANoun: genitiveOfANoun(
      'року р.',
      `у в з із до після від між і й та або початку кінця середини протягом впродовж упродовж наприкінці весни літа
       осені зими`,
    ),
  },
  numbers: { words: numberWords() },
  spans: {
    units: {
      рік: 'year',
      роки: 'year',
      років: 'year',
      року: 'year',
      місяць: 'month',
      місяці: 'month',
      місяців: 'month',
      місяця: 'month',
      тиждень: 'week',
      тижні: 'week',
      тижнів: 'week',
      тижня: 'week',
      день: 'day',
      дні: 'day',
      днів: 'day',
      дня: 'day',
      десятиліття: 'decade',
      десятиліть: 'decade',
      століття: 'century',
      століть: 'century',
      сторіччя: 'century',
    },
    oneUnit: wordList('рік року місяць місяця тиждень тижня день десятиліття століття'),
    halfUnit: { півроку: 'year', півмісяця: 'month' },
    hedges: {
      майже: 'at-most',
      'без малого': 'at-most',
      'менше ніж': 'at-most',
      'менш ніж': 'at-most',
      менше: 'at-most',
      близько: 'approx',
      приблизно: 'approx',
      орієнтовно: 'approx',
      понад: 'at-least',
      'більше ніж': 'at-least',
      'більш ніж': 'at-least',
      більше: 'at-least',
      щонайменше: 'at-least',
      принаймні: 'at-least',
      'трохи більше': 'at-least',
      лише: 'exact',
      всього: 'exact',
      усього: 'exact',
      рівно: 'exact',
      вже: 'exact',
      уже: 'exact',
    },
    vague: { кілька: [2, 5], кількох: [2, 5], декілька: [2, 5], декількох: [2, 5], пару: [2, 3], багато: [3, 30] },
    agoBefore: [],
    agoAfter: phraseList('тому | назад'),
    sinceBefore: [],
    // "тому що" is "because": "чекали два роки тому що ..." counts nothing back.
    notAfter: /^\s*що(?![\p{L}])/iu,
  },
  tense: {
    pastForms,
    infinitive: new RegExp(String.raw`${W}\p{Ll}{2,}(?:ти|тися|тись)${E}`, 'u'),
    narratedPast: /(?!)/u,
    future: new RegExp(
      String.raw`${W}(?:${FUTURE_WORDS}|${anyCase(['наступн', 'майбутн', 'найближч'])}\p{L}*|${FUTURE_FORMS})${E}`,
      'u',
    ),
    conditional: new RegExp(
      String.raw`${W}(?:якщо|якби|б|би|може|можуть|можливо|у\s+разі|в\s+разі|за\s+умови|щоб)${E}`,
      'iu',
    ),
    pastExpectation: new RegExp(
      String.raw`${W}(?:планувалося|планувалось|планував|планувала|планували|очікувалося|очікувалось|очікував|` +
        String.raw`очікували|передбачалося|прогнозував|прогнозували|мав|мала|мали|збирався|збиралася|збиралися|` +
        String.raw`спочатку|початково|раніше|тоді|на\s+той\s+час)${E}`,
      'iu',
    ),
    targetBefore: new RegExp(
      String.raw`${W}(?:до|на|не\s+пізніше|не\s+раніше|строк|термін|дедлайн)\s+(?:(?:кінця|початку|середини)\s+)?$`,
      'iu',
    ),
    now: new RegExp(String.raw`${W}(?:зараз|тепер|сьогодні|нині|наразі|на\s+даний\s+момент|в\s+даний\s+час)${E}`, 'iu'),
    // "з 1 березня" is "since" or "from": it tells no tense.
    sinceBefore: /(?!)/u,
    clauseBreak: /[;:—–()]|,/u,
  },
  forecasts: {
    marker: new RegExp(String.raw`${W}(?:${MARKER_WORDS}|${FUTURE_FORMS})${E}`, 'u'),
    target: new RegExp(
      String.raw`${W}(?:до|у|в|на\s+початку|наприкінці|протягом|впродовж|упродовж|з|після|` +
        String.raw`не\s+пізніше)\s+(?:(?:кінця|початку|середини|першої|другої|половини|кварталу|кварталі|першому|` +
        String.raw`другому|третьому|четвертому|весни|літа|осені|зими|всього|усього)\s+)*$`,
      'iu',
    ),
    // A participle before the year dates another thing: "ухвалений у 2019 році закон".
    breaks: new RegExp(
      String.raw`[;.!?]|${W}(?:${BREAK_WORDS}|${anyCase(['як'])}\p{L}{0,3}|\p{Ll}{3,}(?:аний|яний|ений|ованого|` +
        String.raw`аного|еного|ованої|аної|еної|вший|вша))${E}`,
      'u',
    ),
    afterYear: /(?!)/u,
    otherCalendar: new RegExp(
      String.raw`${W}(?:сезон\p{L}*|фінансов\p{L}*\s+р\p{L}*|навчальн\p{L}*\s+р\p{L}*|` +
        String.raw`маркетингов\p{L}*\s+р\p{L}*)\s+$`,
      'iu',
    ),
  },
  events: {
    stems: wordList(`
      вторгнен війн напад атак землетрус повін пожеж вибух теракт вибор референдум переворот революці повстан пандемі
      епідемі локдаун карантин криз аварі катастроф ураган цунамі страйк анексі окупаці відставк заснуванн відкритт
      закритт злитт
    `),
    compounds: false,
    // The event's noun, then a phrase of its own or two words of what it is of ("Забастовка водителей автобусов"),
    // a verb of beginning (required after those words), the date.
    toDate: new RegExp(
      String.raw`^(?:(?:\s+(?:в|у|на|проти|з)\s+[\p{L}'’ʼ-]+)?(?:\s+(?:${BEGAN}))?|` +
        String.raw`(?:\s+[\p{L}'’ʼ-]+){1,2}?\s+(?:${BEGAN}))\s*(?:(?:в|у|з|на\s+початку|наприкінці|` +
        String.raw`в\s+середині)\s+)*$`,
      'iu',
    ),
    fromDate: new RegExp(
      String.raw`^\s*,?\s*(?:почалося|почалася|почався|почалися|розпочалося|розпочалася|розпочався|розпочалися|` +
        String.raw`відбулося|відбулася|відбувся|сталося)\s+(?:[\p{L}'’ʼ-]+\s+)?$`,
      'iu',
    ),
    beside: /^[\s,]*(?:(?:у|в|тобто)\s+)?$/iu,
  },
  sentences: {
    abbreviations: wordList('р рр м ім вул пр просп обл с смт млн млрд тис грн коп св проф акад ген див'),
  },
  reporting: new RegExp(
    String.raw`${W}(?:сказав|сказала|сказали|заявив|заявила|заявили|зазначив|зазначила|написав|написала|пише|` +
      String.raw`говорить|йдеться|відповів|відповіла|додав|додала|наголосив|наголосила|повідомив|повідомила|фраза|` +
      String.raw`фрази|повідомлення|текст|слова|відповідь|приклад|напис)\s*:|${W}(?:фраз\p{L}*|вислов\p{L}*|` +
      String.raw`повідомлен\p{L}*|відповід\p{L}*|текст\p{L}*)\s+(?:на\s+кшталт|типу)${E}|${W}(?:наприклад|` +
      String.raw`на\s+кшталт|такі\s+як)\s*(?=[«"“])`,
    'iu',
  ),
};
