import { E, lexicon, re, W, words } from './other-languages.js';

/** German words for the signs of a leftover: "Als KI-Sprachmodell kann ich", "Hier ist ein Artikel über". */
const MODEL =
  String.raw`(?:KI|künstliche\s+Intelligenz|(?:KI-)?Sprachmodell|KI-Modell|KI-Assistent|Chatbot|` +
  String.raw`virtueller\s+Assistent)`;
/** What a text is, when the writer names what it made. */
const WRITING = words(`Artikel | Text | Beitrag | Zusammenfassung | Bericht | Meldung | Entwurf | Fassung | Version |
  Pressemitteilung |
  Blogbeitrag | Überblick | Überschrift | Einleitung`);
/** What a text is made from. */
const INPUT = words(`
  Text | Artikel | Link | Inhalt | Informationen | Angaben | Quelle | Dokument | Thema | Stichworte | Notizen | URL
`);
const SAYING = words(`sagte | sagt | antwortete | antwortet | schrieb | schreibt | erklärte | erklärt | fügte hinzu |
  twitterte |
  postete | behauptete | räumte ein | warnte`);
const CHATBOT = words(`
  ChatGPT | GPT-?\\d\\w* | Gemini | Claude | Copilot | (?:den | dem | der) (?:Chat)?bot | (?:die | der) KI
`);

