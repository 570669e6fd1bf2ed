import { E, lexicon, re, W, words } from './other-languages.js';

/** Spanish words for the signs of a leftover: "Como modelo de lenguaje, no puedo", "Aquí tienes un artículo sobre". */
const MODEL =
  String.raw`(?:(?:una\s+)?IA|(?:una\s+)?inteligencia\s+artificial|` +
  String.raw`(?:un\s+)?(?:gran\s+)?modelo\s+de\s+lenguaje(?:\s+(?:de\s+IA|IA))?|(?:un\s+)?asistente\s+(?:virtual|` +
  String.raw`de\s+IA)|(?:un\s+)?chatbot)`;
const WRITING = words(`artículo | texto | resumen | contenido | nota | noticia | comunicado | borrador | versión |
  crónica | titular | introducción | párrafo`);
const INPUT = words(`
  texto | artículo | enlace | URL | contenido | información | detalles | fuente | documento | tema | notas
`);
const SAYING = words(`dijo | dice | respondió | responde | escribió | escribe | explicó | explica | añadió | añade |
  tuiteó | afirmó | afirma | reconoció | advirtió`);
const CHATBOT = words('ChatGPT | GPT-?\\d\\w* | Gemini | Claude | Copilot | (?:el|al) (?:chat)?bot | (?:la|a la) IA');

