/**
 * Whether a string names a time zone the engine knows.
 * @module
 */

const known = new Map<string, boolean>();

/** Whether the engine knows an IANA time zone (cached: each check builds a formatter). */
export function isTimeZone(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}
