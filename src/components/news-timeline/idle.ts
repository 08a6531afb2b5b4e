/**
 * Runs `callback` once the page is idle with time to spare: in an idle period (see
 * `requestIdleCallback`) with at least `spare` ms left, or after `timeout` ms in any case. An idle
 * period between two frames is shorter than a frame, while one with no frame to draw lasts 50 ms:
 * with `spare` above a frame's length, work of that size waits until the page stops drawing (right
 * after the data is first shown, say) instead of delaying its next frame. In a browser without
 * `requestIdleCallback`, runs after `fallback` ms. Returns a function that cancels it.
 */
export function whenIdle(callback: () => void, timeout: number, spare = 0, fallback = 200): () => void {
  if (!window.requestIdleCallback) {
    const id = window.setTimeout(callback, fallback);
    return () => window.clearTimeout(id);
  }
  const due = performance.now() + timeout;
  let id = 0;
  const run = (deadline: IdleDeadline) => {
    if (!deadline.didTimeout && deadline.timeRemaining() < spare) {
      id = window.requestIdleCallback(run, { timeout: Math.max(1, due - performance.now()) });
      return;
    }
    callback();
  };
  id = window.requestIdleCallback(run, { timeout });
  return () => window.cancelIdleCallback(id);
}

/** The time left a piece of idle work asks for: more than a frame, so not between two frames. */
export const IDLE_SPARE = 40;
