/** The smallest observable value: the overlay's UI subscribes to the session through it. */
export interface Store<T> {
  get(): T;
  set(next: T): void;
  update(change: (current: T) => T): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  const set = (next: T) => {
    if (Object.is(next, value)) return;
    value = next;
    // A listener that throws must not stop the others nor the session.
    for (const listener of [...listeners]) {
      try {
        listener(value);
      } catch (error) {
        console.error('[context-margin] overlay listener failed', error);
      }
    }
  };
  return {
    get: () => value,
    set,
    update: (change) => set(change(value)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
