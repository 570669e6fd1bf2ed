import { E, lexicon, re, W, words } from './other-languages.js';

/** French words for the signs of a leftover: "En tant que modèle de langage, je", "Voici un article sur". */
const A = "['’]";
const MODEL =
  String.raw`(?:(?:une\s+|l['’])?IA|(?:une\s+|l['’])?intelligence\s+artificielle|` +
  String.raw`(?:un\s+)?(?:grand\s+)?modèle\s+de\s+langage(?:\s+(?:d['’]IA|IA))?|(?:un\s+)?assistant\s+(?:virtuel|` +
  String.raw`d['’]IA|IA)|(?:un\s+)?chatbot)`;
const WRITING = words(`article | texte | résumé | contenu | billet | dépêche | communiqué | brouillon | version |
  synthèse | titre | introduction | paragraphe`);
const INPUT = words(`
  texte | article | lien | URL | contenu | informations | détails | source | document | sujet | notes
`);
const SAYING = words(`a dit | dit | a répondu | répond | a écrit | écrit | a expliqué | explique | a ajouté |
  ajoute | a tweeté | a affirmé | affirme | a reconnu | a averti`);
const CHATBOT = words(`ChatGPT | GPT-?\\d\\w* | Gemini | Claude | Copilot | (?:le|au) (?:chat)?bot |
  (?:l['’]|à l['’])\\s*IA`);

