import { CATALOGUE } from '../../engine/catalogue.js';
import { STRINGS } from '../strings.js';
import { CHECK_IDS } from '../../engine/report/schema.js';
import { checkDescriptionKey, checkMessageKey, checkTitleKey } from './keys.js';

/**
 * The English strings as they should stand: the reader's table as it is, then each check's title,
 * description and messages from its meta, described for whoever translates them.
 */
export function englishMessages(): Record<string, { message: string; description?: string }> {
  const out: Record<string, { message: string; description?: string }> = {};
  for (const [key, message] of Object.entries(STRINGS)) out[key] = { message };
  for (const id of CHECK_IDS) {
    const meta = CATALOGUE[id];
    out[checkTitleKey(id)] = { message: meta.title, description: `The name of the check ${id}.` };
    out[checkDescriptionKey(id)] = { message: meta.description, description: `What the check ${id} looks for.` };
    for (const [messageId, template] of Object.entries(meta.messages)) {
      out[checkMessageKey(id, messageId)] = {
        message: template,
        description:
          `A finding of ${id} (${messageId}); {{names}} are filled in, dates and spans ` + `in the reader's language.`,
      };
    }
  }
  return out;
}
