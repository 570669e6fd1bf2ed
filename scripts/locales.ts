/**
 * Writes the checks' English strings into `public/_locales/en/messages.json`, the file every other
 * language translates: each check's title, description and message templates, from its meta (the
 * one place they are written). The reader's other strings are written in that file by hand and
 * kept as they are. `tests/i18n/locales.test.ts` fails while the file is behind the metas.
 *
 *   npx tsx scripts/locales.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { englishMessages } from '../src/i18n/english.js';

const file = fileURLToPath(new URL('../public/_locales/en/messages.json', import.meta.url));
const current = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof englishMessages>[0];
writeFileSync(file, `${JSON.stringify(englishMessages(current), null, 2)}\n`);
