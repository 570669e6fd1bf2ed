import { E, NAMED_MODELS, W, type DisclosureWords } from './types.js';

/** German: "Dieser Text wurde mit Hilfe von KI erstellt", "Erstellt mit ChatGPT", "Der Artikel ist KI-generiert". */
const SELF =
  String.raw`(?:dieser|diese|dieses|unser|unsere|unserer|der|die|das)\s+(?:[\p{L}-]+\s+)?(?:Text|Artikel|Beitrag|` +
  String.raw`Inhalt|Inhalte|Zusammenfassung|Meldung|Übersetzung|Bericht|Nachricht|Newsletter|Fassung|Version)${E}`;
const AGENT =
  String.raw`(?:KI|K\.I\.|AI|künstliche[rnm]?\s+Intelligenz|(?:großen?\s+)?Sprachmodell(?:s|en)?|KI-(?:Tool|Modell|` +
  String.raw`System|Assistent|Programm|Software|Sprachmodell|Chatbot)s?|Chatbots?|${NAMED_MODELS})${E}`;
const MADE =
  String.raw`(?:erstellt|generiert|geschrieben|verfasst|übersetzt|zusammengefasst|produziert|erzeugt|überarbeitet|` +
  String.raw`formuliert|erarbeitet)${E}`;
const AUX = String.raw`(?:wurde|wurden|ist|sind|wird|werden)`;
const BY =
  String.raw`(?:mit\s+Hilfe|mithilfe|mit\s+Unterstützung|unter\s+(?:Verwendung|Einsatz|Zuhilfenahme)|von|durch|` +
  String.raw`mit)(?:\s+(?:von|einer|einem|eines|der|des|ein|eine))?`;

export const DE: DisclosureWords = {
  disclosures: [
    // "Dieser Text wurde (teilweise) mit Hilfe von KI erstellt": the agent before the participle, as German puts it.
    new RegExp(
      String.raw`${W}${SELF}[^.!?]{0,60}?${W}${AUX}\s+(?:[\p{L}-]+\s+){0,4}?${BY}\s+(?:[\p{L}-]+\s+){0,2}?${AGENT}[` +
        String.raw`^.!?]{0,40}?${W}${MADE}`,
      'iu',
    ),
    // "Der Text ist erstellt mit KI".
    new RegExp(
      String.raw`${W}${SELF}[^.!?]{0,60}?${W}${AUX}\s+(?:[\p{L}-]+\s+){0,3}?${MADE}\s+${BY}\s+(?:[\p{L}-]+\s+){0,2}` +
        String.raw`?${AGENT}`,
      'iu',
    ),
    // "Der Artikel ist (vollständig) KI-generiert", "Dies ist ein KI-generierter Text".
    new RegExp(
      String.raw`${W}${SELF}\s+${AUX}\s+(?:[\p{L}-]+\s+){0,2}?KI-(?:generiert|erstellt|geschrieben|` +
        String.raw`verfasst)${E}|${W}(?:dies|das|hier)\s+(?:ist|sind)\s+(?:ein|eine)\s+KI-(?:generierte[rs]?|` +
        String.raw`erstellte[rs]?|geschriebene[rs]?)\s+(?:Text|Artikel|Beitrag|Inhalt|Zusammenfassung)${E}`,
      'iu',
    ),
    // A credit line: "Erstellt mit KI", "Generiert von ChatGPT"; not a picture's ("Bild: erstellt mit KI").
    new RegExp(
      String.raw`^(?!(?:[\p{L}-]+\s+){0,2}?(?:Bild|Bilder|Foto|Fotos|Illustration|Illustrationen|Grafik|Grafiken|` +
        String.raw`Titelbild|Video|Audio|Stimme|Karte|Animation|` +
        String.raw`Abbildung)${E})(?:[\p{L}-]+\s+){0,2}?${MADE}\s+${BY}\s+(?:[\p{L}-]+\s+){0,1}?${AGENT}`,
      'iu',
    ),
  ],
  denial: new RegExp(String.raw`${W}(?:nicht|kein|keine|keiner|keinem|keinen|ohne|nie|niemals|weder)${E}`, 'iu'),
  aboutOthers: new RegExp(
    String.raw`${W}(?:sagte|sagt|sagten|laut|zufolge|Forscher|Forscherin|Forschende|fanden|gefunden|behauptet|` +
      String.raw`behauptete|angeblich|mutmaßlich|offenbar|Untersuchung|Studie|Analyse|entdeckt|entdeckten|Seiten|` +
      String.raw`Webseiten|Websites|Portale|Verlage|Unternehmen|soll|sollen)${E}`,
    'iu',
  ),
};
