/**
 * date-fns locales for the languages the element ships with, chosen from a BCP 47 tag.
 * @module
 */
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import { kk } from 'date-fns/locale/kk';
import { ru } from 'date-fns/locale/ru';

const registry = new Map<string, Locale>([
  ['en', enUS],
  ['en-us', enUS],
  ['en-gb', enGB],
  ['fr', fr],
  ['kk', kk],
  ['ru', ru],
]);

/**
 * Makes a date-fns locale available to every timeline on the page, e.g.
 * `registerLocale('de', de)` after `import { de } from 'date-fns/locale/de'`.
 */
export function registerLocale(tag: string, locale: Locale): void {
  registry.set(tag.toLowerCase(), locale);
}

/**
 * The best registered locale for a BCP 47 tag: the exact tag, then its language alone
 * (`fr-CA` → `fr`), then British English (`en-GB`), the default of news copy in this project.
 */
export function resolveLocale(tag: string | undefined | null): Locale {
  if (tag) {
    const lower = tag.toLowerCase();
    const found = registry.get(lower) ?? registry.get(lower.split('-')[0]!);
    if (found) return found;
  }
  return enGB;
}
