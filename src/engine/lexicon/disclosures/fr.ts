import { E, NAMED_MODELS, W, type DisclosureWords } from './types.js';

/** French: "Cet article a été rédigé avec l'aide d'une IA", "Généré par ChatGPT". */
const SELF =
  String.raw`(?:cet|cette|ce|notre|nos|ces|l['’]|le|la|les)\s*(?:[\p{L}-]+\s+)?(?:article|texte|contenu|résumé|` +
  String.raw`dépêche|traduction|billet|papier|synthèse|chronique|brève|version)s?${E}`;
const AGENT =
  String.raw`(?:IA|I\.A\.|AI|intelligence\s+artificielle|(?:grands?\s+)?modèles?\s+de\s+langage|(?:outil|logiciel|` +
  String.raw`système|modèle|assistant|agent)s?\s+d['’]\s*(?:IA|intelligence\s+artificielle)|IA\s+générative|` +
  String.raw`chatbots?|robots?\s+conversationnels?|agents?\s+conversationnels?|${NAMED_MODELS})${E}`;
const MADE =
  String.raw`(?:rédigé|généré|écrit|produit|créé|traduit|résumé|réalisé|conçu|élaboré|composé|synthétisé|assisté|` +
  String.raw`préparé|retravaillé|réécrit)(?:e|s|es)?${E}`;
const BY =
  String.raw`(?:par|avec|grâce\s+à|à\s+l['’]aide\s+d['’]|avec\s+l['’]aide\s+d['’]|au\s+moyen\s+d['’]|via|` +
  String.raw`en\s+utilisant|en\s+partie\s+par)\s*(?:(?:une|un|l['’]|la|le|les|des)\s*)?`;
const PICTURE =
  String.raw`(?:images?|photos?|photographies?|illustrations?|visuels?|graphiques?|vidéos?|voix|cartes?|` +
  String.raw`animations?|dessins?|infographies?)`;

export const FR: DisclosureWords = {
  disclosures: [
    // "Cet article a été (en partie) rédigé par une intelligence artificielle"; not "l'illustration de cet article".
    new RegExp(
      String.raw`(?<!${PICTURE}\s+(?:de|d['’]|pour|dans|du)\s*)${W}${SELF}[^.!?]{0,60}?${W}(?:a\s+été|ont\s+été|` +
        String.raw`est|sont|été)\s+(?:[\p{L}'’-]+\s+){0,3}?${MADE}[^.!?]{0,40}?${W}${BY}(?:[\p{L}-]+\s+){0,2}` +
        String.raw`?${AGENT}`,
      'iu',
    ),
    // A credit line: "Généré par IA", "Rédigé avec l'aide de ChatGPT"; not a picture's.
    new RegExp(
      String.raw`^(?!(?:[\p{L}'’-]+\s+){0,2}?${PICTURE}${E})(?:[\p{L}'’-]+\s+){0,2}?${MADE}\s+${BY}${AGENT}`,
      'iu',
    ),
  ],
  denial: new RegExp(String.raw`${W}(?:ne|n['’]|pas|aucun|aucune|sans|jamais|ni|non)${E}|${W}n['’]`, 'iu'),
  aboutOthers: new RegExp(
    String.raw`${W}(?:a\s+dit|selon|d['’]après|chercheurs?|chercheuses?|ont\s+trouvé|affirme|prétendu|présumé|` +
      String.raw`apparemment|enquête|étude|analyse|détecté|sites|éditeurs|entreprises|aurait|auraient)${E}`,
    'iu',
  ),
};
