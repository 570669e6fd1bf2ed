/**
 * The languages each check reads, as plain data: the checks' metas name them, and the
 * popup imports the metas without the grammars (`src/engine/lang/index.ts` holds those, and a test
 * holds the two lists to the same languages).
 */
export const CALENDAR_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru', 'uk'] as const;

/** The languages whose words of AI disclosure the engine reads (`src/engine/lexicon/disclosures`). */
export const DISCLOSURE_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru', 'uk'] as const;
