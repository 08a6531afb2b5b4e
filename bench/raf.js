// Loaded first, as a classic script, so that every library (and d3-timer, which keeps its own
// reference to requestAnimationFrame) schedules its frames through this timer: work deferred to
// an animation frame counts as work; the wait for the frame does not.
(function () {
  const nativeRaf = window.requestAnimationFrame.bind(window);
  window.__bench = { nativeRaf, rafWork: 0 };
  window.requestAnimationFrame = (callback) =>
    nativeRaf((time) => {
      const t0 = performance.now();
      try {
        callback(time);
      } finally {
        window.__bench.rafWork += performance.now() - t0;
      }
    });
})();
