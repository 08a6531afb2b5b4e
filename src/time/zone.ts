/**
 * Time zones (IANA names) for events that carry one, through `@date-fns/tz`: a wall-clock time
 * read in a zone, an instant shown in a zone, and the zone's name in the reader's language.
 * @module
 */
import { tzName } from '@date-fns/tz/tzName';
import { tzOffset } from '@date-fns/tz/tzOffset';

/**
 * The instant of a wall-clock time in `zone`: `wall` is that wall time written as if it were UTC
 * (as {@link parseDate} reads a time without an offset). In a gap or an overlap of a daylight-
 * saving change, the offset in force just after the change is used.
 */
export function fromZonedWall(wall: number, zone: string): number {
  const first = tzOffset(zone, new Date(wall));
  const instant = wall - first * 60_000;
  const second = tzOffset(zone, new Date(instant));
  return second === first ? instant : wall - second * 60_000;
}

/** The UTC offset of `zone` at an instant, in minutes east of UTC. */
export function zoneOffset(zone: string, instant: number): number {
  return tzOffset(zone, new Date(instant));
}

const namers = new Map<string, Intl.DateTimeFormat | null>();

/** The zone's name in a language at an instant: "Almaty Time", "Moscow Time", "CET". */
export function zoneName(zone: string, instant: number, locale?: string): string {
  // tzName formats in the runtime's default language; ask Intl for the reader's, once per pair.
  const key = `${locale}|${zone}`;
  let namer = namers.get(key);
  if (namer === undefined) {
    try {
      namer = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortGeneric' });
    } catch {
      namer = null;
    }
    namers.set(key, namer);
  }
  if (!namer) return zone;
  const part = namer.formatToParts(instant).find((p) => p.type === 'timeZoneName');
  return part?.value ?? tzName(zone, new Date(instant), 'shortGeneric');
}

/** The reader's own zone, as the browser reports it. */
export function readerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
