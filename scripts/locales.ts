/**
 * Writes `public/_locales/en/messages.json`, the file every other language translates, from the
 * two places the English is written: the reader's table (`src/views/strings.ts`) and each check's
 * meta (title, description, message templates). `tests/i18n/locales.test.ts` fails while the file
 * is behind them.
 *
 *   npx tsx scripts/locales.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { englishMessages } from '../src/views/i18n/english.js';

const file = fileURLToPath(new URL('../public/_locales/en/messages.json', import.meta.url));
writeFileSync(file, `${JSON.stringify(englishMessages(), null, 2)}\n`);
