import { parseISODay, ymd } from '../engine/time/calendar.js';

/**
 * Whether the knowledge pack's date (`asOf`) is more than a year before `today`: terms of office
 * that ended since are unknown to it, so the options page says so.
 */
export function packIsOld(asOf: string, today: Date): boolean {
  const day = parseISODay(asOf);
  if (day === null) return true;
  const { year, month, day: d } = ymd(day);
  const anniversary = Date.UTC(year + 1, month - 1, d);
  return today.getTime() > anniversary + 24 * 3600 * 1000;
}
