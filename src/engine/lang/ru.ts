import type { Grammar } from './grammar.js';
import { genitiveOfANoun } from './of-a-noun.js';
import { clausePositions } from './tense.js';
import { anyCase, phraseList, WORD_END, WORD_START, wordList } from './words.js';

/** Russian. */

const MONTHS = [
  'января январе январь янв.',
  'февраля феврале февраль февр. фев.',
  'марта марте март',
  'апреля апреле апрель апр.',
  'мая мае май',
  'июня июне июнь',
  'июля июле июль',
  'августа августе август авг.',
  'сентября сентябре сентябрь сент.',
  'октября октябре октябрь окт.',
  'ноября ноябре ноябрь нояб.',
  'декабря декабре декабрь дек.',
].map(wordList);
const WEEKDAYS = [
  'воскресенье воскресенья',
  'понедельник понедельника',
  'вторник вторника',
  'среда среду среды',
  'четверг четверга',
  'пятница пятницу пятницы',
  'суббота субботу субботы',
].map(wordList);

/** Each number in the nominative and in the genitive ("два года", "более двух лет"). */
const NUMBERS: Array<[string, string, number]> = [
  ['один одна одно одну', 'одного одной', 1],
  ['два две', 'двух', 2],
  ['три', 'трёх трех', 3],
  ['четыре', 'четырёх четырех', 4],
  ['пять', 'пяти', 5],
  ['шесть', 'шести', 6],
  ['семь', 'семи', 7],
  ['восемь', 'восьми', 8],
  ['девять', 'девяти', 9],
  ['десять', 'десяти', 10],
  ['одиннадцать', 'одиннадцати', 11],
  ['двенадцать', 'двенадцати', 12],
  ['тринадцать', 'тринадцати', 13],
  ['четырнадцать', 'четырнадцати', 14],
  ['пятнадцать', 'пятнадцати', 15],
  ['шестнадцать', 'шестнадцати', 16],
  ['семнадцать', 'семнадцати', 17],
  ['восемнадцать', 'восемнадцати', 18],
  ['девятнадцать', 'девятнадцати', 19],
  ['полтора', 'полутора', 1.5],
  ['сто', 'ста', 100],
];
const TENS: Array<[string, string, number]> = [
  ['двадцать', 'двадцати', 20],
  ['тридцать', 'тридцати', 30],
  ['сорок', 'сорока', 40],
  ['пятьдесят', 'пятидесяти', 50],
  ['шестьдесят', 'шестидесяти', 60],
  ['семьдесят', 'семидесяти', 70],
  ['восемьдесят', 'восьмидесяти', 80],
  ['девяносто', 'девяноста', 90],
];
/** "двадцать два", "двадцати двух": a ten and a unit, each in the same case. */
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

/** Past tense by its ending: "подписал", "объявила", "состоялось", "прошли", reflexive "начался". */
const PAST_SHAPE = /^\p{Ll}{3,}(?:[аяиеыуо]л|[аяиеыуо]ла|[аяиеыуо]ло|[аяиеыуо]ли)(?:ся|сь)?$/u;
const REFLEXIVE_PAST = /^\p{Ll}{2,}(?:лся|лась|лось|лись)$/u;
/** Pasts without the "-л" of the others. */
const IRREGULAR_PAST = new Set(
  wordList(`
  шёл шел шла шло шли произошёл произошел произошла произошло произошли прошёл прошел прошла прошло прошли пришёл пришел
  пришла пришли ушёл ушел ушла ушли вошёл вошел вошла вошли нашёл нашел нашла нашли погиб погибла погибло погибли умер
  умерла умерли вырос выросла выросли смог смогла смогли помог помогла помогли достиг достигла достигли возник возникла
  возникли исчез исчезла исчезли привёз привез принёс принес
`),
);
/** Nouns, adverbs and adjectives that end like a past: "материал", "начало", "недели", "правила". */
const NOT_PAST = new Set(
  wordList(`
  материал материала сигнал сигнала канал канала финал финала журнал журнала капитал капитала генерал генерала идеал
  персонал персонала интервал минерал сериал сериала терминал потенциал арсенал скандал скандала карнавал квартал
  квартала вокзал вокзала провал провала завал обвал подвал перевал накал причал начало начала правило правила могила
  формула недели модели раздел раздела предел предела отдел отдела обстрел обстрела расстрел пепел котел козел посол
  футбол баскетбол волейбол протокол престол зеркало прицел пробел
`),
);
/** A past form of "быть" is a copula ("был 20 февраля" states a date) unless a short passive participle follows. */
const COPULA = new Set(wordList('был была было были'));
const SHORT_PASSIVE = new RegExp(
  String.raw`^\p{Ll}{2,}(?:ан|ян|ен|ён|ат|ят|ит|ыт|ут|от|ана|яна|ена|ата|ята|ита|ыта|ута|ано|яно|ено|ато|ято|ито|ыто|` +
    String.raw`уто|аны|яны|ены|аты|яты|иты|ыты|уты)$`,
  'u',
);
/** Past passive that schedules ("было назначено на 5 марта"): no past is narrated by it. */
const SCHEDULING = /^(?:назнач|запланир|намеч|перенес|перенесён|отложен|предусмотр|ожида|планир)/u;

