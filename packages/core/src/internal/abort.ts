// One 'abort' listener per signal, however many calls share it: an EventTarget warns
// (MaxListenersExceededWarning) past 10 listeners, and 20 concurrent calls on one signal are ordinary.
const subscribers = new WeakMap<AbortSignal, Set<() => void>>();

function dispatch(this: AbortSignal) {
  const set = subscribers.get(this);
  subscribers.delete(this);
  for (const fn of set ?? []) fn();
}

const NOTHING = () => {};

/** Runs `fn` once when `signal` aborts; returns the function that unsubscribes it. */
export function onAbort(signal: AbortSignal | undefined, fn: () => void): () => void {
  if (!signal) return NOTHING;
  let set = subscribers.get(signal);
  if (!set) {
    set = new Set();
    subscribers.set(signal, set);
    signal.addEventListener('abort', dispatch, { once: true });
  }
  const own = () => fn();
  set.add(own);
  return () => {
    const current = subscribers.get(signal);
    if (!current?.delete(own) || current.size > 0) return;
    subscribers.delete(signal);
    signal.removeEventListener('abort', dispatch);
  };
}
