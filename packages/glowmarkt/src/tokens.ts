import {
  type AuthStrategy,
  type Client,
  ConfigurationError,
  createTokenCache,
  type Logger,
  type Token,
  type TokenStore,
  tokenStoreKey,
} from '@acct/core';
import { userToken } from './auth';
import type { GlowmarktLoginRequest } from './endpoints/authenticate';
import { type GlowmarktRenewedToken, renewToken } from './endpoints/renew-token';
import { jwtExpiry } from './internal/jwt';
import { lazyKey } from './internal/lazy-key';
import { type GlowmarktSession, logIn, renewWith } from './login';

/** What the client's user token comes from. */
export interface TokenSetup {
  client: () => Client;
  /** A `username` + `password` login; without it, `token` is the user's credential. */
  login?: GlowmarktLoginRequest | undefined;
  token?: string | undefined;
  /** When `token` expires (epoch ms), if known. */
  tokenExpiresAt?: number | undefined;
  /** Renew through `GET /auth/newToken` before the token expires. */
  renew: boolean;
  store?: TokenStore | undefined;
  /** The store key's identity parts (no credential), hashed lazily on the first login. */
  storeKey?: Record<string, string | undefined> | undefined;
  logger?: Logger | undefined;
}

/** The user's token: the strategy sending it, the token a renewal sends, and the explicit login / renewal. */
export interface GlowmarktTokens {
  strategy: AuthStrategy;
  /** Sends the token being renewed to `GET /auth/newToken`. */
  renewal: AuthStrategy;
  authenticate(signal?: AbortSignal): Promise<GlowmarktSession>;
  renew(signal?: AbortSignal): Promise<GlowmarktRenewedToken & { token: string }>;
}

/**
 * One token per client, shared by its calls (and, with a store, by every process with the same key).
 * When it is due: renew it with `GET /auth/newToken` while it is still valid; if that fails (or it
 * was refused, or has expired), log in again with the password, or — a given token — keep it: the
 * server's 401 then says it has expired. A token whose expiry is unknown is never renewed early.
 */
export function createGlowmarktTokens(setup: TokenSetup): GlowmarktTokens {
  const { client, login } = setup;
  let held: Token | undefined = setup.token === undefined ? undefined : { token: setup.token, expiresAt: setup.tokenExpiresAt };
  let unused = held !== undefined; // the given token is used as is first
  let adopted: Token | undefined; // a token an explicit login or renewal obtained
  const refused: string[] = []; // tokens that got a 401: renewing them makes no sense

  let sending = '';
  let explicit = false;
  let queue: Promise<unknown> = Promise.resolve();
  // Renewals take turns: `renewal` sends each one's own token.
  const renewFrom = (token: string, signal?: AbortSignal, byCaller = false) => {
    const run = async () => {
      sending = token;
      explicit = byCaller;
      try {
        return await renewWith(client(), () => client().request(renewToken, {}, { signal }).withResponse());
      } finally {
        sending = '';
      }
    };
    const next = queue.then(run, run);
    queue = next.catch(() => {});
    return next;
  };
  const renewHeader = userToken(() => sending);
  const renewal: AuthStrategy = {
    apply: renewHeader.apply,
    // `renewToken()` refused with 401: a password client logs in (not through the cache, which may be
    // waiting on this very queue) and renews that token once. A renewal the cache started just fails.
    async refresh() {
      if (!explicit || !login) return false;
      sending = (await logIn(client(), login)).token.token;
      return true;
    },
  };

  const warn = (message: string) => {
    try {
      setup.logger?.warn?.(client().redactor.text(message));
    } catch {
      // A failing logger must never fail a call.
    }
  };

  async function obtain(): Promise<Token> {
    if (adopted) return adopted;
    const current = held;
    if (unused && current) {
      unused = false;
      return current;
    }
    const valid = current && !refused.includes(current.token) && current.expiresAt !== undefined && Date.now() < current.expiresAt;
    if (valid && setup.renew) {
      try {
        held = (await renewFrom(current.token)).token;
        return held;
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        warn(`glowmarkt: renewing the token failed (${why}); ${login ? 'logging in again' : 'keeping the current token until it expires'}`);
      }
    }
    if (login) {
      held = (await logIn(client(), login)).token;
      return held;
    }
    return current!;
  }

  const { store, storeKey } = setup;
  const cache = createTokenCache(obtain, {
    store,
    key: store ? lazyKey(() => tokenStoreKey({ vendor: 'glowmarkt', baseURL: client().baseURL, ...storeKey })) : undefined,
    logger: setup.logger,
    redact: (text) => client().redactor.text(text),
  });

  const source = {
    async get(signal?: AbortSignal) {
      const token = await cache.get(signal);
      // A token from the store: its expiry is read from the JWT when it is one.
      if (held?.token !== token) held = { token, expiresAt: jwtExpiry(token) };
      return token;
    },
    // The token to send at once, when `get` would give the held one without any work: the cache's
    // fresh token, or — no login, no store — a given token whose expiry is unknown (obtain() keeps it).
    peek() {
      const token = cache.peek?.();
      if (token !== undefined && held?.token === token) return token;
      if (!login && !store && !adopted && held && !unused && held.expiresAt === undefined) return held.token;
      return undefined;
    },
    invalidate(token: string) {
      refused.push(token);
      if (refused.length > 8) refused.shift();
      return cache.invalidate(token);
    },
  };

  // Makes the cache (and the store) use `token` from now on.
  async function adopt(token: Token, signal?: AbortSignal) {
    const old = held;
    held = adopted = token;
    unused = false;
    try {
      if (old) await cache.invalidate(old.token);
      await source.get(signal);
    } finally {
      adopted = undefined;
    }
  }

  const header = userToken(source);
  return {
    strategy: {
      apply: header.apply,
      // A login after a 401 is worth one replay; a given token that cannot be renewed would get the same 401.
      async refresh(sent) {
        const before = sent.get('token');
        if (!before) return false;
        await source.invalidate(before);
        return (await source.get()) !== before || login !== undefined;
      },
    },
    renewal,
    async authenticate(signal) {
      if (!login) throw new ConfigurationError('authenticate needs `username` and `password`, which this client was not given');
      const done = await logIn(client(), login, signal);
      await adopt(done.token, signal);
      return done.session;
    },
    async renew(signal) {
      const done = await renewFrom(await source.get(signal), signal, true);
      await adopt(done.token, signal);
      return done.answer;
    },
  };
}
