/**
 * The few words dates need beyond what date-fns and Intl give: EDTF qualifiers ("c. October
 * 2023", "October 2023?"), seasons, decades and centuries, and open or unknown ends, for the
 * languages the element ships. Any other language falls back to English.
 * @module
 */

/** Words for one language. `t` is an already formatted date. */
export interface DateWords {
  /** Approximately `t` (EDTF `~`). */
  approximate(t: string): string;
  /** Possibly `t` (EDTF `?`). */
  uncertain(t: string): string;
  /** Spring, summer, autumn, winter of `year` (a formatted year). */
  season(index: 0 | 1 | 2 | 3, year: string): string;
  /** The ten years from `year` (`199X`). */
  decade(year: number): string;
  /** The hundred years from `year` (`19XX`). */
  century(year: number): string;
  /** A span from `t` that is still going on (`end: ".."`). */
  ongoing(t: string): string;
}

const dash = (a: number, b: number) => `${a}–${b}`;

const WORDS: Record<string, DateWords> = {
  en: {
    approximate: (t) => `c. ${t}`,
    uncertain: (t) => `${t}?`,
    season: (i, y) => `${['Spring', 'Summer', 'Autumn', 'Winter'][i]} ${y}`,
    decade: (y) => `${y}s`,
    century: (y) => `${y}s`,
    ongoing: (t) => `${t} – ongoing`,
  },
  ru: {
    approximate: (t) => `ок. ${t}`,
    uncertain: (t) => `${t}?`,
    season: (i, y) => `${['весна', 'лето', 'осень', 'зима'][i]} ${y}`,
    decade: (y) => `${y}-е`,
    century: (y) => `${y}-е`,
    ongoing: (t) => `${t} – по сей день`,
  },
  kk: {
    approximate: (t) => `шамамен ${t}`,
    uncertain: (t) => `${t}?`,
    season: (i, y) => `${y}, ${['көктем', 'жаз', 'күз', 'қыс'][i]}`,
    decade: (y) => `${y} жылдар`,
    century: (y) => `${y} жылдар`,
    ongoing: (t) => `${t} – қазірге дейін`,
  },
  fr: {
    approximate: (t) => `vers ${t}`,
    uncertain: (t) => `${t} ?`,
    season: (i, y) => `${['printemps', 'été', 'automne', 'hiver'][i]} ${y}`,
    decade: (y) => `années ${y}`,
    century: (y) => `années ${y}`,
    ongoing: (t) => `${t} – en cours`,
  },
  de: {
    approximate: (t) => `ca. ${t}`,
    uncertain: (t) => `${t}?`,
    season: (i, y) => `${['Frühling', 'Sommer', 'Herbst', 'Winter'][i]} ${y}`,
    decade: (y) => `${y}er`,
    century: (y) => `${y}er`,
    ongoing: (t) => `${t} – andauernd`,
  },
  es: {
    approximate: (t) => `hacia ${t}`,
    uncertain: (t) => `${t}?`,
    season: (i, y) => `${['primavera', 'verano', 'otoño', 'invierno'][i]} de ${y}`,
    decade: (y) => `años ${y}`,
    century: (y) => `años ${y}`,
    ongoing: (t) => `${t} – en curso`,
  },
  ar: {
    approximate: (t) => `حوالي ${t}`,
    uncertain: (t) => `${t}؟`,
    season: (i, y) => `${['ربيع', 'صيف', 'خريف', 'شتاء'][i]} ${y}`,
    decade: (y) => dash(y, y + 9),
    century: (y) => dash(y, y + 99),
    ongoing: (t) => `${t} – مستمر`,
  },
  zh: {
    approximate: (t) => `约${t}`,
    uncertain: (t) => `${t}？`,
    season: (i, y) => `${y}年${['春', '夏', '秋', '冬'][i]}`,
    decade: (y) => `${y}年代`,
    century: (y) => `${y}年代`,
    ongoing: (t) => `${t} – 至今`,
  },
};

/** The date words for a language tag (`en-GB`, `kk`, …); English when it has none. */
export function dateWords(code: string | undefined): DateWords {
  return WORDS[(code ?? 'en').split('-')[0]!.toLowerCase()] ?? WORDS.en!;
}
