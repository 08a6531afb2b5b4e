/**
 * date-fns locales, chosen from a BCP 47 tag. English ships in the bundle; the other languages
 * are loaded on first use (`loadLocale`), so a page pays only for the languages it shows.
 * @module
 */
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { lazyRegistry } from './lazy-registry.js';

/** Shipped languages by lower-case tag: English built in, the rest loaded on first use. */
const locales = lazyRegistry<Locale>(
  [
    ['en', enUS],
    ['en-us', enUS],
    ['en-gb', enGB],
  ],
  {
    ar: () => import('date-fns/locale/ar').then((m) => m.ar),
    de: () => import('date-fns/locale/de').then((m) => m.de),
    es: () => import('date-fns/locale/es').then((m) => m.es),
    fr: () => import('date-fns/locale/fr').then((m) => m.fr),
    kk: () => import('date-fns/locale/kk').then((m) => m.kk),
    ru: () => import('date-fns/locale/ru').then((m) => m.ru),
    zh: () => import('date-fns/locale/zh-CN').then((m) => m.zhCN),
    'zh-cn': () => import('date-fns/locale/zh-CN').then((m) => m.zhCN),
  },
);

/**
 * Makes a date-fns locale available to every timeline on the page, e.g.
 * `registerLocale('uk', uk)` after `import { uk } from 'date-fns/locale/uk'`.
 */
export function registerLocale(tag: string, locale: Locale): void {
  locales.set(tag.toLowerCase(), locale);
}

function candidates(tag: string): string[] {
  const lower = tag.toLowerCase();
  return [lower, lower.split('-')[0]!];
}

/**
 * The best locale registered so far for a BCP 47 tag: the exact tag, then its language alone
 * (`fr-CA` → `fr`), then British English (`en-GB`), this project's default for news copy.
 */
export function resolveLocale(tag: string | undefined | null): Locale {
  if (tag) {
    for (const key of candidates(tag)) {
      const found = locales.get(key);
      if (found) return found;
    }
  }
  return enGB;
}

/** Whether `resolveLocale(tag)` already has the locale the tag asks for (or none can be loaded). */
export function isLocaleReady(tag: string | undefined | null): boolean {
  if (!tag) return true;
  const keys = candidates(tag);
  return keys.some((k) => locales.has(k)) || !keys.some((k) => locales.canLoad(k));
}

/**
 * Loads and registers the date-fns locale for a tag, if it is one of those shipped (Arabic,
 * Chinese, French, German, Kazakh, Russian, Spanish; English is always there). Resolves to the
 * locale, or `undefined` when there is none to load.
 */
export function loadLocale(tag: string): Promise<Locale | undefined> {
  const key = candidates(tag).find((k) => locales.has(k) || locales.canLoad(k));
  return key ? locales.load(key) : Promise.resolve(undefined);
}
