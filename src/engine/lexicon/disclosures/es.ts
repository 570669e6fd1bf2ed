import { E, NAMED_MODELS, W, type DisclosureWords } from './types.js';

/** Spanish: "Este artículo fue redactado con ayuda de inteligencia artificial", "Generado por ChatGPT". */
const SELF =
  String.raw`(?:este|esta|estos|estas|nuestro|nuestra|nuestros|nuestras|el|la|los|` +
  String.raw`las)\s+(?:[\p{L}-]+\s+)?(?:artículos?|articulos?|textos?|contenidos?|resumen|resúmenes|notas?|` +
  String.raw`noticias?|traducción|traducciones|crónicas?|reportajes?|versión|versiones|publicación|` +
  String.raw`publicaciones)${E}`;
const AGENT =
  String.raw`(?:IA|I\.A\.|AI|inteligencia\s+artificial|(?:grandes?\s+)?modelos?\s+de\s+lenguaje|(?:herramienta|` +
  String.raw`programa|sistema|modelo|asistente)s?\s+de\s+(?:IA|inteligencia\s+artificial)|IA\s+generativa|` +
  String.raw`chatbots?|bots?\s+conversacional(?:es)?|${NAMED_MODELS})${E}`;
const MADE =
  String.raw`(?:redactad|generad|escrit|producid|cread|traducid|resumid|realizad|elaborad|compuest|asistid|` +
  String.raw`preparad|reescrit)(?:o|a|os|as)${E}`;
const BY =
  String.raw`(?:por|con|mediante|gracias\s+a|con\s+(?:la\s+)?ayuda\s+de|usando|utilizando|` +
  String.raw`a\s+través\s+de)\s+(?:(?:una|un|la|el|los|las)\s+)?`;
const PICTURE =
  String.raw`(?:imagen|imágenes|fotos?|fotografías?|ilustración|ilustraciones|gráficos?|vídeos?|videos?|voz|mapas?|` +
  String.raw`animación|animaciones|dibujos?|infografías?)`;

export const ES: DisclosureWords = {
  disclosures: [
    // "Este artículo fue redactado (en parte) por una inteligencia artificial"; not "la imagen de este artículo".
    new RegExp(
      String.raw`(?<!${PICTURE}\s+(?:de|para|en|del)\s+)${W}${SELF}[^.!?]{0,60}?${W}(?:fue|fueron|ha\s+sido|` +
        String.raw`han\s+sido|es|son|está|están|` +
        String.raw`sido)\s+(?:[\p{L}-]+\s+){0,3}?${MADE}[^.!?]{0,40}?${W}${BY}(?:[\p{L}-]+\s+){0,2}?${AGENT}`,
      'iu',
    ),
    // A credit line: "Generado por IA", "Redactado con ayuda de ChatGPT"; not a picture's.
    new RegExp(
      String.raw`^(?!(?:[\p{L}-]+\s+){0,2}?${PICTURE}${E})(?:[\p{L}-]+\s+){0,2}?${MADE}\s+${BY}${AGENT}`,
      'iu',
    ),
  ],
  denial: new RegExp(String.raw`${W}(?:no|ningún|ninguna|ninguno|sin|nunca|jamás|ni)${E}`, 'iu'),
  aboutOthers: new RegExp(
    String.raw`${W}(?:dijo|según|investigador(?:es|as|a)?|encontraron|afirma|supuestamente|presuntamente|` +
      String.raw`aparentemente|investigación|estudio|análisis|detectó|sitios|webs|editores|empresas|habría|` +
      String.raw`habrían)${E}`,
    'iu',
  ),
};
