import { PACK_DATA } from './pack-data.js';
import { PackSchema, type Pack } from './schema.js';

/**
 * The knowledge pack as shipped, validated. Imported by the CLI, the options page and the tests;
 * never by the checks, which get it through their context. The popup sends `PACK_DATA` with each
 * audit request (so the content script stays small), and the content script validates it.
 */
export const PACK: Pack = PackSchema.parse(PACK_DATA);
