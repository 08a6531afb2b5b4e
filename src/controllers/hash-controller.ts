import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a {@link HashController} needs from its host. */
export interface HashControllerOptions {
  /** The hash prefix that names this timeline, e.g. `"event/"` or `"story/"`. */
  prefix: () => string;
  /** Whether the host may read and write the URL hash at all. */
  enabled: () => boolean;
  /** Called with the event id the hash names (or `null` when it names none) on load and on back/forward. */
  onNavigate: (id: string | null) => void;
}

/**
 * Keeps a timeline's selection in the URL hash so that a link to one event can be shared:
 * `#<prefix><event-id>`. Writing pushes a history entry; the back and forward buttons come back
 * through `hashchange`. Listens only while the host is connected.
 */
export class HashController implements ReactiveController {
  private readonly options: HashControllerOptions;
  private readonly onHashChange = () => {
    if (this.options.enabled()) this.options.onNavigate(this.read());
  };

  constructor(host: ReactiveControllerHost, options: HashControllerOptions) {
    this.options = options;
    host.addController(this);
  }

  /** The event id the current hash names for this timeline, or `null`. */
  read(): string | null {
    const hash = decodeURIComponent(location.hash.slice(1));
    const prefix = this.options.prefix();
    return hash.startsWith(prefix) && hash.length > prefix.length ? hash.slice(prefix.length) : null;
  }

  /** Points the hash at an event (or clears it, if it names this timeline) with a new history entry. */
  write(id: string | null): void {
    if (!this.options.enabled()) return;
    const current = this.read();
    if (current === id) return;
    if (id === null) {
      if (current === null) return;
      history.pushState(history.state, '', `${location.pathname}${location.search}`);
    } else {
      history.pushState(history.state, '', `#${this.options.prefix()}${encodeURIComponent(id)}`);
    }
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }
}
