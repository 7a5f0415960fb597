// tokenStoreKey is async (WebCrypto): hash on the first login, not when the client is made. The
// cache only awaits its `key`, so a thenable that starts the hash when first awaited is enough.
/** A promise-like key whose hash `make` starts only when first awaited. */
export function lazyKey(make: () => Promise<string>): Promise<string> {
  let key: Promise<string> | undefined;
  const once = () => {
    key ??= make();
    return key;
  };
  // biome-ignore lint/suspicious/noThenProperty: a deliberate thenable, so the hash starts when awaited
  return { then: (ok, fail) => once().then(ok, fail) } as Promise<string>;
}
