import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box width of its host element with a ResizeObserver and asks the host to
 * update when it changes. Observes only while the host is connected.
 */
export class ResizeController implements ReactiveController {
  /** The host's current content width in px (0 until first measured). */
  width = 0;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.width = Math.round(this.host.getBoundingClientRect().width);
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      if (width === this.width) return;
      // Update in the next frame: re-rendering inside the observer's callback changes the host's
      // height in the same frame, which the browser reports as a ResizeObserver loop.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.width = width;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}
