import { describe, expect, it } from 'vitest';
import { DISCLOSURES_BY_LANGUAGE } from '../../src/engine/lexicon/disclosures/index.js';
import { DISCLOSURE_LANGUAGES } from '../../src/engine/lang/languages.js';

/**
 * Every word of each language's disclosure patterns, a row: in a sentence that discloses with it
 * ("{}" stands for the word), or one that must not. Written out here, so that removing a word
 * from a pattern fails its row.
 */
interface Table {
  disclosed: Array<[template: string, words: string]>;
  notDisclosed?: Array<[template: string, words: string]>;
  denial: string;
  aboutOthers: string;
}

const split = (words: string) =>
  words
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean);

const TABLES: Record<string, Table> = {
  de: {
    disclosed: [
      [
        '{} wurde mit Hilfe von KI erstellt.',
        'Dieser Text | Diese Zusammenfassung | Dieses Newsletter | Unser Artikel | Unsere Meldung | Unserer Fassung ' +
          '| Der Beitrag | Die Inhalte | Das Inhalt | Dieser Bericht | Diese Nachricht | Diese Übersetzung | Diese ' +
          'Version | Dieser kurze Text',
      ],
      [
        'Dieser Text wurde mit Hilfe von {} erstellt.',
        'KI | K.I. | AI | künstlicher Intelligenz | künstliche Intelligenz | künstlichen Intelligenz | künstlichem ' +
          'Intelligenz | einem Sprachmodell | einem großen Sprachmodell | Sprachmodellen | eines Sprachmodells | ' +
          'KI-Tools | KI-Modell | KI-System | KI-Assistent | KI-Programm | KI-Software | KI-Sprachmodell | ' +
          'KI-Chatbot | Chatbots | ChatGPT | GPT-4 | Claude | Gemini | Copilot | Llama | Mistral | Grok | NewsGPT',
      ],
      [
        'Dieser Text wurde mit Hilfe von KI {}.',
        'erstellt | generiert | geschrieben | verfasst | übersetzt | zusammengefasst | produziert | erzeugt | ' +
          'überarbeitet | formuliert | erarbeitet',
      ],
      ['Dieser Text {} mit Hilfe von KI erstellt.', 'wurde | wurden | ist | sind | wird | werden'],
      [
        'Dieser Text wurde {} KI erstellt.',
        'mit Hilfe von | mithilfe von | mit Unterstützung einer | unter Verwendung von | unter Einsatz von | unter ' +
          'Zuhilfenahme von | von | durch | mit | mit einer | von einem | durch eines | mit der | mit des | durch ' +
          'ein | durch eine',
      ],
      ['Der Text {} vollständig KI-generiert.', 'ist | wurde'],
      ['Der Text ist KI-{}.', 'generiert | erstellt | geschrieben | verfasst'],
      ['{} ist ein KI-generierter Text.', 'Dies | Das | Hier'],
      ['Dies ist eine KI-{} Zusammenfassung.', 'generierte | erstellte | geschriebene'],
      ['Dies ist ein KI-generierter {}.', 'Text | Artikel | Beitrag | Inhalt'],
    ],
    notDisclosed: [
      [
        '{} erstellt mit KI',
        'Bild | Bilder | Foto | Fotos | Illustration | Illustrationen | Grafik | Grafiken | Titelbild | Video | ' +
          'Audio | Stimme | Karte | Animation | Abbildung',
      ],
    ],
    denial: 'nicht | kein | keine | keiner | keinem | keinen | ohne | nie | niemals | weder',
    aboutOthers:
      'sagte | sagt | sagten | laut | zufolge | Forscher | Forscherin | Forschende | fanden | gefunden | ' +
      'behauptet | behauptete | angeblich | mutmaßlich | offenbar | Untersuchung | Studie | Analyse | entdeckt | ' +
      'entdeckten | Seiten | Webseiten | Websites | Portale | Verlage | Unternehmen | soll | sollen',
  },
  fr: {
    disclosed: [
      [
        '{} a été rédigé par une IA.',
        "Cet article | Cette synthèse | Ce texte | Notre contenu | Nos articles | Ces textes | L'article | Le résumé " +
          '| La dépêche | Les traductions | Ce billet | Ce papier | Cette chronique | Cette brève | Cette version | ' +
          'Ce court texte',
      ],
      [
        'Cet article a été rédigé par {}.',
        "une IA | une I.A. | une AI | l'intelligence artificielle | un grand modèle de langage | des modèles de " +
          "langage | un outil d'IA | un logiciel d'intelligence artificielle | un système d'IA | un modèle d'IA | un " +
          "assistant d'IA | des agents d'IA | une IA générative | un chatbot | un robot conversationnel | un agent " +
          'conversationnel | ChatGPT | Claude | Gemini | Copilot | Llama | Mistral | Grok',
      ],
      [
        'Cet article a été {} par une IA.',
        'rédigé | généré | écrit | produit | créé | traduit | résumé | réalisé | conçu | élaboré | composé | ' +
          'synthétisé | assisté | préparé | retravaillé | réécrit | rédigée | rédigés | rédigées',
      ],
      ['Cet article {} rédigé par une IA.', 'a été | ont été | est | sont'],
      [
        'Cet article a été rédigé {} IA.',
        "par une | avec une | grâce à une | à l'aide d'une | avec l'aide d'une | au moyen d'une | via une | en " +
          "utilisant une | en partie par une | par l' | par un | par la | par le | par les | par des",
      ],
      ['{} par ChatGPT', 'Généré | Rédigé | Écrit | Résumé'],
    ],
    notDisclosed: [
      [
        '{} générée par IA',
        'Image | Images | Photo | Photographie | Illustration | Visuel | Graphique | Vidéo | Voix | Carte | ' +
          'Animation | Dessin | Infographie',
      ],
      ["L'{} de cet article a été générée par une IA.", 'image | illustration | infographie'],
    ],
    denial: "ne | n' | pas | aucun | aucune | sans | jamais | ni | non",
    aboutOthers:
      "a dit | selon | d'après | chercheurs | chercheur | chercheuses | ont trouvé | affirme | prétendu | " +
      'présumé | apparemment | enquête | étude | analyse | détecté | sites | éditeurs | entreprises | aurait | ' +
      'auraient',
  },
  es: {
    disclosed: [
      [
        '{} fue redactado por una IA.',
        'Este artículo | Estos artículos | Esta nota | Estas notas | Estos textos | Este texto | Estas noticias | ' +
          'Esta noticia | Nuestro contenido | Nuestros contenidos | Nuestra crónica | Nuestras crónicas | El resumen ' +
          '| Los resúmenes | La traducción | Las traducciones | El reportaje | Los reportajes | La versión | Las ' +
          'versiones | Este articulo | Estos articulos | Esta publicación | Estas publicaciones | Este breve texto',
      ],
      [
        'Este artículo fue redactado por {}.',
        'una IA | una I.A. | una AI | la inteligencia artificial | un gran modelo de lenguaje | grandes modelos de ' +
          'lenguaje | una herramienta de IA | un programa de inteligencia artificial | un sistema de IA | un modelo ' +
          'de IA | un asistente de IA | una IA generativa | un chatbot | un bot conversacional | ChatGPT | Claude | ' +
          'Gemini | Copilot | Llama | Mistral | Grok',
      ],
      [
        'Este artículo fue {} por una IA.',
        'redactado | generado | escrito | producido | creado | traducido | resumido | realizado | elaborado | ' +
          'compuesto | asistido | preparado | reescrito | redactada | redactados | redactadas',
      ],
      ['Este artículo {} redactado por una IA.', 'fue | fueron | ha sido | han sido | es | son | está | están'],
      [
        'Este artículo fue redactado {} IA.',
        'por una | con una | mediante una | gracias a una | con ayuda de una | con la ayuda de una | usando una | ' +
          'utilizando una | a través de una | por un | por la | por el | por los | por las',
      ],
      ['{} por ChatGPT', 'Generado | Redactado | Escrito'],
    ],
    notDisclosed: [
      [
        '{} generada por IA',
        'Imagen | Imágenes | Foto | Fotografía | Ilustración | Ilustraciones | Gráfico | Vídeo | Video | Voz | Mapa ' +
          '| Animación | Animaciones | Dibujo | Infografía',
      ],
      ['La {} de este artículo fue generada por IA.', 'imagen | ilustración | infografía'],
    ],
    denial: 'no | ningún | ninguna | ninguno | sin | nunca | jamás | ni',
    aboutOthers:
      'dijo | según | investigadores | investigador | investigadoras | encontraron | afirma | ' +
      'supuestamente | presuntamente | aparentemente | investigación | estudio | análisis | detectó | sitios | webs ' +
      '| editores | empresas | habría | habrían',
  },
  ru: {
    disclosed: [
      [
        '{} был написан с помощью ИИ.',
        'Этот текст | Эта статья | Это резюме | Эту статью | Эти тексты | Данный материал | Данная заметка | Данное ' +
          'резюме | Данную публикацию | Данные материалы | Наш обзор | Наша новость | Наше резюме | Нашу заметку | ' +
          'Наши статьи | Перевод | Пересказ | Текст | Материал | Заметка | Заметку | Заметки | Новость | Новости | ' +
          'Публикация | Публикации | Обзор | Обзоры | Статья | Статью',
      ],
      [
        'Этот текст был написан {}.',
        'с помощью ИИ | ИИ-моделью | искусственным интеллектом | с помощью искусственного интеллекта | искусственный ' +
          'интеллект | нейросетью | с помощью нейросети | нейросеть | нейросетями | с помощью нейронной сети | ' +
          'нейронной сетью | языковой моделью | с помощью языковых моделей | языковыми моделями | чат-ботом | ' +
          'чатботом | с помощью чат-бота | YandexGPT | GigaChat | ГигаЧат | ChatGPT | Claude | Gemini | Copilot | ' +
          'Llama | Mistral | Grok',
      ],
      [
        'Этот текст был {} с помощью ИИ.',
        'написан | создан | сгенерирован | подготовлен | составлен | переведён | переведен | сделан | сформирован | ' +
          'обработан | отредактирован | пересказан',
      ],
      ['Эта статья была {} с помощью ИИ.', 'написана | создана'],
      ['Это резюме было {} с помощью ИИ.', 'написано | создано'],
      ['Эти тексты были {} с помощью ИИ.', 'написаны | созданы'],
      ['Этот текст {} написан с помощью ИИ.', 'был | была | было | были'],
      ['Этот текст был написан {} ИИ.', 'с помощью | при помощи | с использованием | посредством | силами'],
      [
        'Этот текст {} ИИ.',
        'написал | написала | создал | создала | сгенерировал | сгенерировала | подготовил | подготовила | составил ' +
          '| составила',
      ],
      ['{} нейросетью', 'Сгенерировано | Создано | Написано | Подготовлено'],
      ['Создано {} ИИ', 'с помощью | при помощи'],
    ],
    notDisclosed: [
      [
        '{} создано нейросетью',
        'Изображение | Фото | Картинка | Иллюстрация | Видео | Голос | График | Анимация | Рисунок',
      ],
    ],
    denial: 'не | ни | без | никогда | нет',
    aboutOthers:
      'сказал | заявила | по словам | по данным | исследователи | обнаружили | якобы | предположительно | ' +
      'расследование | исследование | анализ | сайты | издатели | компании',
  },
  uk: {
    disclosed: [
      [
        '{} було створено за допомогою ШІ.',
        'Цей текст | Ця стаття | Це резюме | Цю статтю | Ці тексти | Даний матеріал | Дана замітка | Дане резюме | ' +
          'Дані матеріали | Наш огляд | Наша новина | Наше резюме | Нашу замітку | Наші статті | Переклад | Переказ ' +
          '| Текст | Матеріал | Замітка | Замітку | Замітки | Новина | Новину | Новини | Публікація | Публікацію | ' +
          'Публікації | Огляд | Огляди | Стаття | Статтю',
      ],
      [
        'Цей текст було створено {}.',
        'за допомогою ШІ | ШІ-моделлю | штучним інтелектом | за допомогою штучного інтелекту | штучний інтелект | ' +
          'нейромережею | за допомогою нейромережі | нейромережа | нейромережу | мовною моделлю | мовною модель | за ' +
          'допомогою мовної моделі | мовними моделями | мовні моделі | чат-ботом | чатботом | за допомогою чат-бота ' +
          '| ChatGPT | Claude | Gemini | Copilot | Llama | Mistral | Grok | за допомогою штучному інтелекту',
      ],
      ['Цей текст було {} за допомогою ШІ.', 'написано | створено | згенеровано | підготовлено | перекладено'],
      [
        'Цей текст {} за допомогою ШІ.',
        'написаний | створений | згенерований | підготовлений | складений | перекладений | зроблений | сформований | ' +
          'оброблений | відредагований',
      ],
      ['Ця стаття {} за допомогою ШІ.', 'написана | створена'],
      ['Це резюме {} за допомогою ШІ.', 'написане | створене'],
      ['Ці тексти {} за допомогою ШІ.', 'написані | створені'],
      ['Цей текст {} створено за допомогою ШІ.', 'був | була | було | були'],
      ['Цей текст було створено {} ШІ.', 'за допомогою | з використанням | із залученням | силами'],
      [
        'Цей текст {} ШІ.',
        'написав | написала | створив | створила | згенерував | згенерувала | підготував | підготувала | склав | ' +
          'склала',
      ],
      ['{} ШІ', 'Згенеровано | Створено | Написано | Підготовлено'],
      ['Створено {} ШІ', 'за допомогою'],
    ],
    notDisclosed: [
      ['{} створено ШІ', 'Зображення | Фото | Картинка | Ілюстрація | Відео | Голос | Графік | Анімація | Малюнок'],
    ],
    denial: 'не | ні | без | ніколи | жоден | жодна | жодного',
    aboutOthers:
      'сказав | сказала | заявив | заявила | за словами | за даними | дослідники | виявили | нібито | ' +
      'імовірно | розслідування | дослідження | аналіз | сайти | видавці | компанії',
  },
};