/** The clear pasts of a Russian clause. */
function pastForms(clause: string): Array<{ start: number; end: number }> {
  const words = clausePositions(clause);
  const lower = words.map((w) => w.text.toLowerCase());
  if (lower.some((w) => SCHEDULING.test(w))) return [];
  const out: Array<{ start: number; end: number }> = [];
  lower.forEach((w, i) => {
    // A verb is written in lower case in running text: a capitalised word is a name.
    if (words[i]!.text !== w) return;
    const past =
      (!NOT_PAST.has(w) && (REFLEXIVE_PAST.test(w) || PAST_SHAPE.test(w) || IRREGULAR_PAST.has(w))) ||
      (COPULA.has(w) && SHORT_PASSIVE.test(lower[i + 1] ?? ''));
    if (past) out.push(words[i]!);
  });
  return out;
}

/** The perfective verbs whose present tells the future in news: "продлится", "состоится". */
const PERFECTIVE_FUTURE =
  String.raw`продлится|продлятся|завершится|завершатся|состоится|состоятся|начнётся|начнется|начнутся|откроется|` +
  String.raw`откроются|пройдёт|пройдет|пройдут|вступит|вступят|закончится|закончатся|продолжится|продолжатся`;
const BREAK_WORDS = anyCase(
  phraseList(`
  чем | после | с тех пор | по сравнению | был | была | было | были | ранее | прошлого | прошлом
`),
);

/** Verbs that say an event began or happened, before its date. */
const BEGAN =
  String.raw`началось|началась|начался|начались|произошло|произошла|произошёл|произошел|случилось|случилась|` +
  String.raw`случился|состоялся|состоялась|состоялось|состоялись|разразилась|разразился|начавш\p{L}*|` +
  String.raw`произошедш\p{L}*|случивш\p{L}*`;
const W = WORD_START;
const E = WORD_END;

