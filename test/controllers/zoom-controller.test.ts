import { expect, aTimeout } from '@open-wc/testing';
import { zoomIdentity } from 'd3';
import { ZoomController } from '../../src/controllers/zoom-controller.js';

/** A host element with a surface the controller attaches to, 1,000 px wide. */
function setup() {
  const surface = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  surface.setAttribute('width', '1000');
  surface.setAttribute('height', '200');
  document.body.append(surface);
  let updates = 0;
  const ends: boolean[] = [];
  const host = { addController() {}, removeController() {}, requestUpdate: () => void updates++, updateComplete: Promise.resolve(true) };
  const zoom = new ZoomController(host, { onEnd: (_t, byUser) => ends.push(byUser) });
  zoom.attach(surface, 1000, 365 * 86_400_000);
  const at = (dx = 0) => {
    const r = surface.getBoundingClientRect();
    return { clientX: r.left + 500 + dx, clientY: r.top + 100, view: window, bubbles: true, cancelable: true };
  };
  return { surface, host, zoom, at, ends, updates: () => updates, done: () => surface.remove() };
}

describe('ZoomController', () => {
  it('zoom.gesture is true from the start of a wheel zoom or a drag to its end', async () => {
    const t = setup();
    t.surface.dispatchEvent(new WheelEvent('wheel', { ...t.at(), deltaY: -100, ctrlKey: true }));
    expect(t.zoom.gesture).to.equal(true);
    await aTimeout(300); // d3-zoom ends a wheel gesture 150 ms after its last wheel event
    expect(t.zoom.gesture).to.equal(false);
    t.surface.dispatchEvent(new MouseEvent('mousedown', { ...t.at(), button: 0 }));
    window.dispatchEvent(new MouseEvent('mousemove', t.at(40)));
    expect(t.zoom.gesture).to.equal(true);
    window.dispatchEvent(new MouseEvent('mouseup', t.at(40)));
    expect(t.zoom.gesture).to.equal(false);
    expect(t.ends).to.deep.equal([true, true]);
    t.done();
  });

  it('zoom.gesture stays true through a drag that begins while a wheel zoom is still ending', async () => {
    // Two gestures overlap: the wheel's ends (150 ms after its last event) in the middle of the drag.
    const t = setup();
    t.surface.dispatchEvent(new WheelEvent('wheel', { ...t.at(), deltaY: -100, ctrlKey: true }));
    t.surface.dispatchEvent(new MouseEvent('mousedown', { ...t.at(), button: 0 }));
    window.dispatchEvent(new MouseEvent('mousemove', t.at(20)));
    await aTimeout(300);
    window.dispatchEvent(new MouseEvent('mousemove', t.at(40)));
    expect(t.ends).to.have.length(1); // the wheel's gesture has ended ...
    expect(t.zoom.gesture).to.equal(true); // ... the drag's has not
    window.dispatchEvent(new MouseEvent('mouseup', t.at(40)));
    expect(t.zoom.gesture).to.equal(false);
    t.done();
  });

  it('a press on the surface cancels its mousedown (no text selection or native drag), and still pans', () => {
    const t = setup();
    t.zoom.set(zoomIdentity.translate(-500, 0).scale(2), false);
    const down = new MouseEvent('mousedown', { ...t.at(), button: 0 });
    t.surface.dispatchEvent(down);
    expect(down.defaultPrevented).to.equal(true);
    window.dispatchEvent(new MouseEvent('mousemove', t.at(40)));
    window.dispatchEvent(new MouseEvent('mouseup', t.at(40)));
    expect(t.zoom.transform.x).to.equal(-460);
    // Once detached, the surface's presses are left alone.
    t.zoom.hostDisconnected();
    const later = new MouseEvent('mousedown', { ...t.at(), button: 0 });
    t.surface.dispatchEvent(later);
    expect(later.defaultPrevented).to.equal(false);
    t.done();
  });

  it('a programmatic zoom is not a gesture', () => {
    const t = setup();
    t.zoom.set(zoomIdentity.scale(2), false);
    expect(t.zoom.gesture).to.equal(false);
    expect(t.updates()).to.be.greaterThan(0);
    expect(t.zoom.transform.k).to.equal(2);
    t.done();
  });

  it('zoom.scaleBy(2) animates over several frames to twice the zoom around the centre, and ends once', async () => {
    const t = setup();
    const seen: number[] = [];
    const watch = () => {
      seen.push(t.zoom.transform.k);
      if (seen.length < 40) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    t.zoom.scaleBy(2);
    await aTimeout(500);
    expect(t.zoom.transform.k).to.equal(2);
    expect(t.zoom.transform.invertX(500)).to.be.closeTo(500, 1e-9); // the centre stays put
    const between = seen.filter((k) => k > 1 && k < 2);
    expect(between.length).to.be.greaterThan(1); // it passed through steps, not one jump
    expect(between).to.deep.equal([...between].sort((a, b) => a - b)); // zooming in all the way
    expect(t.ends).to.deep.equal([false]); // one end, not one per step, and not by the reader
    t.done();
  });

  it('zoom.moving is true through a gesture and through an animated zoom up to its last frame; not for a jump', async () => {
    const t = setup();
    t.zoom.set(zoomIdentity.scale(2), false);
    expect(t.zoom.moving).to.equal(false);
    t.surface.dispatchEvent(new WheelEvent('wheel', { ...t.at(), deltaY: -100, ctrlKey: true }));
    expect([t.zoom.gesture, t.zoom.moving]).to.deep.equal([true, true]);
    await aTimeout(300);
    expect(t.zoom.moving).to.equal(false);
    // Seen from each step's own update, as the element sees it.
    const seen: [number, boolean][] = [];
    t.host.requestUpdate = () => void queueMicrotask(() => seen.push([t.zoom.transform.k, t.zoom.moving]));
    const from = t.zoom.transform.k;
    t.zoom.scaleBy(2);
    expect(t.zoom.moving).to.equal(true);
    await aTimeout(500);
    expect(t.zoom.transform.k).to.be.closeTo(from * 2, 1e-9);
    const steps = seen.filter(([k]) => k !== from);
    expect(steps.length, 'a step between, and the last').to.be.greaterThan(1);
    // Every step but the last is moving; the last, at the target, is not.
    expect(steps.slice(0, -1).every(([, moving]) => moving)).to.equal(true);
    expect(steps.at(-1)).to.deep.equal([from * 2, false]);
    t.done();
  });

  it('zoom.scaleBy stops at the scale extent: one hour, and the whole span', async () => {
    const t = setup();
    t.zoom.scaleBy(1e9, 200);
    await aTimeout(400);
    expect(t.zoom.transform.k).to.equal(365 * 24); // a year's span down to one hour
    t.zoom.scaleBy(1e-9, 0);
    await aTimeout(400);
    expect(t.zoom.transform.k).to.equal(1);
    expect(t.zoom.transform.x).to.be.closeTo(0, 1e-6);
    t.done();
  });

  it('a drag during an animated zoom stops the animation where it is', async () => {
    const t = setup();
    t.zoom.scaleBy(8);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    t.surface.dispatchEvent(new MouseEvent('mousedown', { ...t.at(), button: 0 }));
    window.dispatchEvent(new MouseEvent('mousemove', t.at(40)));
    window.dispatchEvent(new MouseEvent('mouseup', t.at(40)));
    const k = t.zoom.transform.k;
    await aTimeout(400);
    expect(t.zoom.transform.k).to.equal(k); // the animation did not go on to 8
    expect(k).to.be.lessThan(8);
    expect(t.ends).to.deep.equal([true]); // the drag's end; the stopped animation ended nothing
    t.done();
  });
});
