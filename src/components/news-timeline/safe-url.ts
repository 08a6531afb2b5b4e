/**
 * Returns `url` normalised when its scheme is allowed (http, https and mailto by default),
 * otherwise `undefined`, so that `javascript:`, `data:` and other schemes never become links.
 */
export function safeHref(url: string, schemes: readonly string[] = ['http:', 'https:', 'mailto:']): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  return schemes.includes(parsed.protocol) ? parsed.href : undefined;
}
