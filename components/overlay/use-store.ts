import { useEffect, useState } from 'preact/hooks';
import type { Store } from '@/content/overlay/overlay-store';

/** The current value of a session store, re-rendering on every change. */
export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(() => store.get());
  useEffect(() => {
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
