/**
 * Text measurement seen from pure code: the caller passes a function that measures a string
 * in px (a canvas in the browser, an estimate in tests).
 * @module
 */

/** Returns the width of `text` in px. */
export type MeasureText = (text: string) => number;

/** An estimate for when no canvas is at hand: `size` × 0.55 px per character. */
export const estimateText = (size = 13): MeasureText => (text) => text.length * size * 0.55;

/**
 * The longest prefix of `text` (ending in "…") whose width is at most `maxWidth`; the whole
 * text when it fits; `""` when not even "…" fits. Cuts at a word boundary when one is near.
 */
export function truncateText(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth) return text;
  // Zoom frames ask for the same cut again and again: remember cuts per measure and whole px.
  let memo = cuts.get(measure);
  if (!memo) cuts.set(measure, (memo = new Map()));
  const key = `${Math.floor(maxWidth)}\u0000${text}`;
  let cut = memo.get(key);
  if (cut === undefined) {
    cut = cutText(text, Math.floor(maxWidth), measure);
    if (memo.size > 50_000) memo.clear();
    memo.set(key, cut);
  }
  return cut;
}

const cuts = new WeakMap<MeasureText, Map<string, string>>();

function cutText(text: string, maxWidth: number, measure: MeasureText): string {
  const ellipsis = measure('…');
  if (ellipsis > maxWidth) return '';
  const chars = Array.from(text);
  const fits = (n: number) => measure(chars.slice(0, n).join('').trimEnd() + '…') <= maxWidth;
  // A first guess from the widths of single characters (each measured once, through the caller's
  // cache), then a step or two of real measurement: kerning makes the sum close, not exact.
  let sum = ellipsis;
  let lo = 0;
  for (; lo < chars.length; lo++) {
    const w = measure(chars[lo]!);
    if (sum + w > maxWidth) break;
    sum += w;
  }
  while (lo > 0 && !fits(lo)) lo--;
  while (lo < chars.length && fits(lo + 1)) lo++;
  let cut = chars.slice(0, lo).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return cut.trimEnd() + '…';
}

/** Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
const STRONG = /[\p{L}]/u;

/**
 * The direction of a text from its first letter (the Unicode bidi rule for a paragraph): `'rtl'`
 * for Arabic or Hebrew, `'ltr'` for other letters, `undefined` when it has none (digits, symbols).
 */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  const first = STRONG.exec(text);
  if (!first) return undefined;
  return RTL.test(first[0]) ? 'rtl' : 'ltr';
}
