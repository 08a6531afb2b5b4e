/**
 * Runs `callback` once the browser is idle (`requestIdleCallback`, at the latest after `timeout`
 * ms), or after `fallback` ms in a browser without `requestIdleCallback`. Returns a function that
 * cancels it.
 */
export function whenIdle(callback: () => void, timeout: number, fallback = 200): () => void {
  if (window.requestIdleCallback) {
    const id = window.requestIdleCallback(() => callback(), { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(callback, fallback);
  return () => window.clearTimeout(id);
}