export const ru: Grammar = {
  code: 'ru',
  calendar: {
    months: MONTHS,
    weekdays: WEEKDAYS,
    daySource: String.raw`(?<day>\d{1,2})`,
    dayToMonthSource: String.raw`\s+`,
    monthToYearSource: String.raw`\s+`,
    yearWordSource: String.raw`года|году|год|гг\.|г\.`,
    weekdayToDateSource: String.raw`,?\s+`,
    dayListSource: String.raw`\s*(?:,|и|или|по|до|[-–—])\s*`,
    weekdayListBefore: new RegExp(String.raw`${W}(?:по|до|и|или)\s*$|[-–—]\s*$`, 'iu'),
    // A Russian year is written with its word ("в 2020 году"); without it, only where nothing can be counted.
    yearBefore: new RegExp(String.raw`${W}(?:начале|конце|середине|весной|летом|осенью|зимой)\s+$`, 'iu'),
    yearMaybeBefore: new RegExp(String.raw`${W}(?:в|во|с|со|до|к|по|после|из|от|между|и|или)\s+$`, 'iu'),
    countAfter: /^\s*(?:[€$%₽]|\p{Ll})/u,
    ofANoun: genitiveOfANoun(
      'года г.',
      `в во с со до к по после из от между и или начала конца середины начале конце середине течение протяжении ходе
       весны лета осени зимы`,
    ),
  },
  numbers: { words: numberWords() },
  spans: {
    units: {
      год: 'year',
      года: 'year',
      лет: 'year',
      году: 'year',
      месяц: 'month',
      месяца: 'month',
      месяцев: 'month',
      неделю: 'week',
      недели: 'week',
      недель: 'week',
      неделя: 'week',
      день: 'day',
      дня: 'day',
      дней: 'day',
      десятилетие: 'decade',
      десятилетия: 'decade',
      десятилетий: 'decade',
      век: 'century',
      века: 'century',
      веков: 'century',
    },
    oneUnit: wordList('год года месяц месяца неделю недели день десятилетие век'),
    halfUnit: { полгода: 'year', полугода: 'year', полмесяца: 'month' },
    hedges: {
      почти: 'at-most',
      'без малого': 'at-most',
      менее: 'at-most',
      меньше: 'at-most',
      'чуть менее': 'at-most',
      'чуть меньше': 'at-most',
      около: 'approx',
      примерно: 'approx',
      приблизительно: 'approx',
      порядка: 'approx',
      более: 'at-least',
      больше: 'at-least',
      свыше: 'at-least',
      'чуть более': 'at-least',
      'чуть больше': 'at-least',
      'не менее': 'at-least',
      'по меньшей мере': 'at-least',
      'как минимум': 'at-least',
      всего: 'exact',
      лишь: 'exact',
      'всего лишь': 'exact',
      ровно: 'exact',
      уже: 'exact',
      целых: 'exact',
    },
    vague: { несколько: [2, 5], нескольких: [2, 5], пару: [2, 3], пара: [2, 3], много: [3, 30], многих: [3, 30] },
    agoBefore: [],
    agoAfter: phraseList('назад | тому назад'),
    sinceBefore: [],
  },
  tense: {
    pastForms,
    infinitive: new RegExp(String.raw`${W}\p{Ll}{2,}(?:ть|ти|ться|тись)${E}`, 'u'),
    narratedPast: /(?!)/u,
    future: new RegExp(
      String.raw`${W}(?:будет|будут|буду|будем|будете|станет|станут|планирует|планируют|планируется|` +
        String.raw`намерен[аоы]?|собирается|собираются|ожидается|ожидаются|ожидает|ожидают|прогнозирует|` +
        String.raw`прогнозируется|предполагается|должен|должна|должно|должны|предстоит|грядущ\p{L}*|` +
        String.raw`предстоящ\p{L}*|следующ\p{L}*|наступающ\p{L}*|${PERFECTIVE_FUTURE})${E}`,
      'iu',
    ),
    conditional: new RegExp(
      String.raw`${W}(?:если|бы|б|может|могут|возможно|в\s+случае|при\s+условии|чтобы)${E}`,
      'iu',
    ),
    pastExpectation: new RegExp(
      String.raw`${W}(?:планировалось|планировал[аи]?|ожидалось|ожидал[аи]?|предполагалось|предполагал[аи]?|` +
        String.raw`прогнозировал[аи]?|должен\s+был|должна\s+была|должны\s+были|должно\s+было|собирался|собиралась|` +
        String.raw`собирались|намеревался|намеревались|изначально|первоначально|ранее|тогда|прежде|` +
        String.raw`в\s+то\s+время)${E}`,
      'iu',
    ),
    targetBefore: new RegExp(
      String.raw`${W}(?:до|к|на|не\s+позднее|не\s+ранее|не\s+позже|срок|дедлайн)\s+(?:(?:конца|начала|середины)\s+)?$`,
      'iu',
    ),
    now: new RegExp(
      String.raw`${W}(?:сейчас|теперь|сегодня|ныне|в\s+настоящее\s+время|на\s+данный\s+момент)${E}`,
      'iu',
    ),
    // "с 1 марта" is "since" or "from": it tells no tense.
    sinceBefore: /(?!)/u,
    // Every Russian subordinate clause and participle phrase stands between commas.
    clauseBreak: /[;:—–()]|,/u,
  },
  forecasts: {
    marker: new RegExp(
      String.raw`${W}(?:будет|будут|планирует|планируют|планируется|намерен[аоы]?|ожидается|ожидаются|` +
        String.raw`прогнозирует|прогнозируется|прогнозируют|предполагается|${PERFECTIVE_FUTURE})${E}`,
      'iu',
    ),
    target: new RegExp(
      String.raw`${W}(?:до|к|в|во|на\s+протяжении|в\s+течение|в\s+ходе|по|после|не\s+позднее)\s+(?:(?:конца|` +
        String.raw`начала|середины|концу|началу|середине|конце|начале|первой|второй|половины|половине|квартала|` +
        String.raw`квартале|первом|втором|третьем|четвертом|четвёртом|весны|лета|осени|зимы|всего)\s+)*$`,
      'iu',
    ),
    // A participle before the year dates another thing: "принятый в 2019 году закон".
    breaks: new RegExp(
      String.raw`[;.!?]|${W}(?:${BREAK_WORDS}|${anyCase(['котор'])}\p{L}*|\p{Ll}{3,}(?:нный|нная|нное|нные|нного|` +
        String.raw`нной|нном|вший|вшая|вшее|вшие|вшего|вшей))${E}`,
      'u',
    ),
    afterYear: /(?!)/u,
    otherCalendar: new RegExp(
      String.raw`${W}(?:сезон\p{L}*|финансов\p{L}*\s+год\p{L}*|учебн\p{L}*\s+год\p{L}*|отч[её]тн\p{L}*)\s+$`,
      'iu',
    ),
  },
  events: {
    stems: wordList(`
      вторжени войн нападени атак наступлени землетрясени наводнени пожар взрыв теракт выбор референдум переворот
      революци восстани пандеми эпидеми локдаун карантин кризис авари катастроф ураган цунами забастовк аннекси оккупаци
      отставк основани открыти закрыти слияни крушени
    `),
    compounds: false,
    // The event's noun, then a phrase of its own or two words of what it is of ("Забастовка водителей автобусов"),
    // a verb of beginning (required after those words), the date.
    toDate: new RegExp(
      String.raw`^(?:(?:\s+(?:в|на|против|с)\s+[\p{L}-]+)?(?:\s+(?:${BEGAN}))?|` +
        String.raw`(?:\s+[\p{L}-]+){1,2}?\s+(?:${BEGAN}))\s*(?:(?:в|во|с|начале|конце|середине)\s+)*$`,
      'iu',
    ),
    fromDate: new RegExp(
      String.raw`^\s*,?\s*(?:началось|началась|начался|начались|произошло|произошла|произошёл|произошел|случилось|` +
        String.raw`состоялся|состоялась|состоялись)\s+(?:[\p{L}-]+\s+)?$`,
      'iu',
    ),
    beside: /^[\s,]*(?:(?:в|во|то\s+есть)\s+)?$/iu,
  },
  sentences: {
    abbreviations: wordList('г гг т е д др им ул пр просп обл р-н млн млрд тыс руб коп св проф акад ген см'),
  },
  reporting: new RegExp(
    String.raw`${W}(?:сказал[аи]?|заявил[аи]?|отметил[аи]?|написал[аи]?|пишет|говорит|говорится|ответил[аи]?|` +
      String.raw`добавил[аи]?|подчеркнул[аи]?|сообщил[аи]?|фраза|фразы|сообщение|текст|слова|ответ|пример|` +
      String.raw`надпись)\s*:|${W}(?:фраз\p{L}*|выражени\p{L}*|сообщени\p{L}*|ответ\p{L}*|текст\p{L}*)\s+(?:вроде|` +
      String.raw`типа|наподобие)${E}|${W}(?:например|вроде|такие\s+как)\s*(?=[«"“])`,
    'iu',
  ),
};
