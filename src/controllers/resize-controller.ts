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
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
