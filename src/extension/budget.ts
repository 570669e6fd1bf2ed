/**
 * The most article text the content script audits: far beyond any article (a long feature is
 * 60,000 characters), small enough to stay quick. The end-to-end parity test gives the CLI's
 * engine the same budget when it compares the two.
 */
export const PAGE_BUDGET_CHARS = 300_000;