describe('disclosure words', () => {
  it('cover the languages the check names, besides English', () => {
    expect(Object.keys(DISCLOSURES_BY_LANGUAGE).sort()).toEqual(DISCLOSURE_LANGUAGES.filter((l) => l !== 'en').sort());
    expect(Object.keys(TABLES).sort()).toEqual(Object.keys(DISCLOSURES_BY_LANGUAGE).sort());
  });
  for (const [lang, t] of Object.entries(TABLES)) {
    const words = DISCLOSURES_BY_LANGUAGE[lang]!;
    const discloses = (text: string) => words.disclosures.some((re) => re.test(text));
    describe(lang, () => {
      for (const [template, list] of t.disclosed)
        it.each(split(list))(`"${template}" with %s discloses`, (w) =>
          expect(discloses(template.replace('{}', w))).toBe(true),
        );
      for (const [template, list] of t.notDisclosed ?? [])
        it.each(split(list))(`"${template}" with %s does not`, (w) =>
          expect(discloses(template.replace('{}', w))).toBe(false),
        );
      it.each(split(t.denial))('%s denies', (w) => expect(words.denial.test(w)).toBe(true));
      it.each(split(t.aboutOthers))('%s speaks of others', (w) => expect(words.aboutOthers.test(w)).toBe(true));
    });
  }
});