export const ES = lexicon(
  {
    machine: [
      re(`${W}como\\s+${MODEL}\\s*,?\\s+(?:no\\s+)?(?:puedo|tengo|soy|debo|estoy|me)${E}`),
      re(`${W}(?:yo\\s+)?soy\\s+(?:solo\\s+|sólo\\s+|simplemente\\s+)?(?:una?\\s+)?${MODEL}${E}`),
      re(`${W}mis\\s+datos\\s+de\\s+entrenamiento${E}`),
    ],
    offline: [
      re(
        `${W}no\\s+(?:puedo|tengo\\s+(?:la\\s+capacidad\\s+de|acceso\\s+a))\\s*(?:acceder\\s+a\\s+|` +
          `abrir\\s+|consultar\\s+|navegar\\s+(?:por\\s+)?)?(?:los\\s+|las\\s+|este\\s+|el\\s+)?(?:enlaces?|` +
          `URL|sitios\\s+web|páginas\\s+web|internet)${E}`,
      ),
    ],
    refusal: [
      re(`${W}lo\\s+siento,?\\s+pero\\s+(?:no\\s+puedo|como)${E}`),
      re(`${W}no\\s+puedo\\s+ayudar(?:te|le)?\\s+con\\s+(?:esta|este|esa|eso)${E}`),
      re(`${W}(?:esta|tu|su)\\s+solicitud\\s+(?:va\\s+en\\s+contra|infringe|viola)${E}`),
    ],
    commission: [
      re(`${W}(?:quieres|quiere|deseas|desea)\\s+que\\s+(?:yo\\s+)?(?:escriba|redacte|resuma|reescriba|haga|cree)${E}`),
      re(
        `${W}(?:el|la|los|las)\\s+${INPUT}\\s+que\\s+(?:me\\s+)?(?:proporcionaste|compartiste|enviaste|` +
          `pegaste|diste|ha\\s+proporcionado|has\\s+proporcionado)${E}`,
      ),
      re(`${W}(?:como\\s+(?:lo\\s+)?(?:solicitaste|pediste|solicitó|pidió))${E}`),
      re(`${W}(?:tu|su)\\s+(?:solicitud|petición|consigna|instrucciones)${E}`),
    ],
    request: [
      re(
        `${W}(?:podrías|podría|puedes|puede|por\\s+favor,?)\\s+(?:me\\s+)?(?:proporcionar(?:me)?|compartir|` +
          `enviar(?:me)?|pegar|indicar(?:me)?|proporciona|comparte|envía|pega)${E}`,
      ),
    ],
    reasoning: [
      re(
        `${W}el\\s+usuario\\s+(?:pide|quiere|solicita|desea)${E}(?=[^.?!\\n]{0,60}?${W}(?:me|${WRITING}|` +
          `reescrib\\p{L}*|resum\\p{L}*)${E})`,
      ),
      re(
        `${W}(?:debo|tengo\\s+que)\\s+(?:ahora\\s+)?(?:reescribir|resumir|redactar|escribir)\\s+(?:el|la|` +
          `un|una|este|esta)\\s+${WRITING}${E}`,
      ),
    ],
    preamble: [
      re(
        `${W}aquí\\s+(?:tienes|tiene|está|están|va)\\s+(?:un|una|el|la|tu|` +
          `su)\\s+(?:[\\p{L}-]+\\s+){0,3}?${WRITING}${E}`,
      ),
    ],
    opening: [
      re(
        `(?:^|(?<=[.!?]\\s{1,3}))¡?(?:claro|por\\s+supuesto|desde\\s+luego|perfecto)\\s*[!,.]\\s*(?:aquí|` +
          `yo|te|le)${E}`,
        'imu',
      ),
    ],
    closer: [
      re(
        `${W}espero\\s+que\\s+(?:esto|este\\s+texto|este\\s+artículo)\\s+(?:te|le|les)?\\s*(?:ayude|` +
          `sirva|sea\\s+útil)${E}`,
      ),
      re(`${W}no\\s+dudes\\s+en\\s+(?:pedirme|decirme|preguntar(?:me)?)${E}`),
      re(`${W}(?:avísame|házmelo\\s+saber|hágamelo\\s+saber)\\s+si${E}`),
    ],
    inability: [
      re(
        `${W}no\\s+(?:puedo|soy\\s+capaz\\s+de)\\s+(?:ver|abrir|redactar|escribir|generar|verificar|` +
          `confirmar|encontrar)${E}`,
      ),
    ],
    placeholder: [
      re(
        `\\[(?:tu|su|nombre|fecha|lugar|ciudad|título|enlace|fuente|empresa|` +
          `nombre\\s+de\\s+la\\s+empresa)(?:\\s+[\\p{L}-]+)?\\]`,
      ),
      re(`\\[(?:insertar|indicar|añadir|agregar)\\s+[^\\]\\n]{1,40}\\]`),
    ],
    furniture: [
      re(`^(?:meta\\s?descripción|meta\\s?título|título\\s+SEO|palabra\\s+clave\\s+principal|slug)\\s*:`, 'imu'),
    ],
    field: [re(`^[^\\p{L}\\n]{0,4}(?:titular|título|palabras\\s+clave|etiquetas)\\s*:(?=[ \\t]*\\S)`, 'imu')],
    persona: [re(`${W}no\\s+tengo\\s+(?:opiniones|sentimientos|emociones|preferencias)\\s+personales${E}`)],
    making: [
      re(
        `${W}(?:redactar|escribir|generar|reescribir|resumir)\\s+(?:un|una|el|la|este|` +
          `esta)\\s+(?:[\\p{L}-]+\\s+){0,2}?${WRITING}${E}`,
      ),
    ],
  },
  {
    frames: {
      transcript: [
        re(`${W}(?:le\\s+)?(?:pregunté|preguntamos|pedí|pedimos)\\s+a\\s+${CHATBOT}`),
        re(`${W}(?:conversación|charla|diálogo)\\s+con\\s+${CHATBOT}`),
        re(`${W}(?:la\\s+)?respuesta\\s+de\\s+${CHATBOT}`),
      ],
      template: [re(`${W}(?:plantillas?|modelo\\s+de\\s+(?:comunicado|carta)|rellenar|campos?\\s+a\\s+completar)${E}`)],
    },
    attribution: [
      re(`,\\s+(?:[\\p{L}'’-]+\\s+){0,5}?${SAYING}${E}[^,]*(?:,|$)`),
      re(`${W}${SAYING}\\s+(?:\\p{L}+\\s+){0,2}?que${E}`),
    ],
    named: re(
      `${W}(?:la|una|esta|el|un|este)\\s+(?:frase|fórmula|mensaje|mención|línea|` +
        `mensaje\\s+de\\s+error)\\s*:?\\s*(?:\\S+\\s+){0,2}$`,
    ),
    zeroCitation: /\[0\]/,
  },
);
