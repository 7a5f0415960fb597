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

/**
 * Controllers for attempts' timeouts. Node 20 spends about 2 µs creating an AbortSignal (a tenth of
 * a call on a stub fetch), so a controller whose signal never aborted is lent again once its
 * attempt has finished, body read. A fetch may leave a listener on the signal until it is
 * collected (undici removes its own when the Request is), and a later abort would reach those
 * finished requests, where it does nothing; lending one controller at most `LENDS` times keeps
 * such listeners under the EventTarget warning threshold of 10.
 */
const LENDS = 8;
const idle: AbortController[] = [];
const lent = new WeakMap<AbortController, number>();

/** A controller whose signal has not aborted, for one attempt. */
export function borrowController(): AbortController {
  return idle.pop() ?? new AbortController();
}

/** Gives back a controller after its attempt finished normally; an aborted or worn one is dropped. */
export function returnController(controller: AbortController): void {
  const times = (lent.get(controller) ?? 0) + 1;
  if (controller.signal.aborted || times >= LENDS || idle.length >= 16) return;
  lent.set(controller, times);
  idle.push(controller);
}
