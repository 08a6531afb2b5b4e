import { expect } from '@open-wc/testing';
import { IDLE_SPARE, whenIdle } from '../../src/components/news-timeline/idle.js';

/** Keeps the page drawing (a frame callback every frame) for `ms`: idle periods are then shorter than a frame. */
function drawFor(ms: number): Promise<void> {
  const end = performance.now() + ms;
  return new Promise((done) => {
    const frame = () => (performance.now() < end ? requestAnimationFrame(frame) : done());
    requestAnimationFrame(frame);
  });
}

describe('whenIdle', () => {
  it('whenIdle(f, timeout, spare) waits, while the page draws, for an idle period with spare ms left', async () => {
    const ran: string[] = [];
    const drawing = drawFor(300);
    // Once frames are under way: before the first, an idle period may run to its full 50 ms.
    await new Promise((done) => requestAnimationFrame(done));
    const start = performance.now();
    let at = 0;
    whenIdle(() => ran.push('any'), 5000);
    whenIdle(() => {
      ran.push('spare');
      at = performance.now() - start;
    }, 5000, IDLE_SPARE);
    await drawing;
    expect(ran, 'while drawing').to.deep.equal(['any']);
    await new Promise((done) => setTimeout(done, 200));
    expect(ran).to.deep.equal(['any', 'spare']);
    expect(at).to.be.at.least(250);
  });

  it('whenIdle(f, timeout, spare) runs after timeout ms even when no idle period has spare ms', async () => {
    const drawing = drawFor(600);
    await new Promise((done) => requestAnimationFrame(done));
    const start = performance.now();
    let at = 0;
    whenIdle(() => (at = performance.now() - start), 150, IDLE_SPARE);
    await drawing;
    expect(at, 'ran while the page drew').to.be.within(140, 500);
  });

  it('whenIdle returns a function that cancels it, before or after it was put off', async () => {
    let ran = 0;
    const cancelNow = whenIdle(() => ran++, 5000);
    cancelNow();
    const drawing = drawFor(200);
    await new Promise((done) => requestAnimationFrame(done));
    const cancelLater = whenIdle(() => ran++, 5000, IDLE_SPARE);
    await new Promise((done) => setTimeout(done, 100));
    cancelLater();
    await drawing;
    await new Promise((done) => setTimeout(done, 300));
    expect(ran).to.equal(0);
  });
});
