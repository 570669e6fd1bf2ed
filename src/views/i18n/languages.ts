/** The languages the reader's strings are written in. English is the source and the fallback. */
export const UI_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru', 'uk'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * The language part of a tag, when there are strings for it: "de-AT" and "de_DE.UTF-8" are German,
 * "pt-BR" is null. Only the part before the region counts, so a reader in Austria reads German.
 */
export function uiLanguageOf(tag: string | null | undefined): UiLanguage | null {
  const code = /^([a-z]{2,3})(?:[-_.@]|$)/i.exec(tag?.trim() ?? '')?.[1]?.toLowerCase();
  return (UI_LANGUAGES as readonly string[]).includes(code ?? '') ? (code as UiLanguage) : null;
}
