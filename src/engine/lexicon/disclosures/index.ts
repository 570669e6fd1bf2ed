import { DE } from './de.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { RU } from './ru.js';
import type { DisclosureWords } from './types.js';
import { UK } from './uk.js';

/** The disclosure words of each language besides English, whose words stay in the check. */
export const DISCLOSURES_BY_LANGUAGE: Readonly<Record<string, DisclosureWords>> = {
  de: DE,
  fr: FR,
  es: ES,
  ru: RU,
  uk: UK,
};