export const DE = lexicon(
  {
    machine: [
      re(`${W}als\\s+(?:ein(?:e)?\\s+)?${MODEL}(?:\\s+(?:habe|kann|bin|darf|verfüge|möchte))${E}`),
      re(`${W}ich\\s+bin\\s+(?:nur\\s+|lediglich\\s+|bloß\\s+)?(?:ein(?:e)?\\s+)?${MODEL}${E}`),
      re(`${W}meine(?:n|m)?\\s+(?:Trainingsdaten|Wissensstand|Wissensgrenze)${E}`),
    ],
    offline: [
      re(
        `${W}ich\\s+(?:kann|habe)\\s+keine(?:n)?\\s+(?:Links|Webseiten|URLs|` +
          `Zugriff\\s+auf\\s+(?:das\\s+Internet|externe|den\\s+Link|die\\s+URL|Webseiten))${E}`,
      ),
      re(
        `${W}ich\\s+kann\\s+(?:den\\s+Link|die\\s+URL|die\\s+Webseite|Links)\\s+nicht\\s+(?:öffnen|` +
          `aufrufen|lesen)${E}`,
      ),
    ],
    refusal: [
      re(`${W}es\\s+tut\\s+mir\\s+leid,?\\s+aber\\s+(?:ich|als)${E}`),
      re(`${W}ich\\s+kann\\s+(?:Ihnen\\s+|dir\\s+)?(?:dabei|bei\\s+dieser\\s+Anfrage)\\s+nicht\\s+helfen${E}`),
      re(`${W}(?:diese|Ihre|deine)\\s+Anfrage\\s+verstößt\\s+gegen${E}`),
    ],
    commission: [
      re(`${W}(?:Sie|du)\\s+(?:möchten|möchtest|wollen|willst),\\s+dass\\s+ich${E}`),
      re(
        `${W}${INPUT},?\\s+(?:den|die|das)\\s+(?:Sie|du)\\s+(?:mir\\s+)?(?:bereitgestellt|geschickt|` +
          `gesendet|gegeben|eingefügt|geteilt)${E}`,
      ),
      re(`${W}(?:wie\\s+(?:gewünscht|gefordert|von\\s+Ihnen\\s+gewünscht))${E}`),
      re(`${W}(?:Ihre|deine)\\s+(?:Anfrage|Anweisungen|Vorgaben)${E}`),
    ],
    request: [
      re(
        `${W}(?:bitte|könnten\\s+Sie|kannst\\s+du|könntest\\s+du)\\s+(?:mir\\s+)?(?:den|die|das|weitere|` +
          `mehr)\\s+(?:\\p{L}+\\s+){0,2}?${INPUT}\\s+(?:bereitstellen|schicken|senden|geben|einfügen|` +
          `teilen|nennen)${E}`,
      ),
      re(`${W}(?:stellen|schicken|senden|geben)\\s+Sie\\s+mir\\s+bitte\\s+(?:den|die|das)\\s+${INPUT}${E}`),
    ],
    reasoning: [
      re(
        `${W}der\\s+(?:Nutzer|Benutzer|Anwender)\\s+(?:möchte|will|bittet|fragt|` +
          `wünscht)${E}(?=[^.?!\\n]{0,60}?${W}(?:mich|${WRITING}|umschreiben|zusammenfassen)${E})`,
      ),
      re(
        `${W}ich\\s+(?:muss|sollte|werde)\\s+(?:jetzt\\s+|nun\\s+)?(?:den|die|das|einen|` +
          `eine)\\s+${WRITING}\\s+(?:umschreiben|zusammenfassen|schreiben|verfassen)${E}`,
      ),
    ],
    preamble: [
      re(
        `${W}hier\\s+(?:ist|sind|finden\\s+Sie)\\s+(?:ein(?:e)?|der|die|das|Ihr(?:e)?|` +
          `dein(?:e)?)\\s+(?:[\\p{L}-]+\\s+){0,3}?${WRITING}${E}`,
      ),
    ],
    opening: [
      re(
        `(?:^|(?<=[.!?]\\s{1,3}))(?:gerne|natürlich|klar|selbstverständlich|sicher)\\s*[!,.]\\s*(?:hier|` + `ich)${E}`,
        'imu',
      ),
    ],
    closer: [
      re(
        `${W}ich\\s+hoffe,?\\s+(?:das|dies|der\\s+Text|der\\s+Artikel)\\s+(?:hilft|ist\\s+hilfreich|` +
          `war\\s+hilfreich)${E}`,
      ),
      re(`${W}(?:lassen\\s+Sie\\s+mich|lass\\s+mich)\\s+wissen,?\\s+(?:wenn|ob|falls)${E}`),
      re(
        `${W}wenn\\s+(?:Sie|du)\\s+(?:weitere\\s+)?(?:Änderungen|Anpassungen)\\s+(?:wünschen|möchten|` +
          `brauchen|benötigen)${E}`,
      ),
    ],
    inability: [
      re(
        `${W}ich\\s+kann\\s+(?:keine(?:n)?\\s+\\p{L}+\\s+|nicht\\s+)(?:sehen|öffnen|aufrufen|schreiben|` +
          `erstellen|überprüfen|bestätigen|finden)${E}`,
      ),
    ],
    placeholder: [
      re(
        `\\[(?:Ihr(?:e)?|dein(?:e)?|Name|Datum|Firmenname|Unternehmen|Ort|Stadt|Titel|Überschrift|Link|` +
          `Quelle)(?:\\s+[\\p{L}-]+)?(?:\\s+einfügen)?\\]`,
      ),
      re(`\\[[\\p{L}\\s-]{1,40}\\s+einfügen\\]`),
    ],
    furniture: [re(`^(?:Meta-?Beschreibung|Meta-?Titel|SEO-Titel|Fokus-?Keyword|URL-Slug)\\s*:`, 'imu')],
    field: [
      re(`^[^\\p{L}\\n]{0,4}(?:Überschrift|Schlagzeile|Schlüsselwörter|Stichworte|Tags)\\s*:(?=[ \\t]*\\S)`, 'imu'),
    ],
    persona: [re(`${W}ich\\s+habe\\s+keine\\s+(?:persönlichen\\s+)?(?:Meinungen|Gefühle|Emotionen|Vorlieben)${E}`)],
    making: [
      re(
        `${W}(?:schreiben|verfassen|erstellen|umschreiben|zusammenfassen)\\s+(?:Sie\\s+)?(?:einen|eine|den|` +
          `die|das)\\s+(?:[\\p{L}-]+\\s+){0,2}?${WRITING}${E}`,
      ),
    ],
  },
  {
    frames: {
      transcript: [
        re(
          `${W}(?:ich|wir)\\s+(?:habe|haben|fragte|` +
            `fragten)\\s+(?:\\p{L}+\\s+){0,2}?${CHATBOT}\\s+(?:gefragt|gebeten)?`,
        ),
        re(`${W}(?:Gespräch|Unterhaltung|Chat|Dialog)\\s+mit\\s+(?:\\p{L}+\\s+){0,2}?${CHATBOT}${E}`),
        re(`${W}(?:Antwort|Antworten)\\s+(?:von\\s+)?${CHATBOT}${E}`),
      ],
      template: [
        re(`${W}(?:Vorlage|Vorlagen|Platzhalter|Muster(?:text|brief)?)${E}`),
        re(`${W}(?:ausfüllen|ersetzen\\s+Sie)${E}`),
      ],
    },
    attribution: [
      re(`,\\s+(?:[\\p{L}'’-]+\\s+){0,5}?${SAYING}${E}[^,]*(?:,|$)`),
      re(`${W}${SAYING}(?:\\s+\\p{L}+){0,2}?,?\\s+dass${E}`),
    ],
    named: re(
      `${W}(?:der|den|dem|die|das|einen|eine|ein)\\s+(?:Satz|Sätze|Phrase|Formulierung|Meldung|` +
        `Fehlermeldung|Hinweis|Zeile)\\s*:?\\s*(?:\\S+\\s+){0,2}$`,
    ),
    zeroCitation: /\[0\]/,
  },
);