export const FR = lexicon(
  {
    machine: [
      re(`${W}en\\s+tant\\s+qu${A}\\s*${MODEL}\\s*,?\\s+(?:je|j${A})`),
      re(`${W}en\\s+tant\\s+que\\s+${MODEL}\\s*,?\\s+(?:je|j${A})`),
      re(`${W}je\\s+suis\\s+(?:seulement\\s+|juste\\s+|simplement\\s+)?(?:une?\\s+)?${MODEL}${E}`),
      re(`${W}mes\\s+données\\s+d${A}(?:entraînement|apprentissage)${E}`),
    ],
    offline: [
      re(
        `${W}je\\s+(?:ne\\s+peux\\s+pas|n${A}ai\\s+pas\\s+(?:la\\s+possibilité\\s+d${A}|` +
          `accès\\s+à))\\s*(?:accéder\\s+(?:à|aux)\\s+|ouvrir\\s+|consulter\\s+)?(?:des\\s+|les\\s+|ce\\s+|` +
          `le\\s+)?(?:liens?|URL|sites?\\s+web|pages?\\s+web|internet)${E}`,
      ),
    ],
    refusal: [
      re(`${W}je\\s+suis\\s+désolée?,?\\s+mais\\s+(?:je|en\\s+tant)${E}`),
      re(`${W}je\\s+ne\\s+peux\\s+pas\\s+(?:vous\\s+|t${A})?aider\\s+(?:avec|pour)\\s+(?:cette|ce)${E}`),
      re(`${W}(?:cette|votre)\\s+demande\\s+(?:va\\s+à\\s+l${A}encontre|enfreint|viole)${E}`),
    ],
    commission: [
      re(`${W}vous\\s+(?:souhaitez|voulez|aimeriez)\\s+que\\s+je${E}`),
      re(
        `${W}(?:le|la|les)\\s+${INPUT}\\s+que\\s+vous\\s+(?:m${A})?avez\\s+(?:fourni|fournie|fournis|` +
          `partagé|partagée|envoyé|envoyée|collé|collée|donné|donnée)${E}`,
      ),
      re(`${W}comme\\s+(?:vous\\s+l${A}avez\\s+)?demandé${E}`),
      re(`${W}votre\\s+(?:demande|requête|consigne|consignes)${E}`),
    ],
    request: [
      re(
        `${W}(?:pourriez-vous|pouvez-vous|veuillez|merci\\s+de)\\s+(?:me\\s+)?(?:fournir|partager|` +
          `envoyer|coller|transmettre|préciser|indiquer)${E}`,
      ),
    ],
    reasoning: [
      re(
        `${W}l${A}utilisat(?:eur|rice)\\s+(?:demande|veut|souhaite|` +
          `voudrait)${E}(?=[^.?!\\n]{0,60}?${W}(?:me|${WRITING}|réécri\\p{L}*|résum\\p{L}*)${E})`,
      ),
      re(
        `${W}je\\s+dois\\s+(?:maintenant\\s+)?(?:réécrire|résumer|rédiger|écrire)\\s+(?:(?:le|la|un|une|` +
          `ce|cet|cette)\\s+|l${A})${WRITING}${E}`,
      ),
    ],
    preamble: [re(`${W}voici\\s+(?:un|une|le|la|l${A}|votre|ton|ta)\\s*(?:[\\p{L}-]+\\s+){0,3}?${WRITING}${E}`)],
    opening: [
      re(
        `(?:^|(?<=[.!?]\\s{1,3}))(?:bien\\s+sûr|certainement|d${A}accord|absolument)\\s*[!,.]\\s*(?:voici|` + `je)${E}`,
        'imu',
      ),
    ],
    closer: [
      re(
        `${W}j${A}espère\\s+que\\s+(?:cela|ceci|ce\\s+texte|cet\\s+article)\\s+(?:vous\\s+|` +
          `t${A})?(?:aide|aidera|sera\\s+utile|convient)${E}`,
      ),
      re(`${W}n${A}hésitez\\s+pas\\s+à\\s+(?:me\\s+)?(?:demander|dire|faire\\s+savoir)${E}`),
      re(`${W}(?:faites-moi|dites-moi)\\s+savoir\\s+si${E}`),
    ],
    inability: [
      re(
        `${W}je\\s+ne\\s+(?:peux|suis\\s+pas\\s+en\\s+mesure\\s+de)\\s+(?:pas\\s+)?(?:voir|ouvrir|rédiger|` +
          `écrire|générer|vérifier|confirmer|trouver)${E}`,
      ),
    ],
    placeholder: [
      re(
        `\\[(?:votre|ton|ta|nom|date|lieu|ville|titre|lien|source|entreprise|` +
          `nom\\s+de\\s+l${A}entreprise)(?:\\s+[\\p{L}-]+)?\\]`,
      ),
      re(`\\[(?:insérer|indiquer|ajouter)\\s+[^\\]\\n]{1,40}\\]`),
    ],
    furniture: [re(`^(?:méta-?description|méta-?titre|titre\\s+SEO|mot-clé\\s+principal|slug)\\s*:`, 'imu')],
    field: [re(`^[^\\p{L}\\n]{0,4}(?:titre|mots-clés|tags)\\s*:(?=[ \\t]*\\S)`, 'imu')],
    persona: [
      re(
        `${W}je\\s+n${A}ai\\s+pas\\s+(?:d${A}opinions?|de\\s+sentiments|d${A}émotions|` +
          `de\\s+préférences)\\s+personnel\\p{L}*`,
      ),
    ],
    making: [
      re(
        `${W}(?:rédiger|écrire|générer|réécrire|résumer)\\s+(?:un|une|le|la|l${A}|cet|` +
          `cette)\\s*(?:[\\p{L}-]+\\s+){0,2}?${WRITING}${E}`,
      ),
    ],
  },
  {
    frames: {
      transcript: [
        re(`${W}(?:j${A}ai|nous\\s+avons)\\s+demandé\\s+à\\s+${CHATBOT}`),
        re(`${W}(?:conversation|échange|discussion)\\s+avec\\s+${CHATBOT}`),
        re(`${W}(?:la\\s+)?réponse\\s+de\\s+${CHATBOT}`),
      ],
      template: [
        re(
          `${W}(?:modèles?\\s+de\\s+(?:communiqué|lettre|texte)|gabarit|à\\s+compléter|` +
            `champs?\\s+à\\s+remplir)${E}`,
        ),
      ],
    },
    attribution: [
      re(`,\\s+(?:[\\p{L}'’-]+\\s+){0,5}?${SAYING}${E}[^,]*(?:,|$)`),
      re(`${W}${SAYING}\\s+(?:\\p{L}+\\s+){0,2}?qu(?:e|${A})`),
    ],
    named: re(
      `${W}(?:la|une|cette|le|un|ce)\\s+(?:phrase|formule|message|mention|ligne|` +
        `message\\s+d${A}erreur)\\s*:?\\s*(?:\\S+\\s+){0,2}$`,
    ),
    zeroCitation: /\[0\]/,
  },
);
