import meta from './data/meta.json';
import people from './data/people.json';
import offices from './data/offices.json';
import events from './data/events.json';
import { PackSchema, type Pack } from './schema.js';

/**
 * The knowledge pack as shipped, validated. Imported by the CLI, the popup (which sends it with
 * each audit request, so the content script stays small) and the tests; never by the checks,
 * which get it through their context.
 */
export const PACK: Pack = PackSchema.parse({ ...meta, people, offices, events });
