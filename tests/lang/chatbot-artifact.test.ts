import { chatbotArtifact } from '../../src/engine/checks/chatbot-artifact.js';
import { ruleTester } from '../helpers/rule-tester.js';

/**
 * Chatbot leftovers in German, French, Spanish, Russian and Ukrainian: our own sentences, each
 * left in a text, and each quoted, attributed or written by a person.
 */
ruleTester(chatbotArtifact, {
  valid: [
    {
      lang: 'de',
      name: 'de: a person closing a letter',
      text: 'Ich hoffe, wir sehen uns bald wieder, schrieb die Bürgermeisterin.',
    },
    {
      lang: 'de',
      name: 'de: quoted',
      text: 'Ein Leser schickte uns den Satz „Als KI-Sprachmodell kann ich das nicht beurteilen“.',
      atMost: 'low',
    },
    {
      lang: 'de',
      name: 'de: a transcript the page shows',
      text: 'Wir haben ChatGPT gefragt, was es vom Haushalt hält. Als KI-Sprachmodell kann ich dazu nichts sagen.',
      atMost: 'low',
    },
    {
      lang: 'fr',
      name: 'fr: a newsroom inviting readers',
      text: "N'hésitez pas à nous contacter pour toute question. Voici le résumé de la semaine.",
    },
    {
      lang: 'fr',
      name: 'fr: attributed',
      text: '« En tant que modèle de langage, je ne peux pas répondre », a répondu le robot au journaliste.',
      atMost: 'low',
    },
    { lang: 'es', name: 'es: a person', text: 'Espero que nos veamos pronto, dijo la alcaldesa.' },
    {
      lang: 'es',
      name: 'es: a transcript',
      text: 'Le preguntamos a ChatGPT por el presupuesto. Como modelo de lenguaje, no puedo opinar sobre eso.',
      atMost: 'low',
    },
    {
      lang: 'ru',
      name: 'ru: quoted',
      text: 'Читатель прислал нам фразу «Как языковая модель, я не могу это оценить».',
      atMost: 'low',
    },
    {
      lang: 'uk',
      name: 'uk: quoted',
      text: 'Читач надіслав нам фразу «Як мовна модель, я не можу це оцінити».',
      atMost: 'low',
    },
  ],
  invalid: [
    {
      lang: 'de',
      name: 'de: the machine names itself',
      text: 'Der Stadtrat hat getagt.\n\nAls KI-Sprachmodell kann ich keine aktuellen Nachrichten abrufen.',
      findings: [{ messageId: 'machine', severity: 'high', evidence: ['Als KI-Sprachmodell kann'] }],
    },
    {
      lang: 'de',
      name: "de: a reply's opening",
      text: 'Gerne! Hier ist ein Artikel über die Sitzung des Stadtrats.',
      findings: [{ messageId: 'reply', severity: 'medium', evidence: ['Gerne! Hier ist ein Artikel'] }],
    },
    {
      lang: 'fr',
      name: 'fr: the machine names itself',
      text: 'En tant que modèle de langage, je ne peux pas accéder à Internet.',
      findings: [
        {
          messageId: 'machine',
          severity: 'high',
          evidence: ['En tant que modèle de langage, je ne peux pas accéder à Internet'],
        },
      ],
    },
    {
      lang: 'es',
      name: 'es: the machine names itself',
      text: 'Como modelo de lenguaje, no puedo acceder a internet.',
      findings: [
        { messageId: 'machine', severity: 'high', evidence: ['Como modelo de lenguaje, no puedo acceder a internet'] },
      ],
    },
    {
      lang: 'ru',
      name: 'ru: the machine names itself',
      text: 'Как языковая модель, я не могу открывать ссылки.',
      findings: [
        { messageId: 'machine', severity: 'high', evidence: ['Как языковая модель, я не могу открывать ссылки'] },
      ],
    },
    {
      lang: 'uk',
      name: 'uk: the machine names itself',
      text: 'Як мовна модель, я не можу відкривати посилання.',
      findings: [
        { messageId: 'machine', severity: 'high', evidence: ['Як мовна модель, я не можу відкривати посилання'] },
      ],
    },
  ],
});
