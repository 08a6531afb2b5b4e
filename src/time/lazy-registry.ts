/**
 * A table of values by key (a language, say) where some values ship in the bundle and others are
 * loaded on first use, each at most once.
 * @module
 */
export interface LazyRegistry<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Whether the key has a value now. */
  has(key: string): boolean;
  /** Whether the key names a value that can be loaded. */
  canLoad(key: string): boolean;
  /** The value, loading it first if needed; `undefined` when there is none or loading failed. */
  load(key: string): Promise<T | undefined>;
}

export function lazyRegistry<T>(initial: Iterable<readonly [string, T]>, loaders: Record<string, () => Promise<T>>): LazyRegistry<T> {
  const values = new Map<string, T>(initial);
  const pending = new Map<string, Promise<T | undefined>>();
  return {
    get: (key) => values.get(key),
    set: (key, value) => void values.set(key, value),
    has: (key) => values.has(key),
    canLoad: (key) => Object.hasOwn(loaders, key),
    load(key) {
      const found = values.get(key);
      if (found !== undefined) return Promise.resolve(found);
      if (!Object.hasOwn(loaders, key)) return Promise.resolve(undefined);
      let promise = pending.get(key);
      if (!promise) {
        promise = loaders[key]!().then(
          (value) => {
            values.set(key, value);
            return value;
          },
          () => undefined,
        );
        pending.set(key, promise);
      }
      return promise;
    },
  };
}
