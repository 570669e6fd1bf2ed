import { aiDisclosure } from '../../src/engine/checks/ai-disclosure.js';
import { ruleTester } from '../helpers/rule-tester.js';

/**
 * AI disclosures in German, French, Spanish, Russian and Ukrainian: our own sentences, each said and each denied,
 * quoted or reported.
 */
ruleTester(aiDisclosure, {
  valid: [
    { lang: 'de', name: 'de: no disclosure', text: 'Der Stadtrat hat am Dienstag den Haushalt beschlossen.' },
    { lang: 'de', name: 'de: a denial', text: 'Dieser Text wurde nicht mit Hilfe von KI erstellt.' },
    {
      lang: 'de',
      name: 'de: quoted',
      text: 'Eine Seite trug unter jedem Beitrag den Satz „Dieser Text wurde vollständig von KI geschrieben“.',
      atMost: 'low',
    },
    {
      lang: 'de',
      name: 'de: about other sites',
      text: 'Laut einer Studie wurde der Text auf diesen Seiten von KI geschrieben.',
      atMost: 'low',
    },
    {
      lang: 'de',
      name: "de: a picture's credit",
      text: 'Bild: erstellt mit KI\n\nDer Stadtrat hat den Haushalt beschlossen.',
    },
    { lang: 'fr', name: 'fr: a denial', text: "Cet article n'a pas été rédigé par une intelligence artificielle." },
    {
      lang: 'fr',
      name: 'fr: quoted',
      text: 'Le site ajoutait sous chaque texte la mention « Cet article a été généré par une IA ».',
      atMost: 'low',
    },
    { lang: 'fr', name: "fr: the article's picture", text: "L'illustration de cet article a été générée par une IA." },
    {
      lang: 'fr',
      name: 'fr: about others',
      text: 'Selon une étude, le contenu de ces sites est généré par une IA.',
      atMost: 'low',
    },
    { lang: 'es', name: 'es: a denial', text: 'Este artículo no fue redactado por una inteligencia artificial.' },
    {
      lang: 'es',
      name: 'es: quoted',
      text: 'La web incluía la frase «Este artículo fue generado por IA» al pie.',
      atMost: 'low',
    },
    { lang: 'es', name: "es: the article's picture", text: 'La imagen de este artículo fue generada por IA.' },
    { lang: 'ru', name: 'ru: a denial', text: 'Этот текст не был написан нейросетью.' },
    {
      lang: 'ru',
      name: 'ru: quoted',
      text: 'Под каждой заметкой стояла фраза «Этот текст написан ИИ».',
      atMost: 'low',
    },
    {
      lang: 'ru',
      name: 'ru: about others',
      text: 'По данным исследователей, этот текст был написан нейросетью.',
      atMost: 'low',
    },
    { lang: 'uk', name: 'uk: a denial', text: 'Цей текст не було створено штучним інтелектом.' },
    {
      lang: 'uk',
      name: 'uk: quoted',
      text: 'Під кожною заміткою стояла фраза «Цей текст створено ШІ».',
      atMost: 'low',
    },
  ],
  invalid: [
    {
      lang: 'de',
      name: 'de: made with the help of AI',
      text: 'Der Stadtrat hat den Haushalt beschlossen.\n\nDieser Text wurde mit Hilfe von KI erstellt.',
      findings: [
        { messageId: 'disclosure', severity: 'high', evidence: ['Dieser Text wurde mit Hilfe von KI erstellt'] },
      ],
    },
    {
      lang: 'de',
      name: 'de: made, then by whom',
      text: 'Der Text ist erstellt mit ChatGPT und von der Redaktion geprüft.',
      findings: [{ messageId: 'disclosure', severity: 'high', evidence: ['Der Text ist erstellt mit ChatGPT'] }],
    },
    {
      lang: 'de',
      name: 'de: AI-generated',
      text: 'Der Artikel ist vollständig KI-generiert.',
      findings: [{ messageId: 'disclosure', severity: 'high', evidence: ['Der Artikel ist vollständig KI-generiert'] }],
    },
    {
      lang: 'de',
      name: 'de: a credit line',
      text: 'Erstellt mit ChatGPT\n\nDer Stadtrat hat den Haushalt beschlossen.',
      findings: [{ messageId: 'disclosure', severity: 'high', evidence: ['Erstellt mit ChatGPT'] }],
    },
    {
      lang: 'fr',
      name: "fr: written with an AI's help",
      text: "Cet article a été rédigé avec l'aide d'une intelligence artificielle.",
      findings: [
        {
          messageId: 'disclosure',
          severity: 'high',
          evidence: ["Cet article a été rédigé avec l'aide d'une intelligence artificielle"],
        },
      ],
    },
    {
      lang: 'fr',
      name: 'fr: a credit line',
      text: 'Généré par ChatGPT\n\nLe conseil a voté le budget.',
      findings: [{ messageId: 'disclosure', severity: 'high', evidence: ['Généré par ChatGPT'] }],
    },
    {
      lang: 'es',
      name: 'es: written with the help of AI',
      text: 'Este artículo fue redactado con ayuda de inteligencia artificial.',
      findings: [
        {
          messageId: 'disclosure',
          severity: 'high',
          evidence: ['Este artículo fue redactado con ayuda de inteligencia artificial'],
        },
      ],
    },
    {
      lang: 'es',
      name: 'es: a credit line',
      text: 'Generado por IA\n\nEl pleno aprobó el presupuesto.',
      findings: [{ messageId: 'disclosure', severity: 'high', evidence: ['Generado por IA'] }],
    },
    {
      lang: 'ru',
      name: 'ru: written with AI',
      text: 'Этот текст был написан с помощью ИИ.',
      findings: [{ messageId: 'disclosure', severity: 'high', evidence: ['Этот текст был написан с помощью ИИ'] }],
    },
    {
      lang: 'ru',
      name: 'ru: the network as the writer',
      text: 'Эту статью написала нейросеть.',
      findings: [{ messageId: 'disclosure', severity: 'high', evidence: ['Эту статью написала нейросеть'] }],
    },
    {
      lang: 'ru',
      name: 'ru: a credit line',
      text: 'Сгенерировано нейросетью\n\nСовет принял бюджет.',
      findings: [{ messageId: 'disclosure', severity: 'high', evidence: ['Сгенерировано нейросетью'] }],
    },
    {
      lang: 'uk',
      name: 'uk: made with AI',
      text: 'Цей текст було створено за допомогою ШІ.',
      findings: [{ messageId: 'disclosure', severity: 'high', evidence: ['Цей текст було створено за допомогою ШІ'] }],
    },
    {
      lang: 'uk',
      name: 'uk: the AI as the writer',
      text: 'Цю статтю написав ШІ.',
      findings: [{ messageId: 'disclosure', severity: 'high', evidence: ['Цю статтю написав ШІ'] }],
    },
    {
      lang: 'uk',
      name: 'uk: a credit line',
      text: 'Згенеровано ШІ\n\nРада ухвалила бюджет.',
      findings: [{ messageId: 'disclosure', severity: 'high', evidence: ['Згенеровано ШІ'] }],
    },
  ],
});
