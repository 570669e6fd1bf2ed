import meta from './data/meta.json';
import people from './data/people.json';
import offices from './data/offices.json';
import events from './data/events.json';

/**
 * The pack's data as shipped, not yet validated (pack.ts validates it). The popup sends this with
 * each audit request without parsing it first: the content script validates every request on
 * receipt, and a cold parse in the popup cost about 25 ms before it could ask.
 */
export const PACK_DATA: unknown = { ...meta, people, offices, events };
