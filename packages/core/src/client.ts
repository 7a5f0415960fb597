import { createFetch } from 'ofetch';
import { applyAuth, refreshAuth, strategiesFor } from './auth/apply';
import type { AuthStrategy } from './auth/types';
import type { AnyEndpoint, EndpointInput, EndpointOutput } from './endpoint';
import { AcctError, ApiError, ConfigurationError, HookError, RequestAbortedError } from './errors';
import { type Hooks, mergeHooks, succeeded } from './hooks';
import { readCall } from './internal/call-input';
import { type LogLevel, resolveLogger } from './internal/logger';
import { isObject, optionIssues } from './internal/options';
import { userAgent } from './internal/user-agent';
import { isThenable } from './internal/validate';
import { createRedactor, type Redactor } from './redact';
import { type Attempt, send } from './request';
import { type ErrorReading, readSuccess, retryDelayOf, toApiError } from './response';
import { backoff, isGone, isRetryable, mayHaveApplied, sleep } from './retry';

/** Receives one line per request, response and retry, with credentials already redacted. */
export interface Logger {
  /** Every attempt and response. */
  debug?(message: string, meta?: Record<string, unknown>): void;
  /** A replay after a 401, a delete found already done. */
  info?(message: string, meta?: Record<string, unknown>): void;
  /** Every retry, with its delay; a failing token store. */
  warn?(message: string, meta?: Record<string, unknown>): void;
  /** Reserved for failures the client cannot report otherwise. */
  error?(message: string, meta?: Record<string, unknown>): void;
}

/** A fetch implementation: `globalThis.fetch`, undici's `fetch` (for a proxy `dispatcher`), a test double. */
// biome-ignore lint/suspicious/noExplicitAny: undici's and the DOM's fetch types differ; both must be accepted
export type FetchLike = (input: any, init?: any) => Promise<any>;

/** Options every vendor client accepts. */
export interface ClientOptions {
  /** Where the API lives; each vendor package has a default where the vendor has one host. No credentials or query in it. */
  baseURL?: string;
  /** Headers sent with every request (credentials are set by the client and win over these). */
  headers?: Record<string, string>;
  /** Milliseconds one attempt may take, response body included (default 30 000, at most 2³¹−1). */
  timeout?: number;
  /** Retries after the first attempt, for failures that may be retried (default 2). */
  maxRetries?: number;
  /** First backoff step in ms; the n-th retry waits a random time up to `retryDelay × 2ⁿ⁻¹` (default 500). */
  retryDelay?: number;
  /** Upper bound of any wait between attempts, `Retry-After` included (default 30 000). */
  maxRetryDelay?: number;
  /** A fetch implementation to use instead of `globalThis.fetch` (undici's `fetch` is accepted). */
  fetch?: FetchLike;
  /** Extra fetch init options for every request, e.g. `{ dispatcher: new ProxyAgent(url) }` with undici. */
  fetchOptions?: Record<string, unknown>;
  /** Most bytes of a response body, counted decompressed (default 16 MiB: a 1 000-user page is ~1 MB); more → `ResponseTooLargeError`. */
  maxResponseBytes?: number;
  /** Receives request / response / retry summaries, redacted. */
  logger?: Logger;
  /** The least severe level logged (default: `ACCT_LOG` from the environment; without either, only a given `logger` logs). */
  logLevel?: LogLevel;
  /** Hooks called per attempt: tracing headers, spans, metrics. */
  hooks?: Hooks;
}

/** Options of one call, passed as its last argument. */
export interface CallOptions {
  /** Aborts the call (the attempt and any backoff wait); its reason becomes the error's `cause`. */
  signal?: AbortSignal;
  /** Milliseconds this call's attempts may each take (default: the client's). */
  timeout?: number;
  /** Retries for this call (default: the client's). */
  maxRetries?: number;
  /** Headers for this call, over the client's (credentials still win). */
  headers?: Record<string, string>;
  /** Hooks for this call, run after the client's. */
  hooks?: Hooks;
  /** Most bytes of this call's response body (default: the client's). */
  maxResponseBytes?: number;
}

/** What a vendor package adds to the user's options: the vendor facts. */
export interface TransportConfig extends ClientOptions, Partial<Omit<ErrorReading, 'requestIdHeaders'>> {
  /** Where the API lives (required here; vendor packages fill in their default). */
  baseURL: string;
  /** Credentials per scheme; an endpoint names its scheme (`default` unless it says). */
  auth?: Record<string, AuthStrategy | AuthStrategy[] | undefined>;
  /** Extra values to redact (passwords, keys the vendor package was given). */
  secrets?: unknown[];
  /** Response headers that carry a request id (default: `x-request-id`, `request-id`, `x-correlation-id`). */
  requestIdHeaders?: string[];
  /** The vendor package, for the `User-Agent`: `{ name: '@acct/thoughtspot', version: '0.1.0' }`. */
  sdk?: { name: string; version: string };
}

/** The data of a call along with its HTTP status, headers and request id. */
export interface ApiResponse<T> {
  /** The parsed, checked body. */
  data: T;
  /** The HTTP status. */
  status: number;
  /** The response headers. */
  headers: Headers;
  /** HTTP attempts made (1 unless retried or replayed). */
  attempts: number;
  /** The vendor's request id, from the response headers, when it sent one. */
  requestId: string | undefined;
}

/** What a call produced, before `withResponse()` adds the request id. */
type Answer = Omit<ApiResponse<unknown>, 'requestId'>;

/** A call's promise; `.withResponse()` also gives the status and headers. */
export type ApiPromise<T> = Promise<T> & { withResponse(): Promise<ApiResponse<T>> };

/** A configured transport: vendor packages call `request` with their endpoint declarations. */
export interface Client {
  /** The base URL, without a trailing slash. */
  readonly baseURL: string;
  /** Redacts every credential this client was given or obtained. */
  readonly redactor: Redactor;
  /** Sends one operation and resolves to its checked data. */
  request<E extends AnyEndpoint>(endpoint: E, input: EndpointInput<E>, options?: CallOptions): ApiPromise<EndpointOutput<E>>;
}

/** Creates the transport a vendor package wraps. */
export function createClient(config: TransportConfig): Client {
  // Read once, checked and kept as that copy: a getter or a Proxy cannot show the check one object and fetch (or ofetch) another.
  const given: unknown = config;
  const givenFetchOptions = isObject(given) ? given.fetchOptions : undefined;
  const fetchOptions = (isObject(givenFetchOptions) ? { ...givenFetchOptions } : givenFetchOptions) as Record<string, unknown> | undefined;
  const problems = optionIssues(isObject(given) ? { ...given, fetchOptions } : given, 'options', true);
  if (problems.length > 0) {
    const list = problems.map((i) => `\`${i.path.replace(/^options\./, '')}\` ${i.message.replace('Expected', 'must be')}`);
    throw new ConfigurationError(`createClient: ${list.join('; ')}`);
  }
  const baseURL = config.baseURL.replace(/\/+$/, '');
  const { timeout = 30_000, maxRetries = 2, retryDelay = 500, maxRetryDelay = 30_000 } = config;
  const logger = resolveLogger(config.logger, config.logLevel);
  const redactor = createRedactor(config.secrets);
  for (const s of Object.values(config.auth ?? {}).flat()) redactor.add(...(s?.secrets ?? []));
  const reading: ErrorReading = {
    errorMessage: config.errorMessage,
    errorDetails: config.errorDetails,
    retryAfter: config.retryAfter,
    requestIdHeaders: config.requestIdHeaders ?? ['x-request-id', 'request-id', 'x-correlation-id'],
  };
  // Built once per client; each attempt copies them.
  const ua = userAgent(config.sdk);
  // Set one by one, so names differing only in case (a vendor default and the user's) give one header, the later value.
  const merged = new Headers({ accept: 'application/json', ...(ua ? { 'user-agent': ua } : {}) });
  for (const [k, v] of Object.entries(config.headers ?? {})) merged.set(k, v);
  // Never changed: each attempt clones it (cloning a Headers is several times cheaper than building one).
  const baseHeaders = merged;
  const clientHooks = mergeHooks(config.hooks);
  // A call's hooks run after the client's; without any, the client's merged set is reused.
  const hooksFor = (o: CallOptions) => (o.hooks ? mergeHooks(config.hooks, o.hooks) : clientHooks);
  // globalThis.fetch is looked up per call, so a fetch patched after construction (test tools, tracing) is honoured.
  // An attempt past its deadline sends nothing: a fetch that ignores its signal, called late (after a
  // slow onRequest hook), could otherwise still send a write the caller was told had failed.
  const own = config.fetch;
  const doFetch = ((input: RequestInfo, init?: RequestInit) => {
    if (init?.signal?.aborted) return Promise.reject(init.signal.reason);
    return own ? own(input, init) : globalThis.fetch(input, init);
  }) as typeof fetch;
  const $fetch = createFetch({ fetch: doFetch });

  const log = logger
    ? (level: keyof Logger, message: string, meta: Record<string, unknown>) => {
        try {
          logger[level]?.(redactor.text(message), redactor.value(meta));
        } catch {
          // A failing logger must never fail a call.
        }
      }
    : undefined;

  /**
   * One call: its attempts, then its data; `done` receives what `withResponse()` reads and returns the
   * data. A failure is annotated here, so a call costs one promise.
   */
  async function run(
    endpoint: AnyEndpoint,
    input: Record<string, unknown>,
    options: CallOptions,
    started: number,
    done: (answer: Answer) => unknown,
  ): Promise<unknown> {
    try {
      const planned = readCall(endpoint, input, options, baseURL, redactor, hooksFor);
      const { redact, call, hooks, callHeaders, semantics } = isThenable(planned) ? await planned : planned;
      const strategies = strategiesFor(config.auth, endpoint);
      const callMaxRetries = options.maxRetries ?? maxRetries;
      let attempts = 0;
      let retries = 0;
      let replayed = false;
      let applied = false;
      // This call's headers: the client's, then the call's, the body's type, and `sent` credentials.
      const built = (sent: Iterable<readonly [string, string]> = []) => {
        // Header names are case-insensitive: a call's `accept-version` replaces the client's `Accept-Version`.
        const headers = new Headers(baseHeaders);
        for (const [k, v] of callHeaders) headers.set(k, v);
        // A JSON endpoint's content type wins; a body declared `'none'` says JSON unless the call or the client said otherwise.
        if (call.contentType && (endpoint.contentType === 'json' || !headers.has('content-type')))
          headers.set('content-type', call.contentType);
        for (const [k, v] of sent) headers.set(k, v);
        return headers;
      };
      for (;;) {
        const headers = built();
        const set = applyAuth(strategies, headers, options.signal, endpoint.operation, redactor);
        const credentials = isThenable(set) ? await set : set;
        // The headers built again as they were sent, credentials included: fetch is given `headers`
        // itself, and a wrapper may change them in place (see send(): a redirect's next hop; and a 401's refresh below).
        const fresh = () => built(credentials);
        if (options.signal?.aborted) {
          throw Object.assign(new RequestAbortedError(`${endpoint.operation}: aborted by the caller`, { cause: options.signal.reason }), {
            method: endpoint.method,
            url: redact.text(call.url),
          });
        }
        const attempt: Attempt = {
          operation: endpoint.operation,
          attempt: ++attempts,
          method: endpoint.method,
          url: call.url,
          headers,
          fresh,
          body: call.body,
          timeout: options.timeout ?? timeout,
          signal: options.signal,
          hooks,
          credentials,
          success: endpoint.success,
          fetchOptions,
          maxResponseBytes: options.maxResponseBytes ?? config.maxResponseBytes,
        };
        log?.('debug', `→ [${attempt.method}] ${attempt.url}`, { operation: endpoint.operation, attempt: attempts });
        let error: AcctError;
        let asked: number | undefined;
        try {
          const res = await send($fetch, attempt, redact);
          log?.('debug', `← [${attempt.method}] ${attempt.url}: ${res.status}`, { status: res.status, ms: Date.now() - started });
          if (succeeded(endpoint.success, res.status)) {
            const read = readSuccess(endpoint, attempt, res, redact);
            const data = isThenable(read) ? await read : read;
            return done({ data, status: res.status, headers: res.headers, attempts });
          }
          if (applied && isGone(endpoint, { status: res.status, body: res.body.value })) {
            // An earlier attempt was applied and its response lost: the resource being gone is the success.
            log?.('info', `${endpoint.operation}: ${res.status} on retry ${retries}: already done by an earlier attempt`, {
              attempt: attempts,
            });
            return done({ data: undefined, status: res.status, headers: res.headers, attempts });
          }
          error = toApiError(attempt, res, reading, redact);
          // A vendor's rate-limit header means "wait" only on a rate limit or an overload, not on any error.
          if (res.status === 429 || res.status === 503) asked = retryDelayOf(res.headers, reading);
        } catch (e) {
          if (!(e instanceof AcctError)) throw e;
          error = e;
        }
        error.attempts = error instanceof HookError && error.beforeSend ? attempts - 1 : attempts;
        if (error instanceof ApiError && error.status === 401 && !replayed && (await refreshAuth(strategies, fresh()))) {
          replayed = true;
          log?.('info', `${endpoint.operation}: 401, credentials renewed, replaying once`, { attempt: attempts });
          continue;
        }
        if (retries >= callMaxRetries || !isRetryable(error, semantics)) throw error;
        applied ||= mayHaveApplied(error);
        retries++;
        const delay = Math.min(maxRetryDelay, asked ?? backoff(retries, retryDelay, maxRetryDelay));
        log?.('warn', `${error.message} — retry ${retries} of ${callMaxRetries} in ${Math.round(delay)} ms`, { delay });
        await sleep(delay, options.signal).catch((e: AcctError) => {
          throw Object.assign(e, { attempts, method: endpoint.method, url: redact.text(call.url) });
        });
      }
    } catch (e) {
      if (e instanceof AcctError) {
        // A login's error keeps its own operation: the user sees which exchange failed.
        e.operation ??= endpoint.operation;
        e.elapsedMs ??= Date.now() - started;
      }
      throw e;
    }
  }

  function requestIdOf(headers: Headers): string | undefined {
    for (const h of reading.requestIdHeaders) {
      const id = headers.get(h);
      if (id) return redactor.text(id);
    }
    return undefined;
  }

  return {
    baseURL,
    redactor,
    request(endpoint, input, options = {}) {
      let answer: Answer | undefined;
      const done = (a: Answer) => {
        answer = a;
        return a.data;
      };
      const data = run(endpoint, input as Record<string, unknown>, options, Date.now(), done) as ApiPromise<never>;
      let full: Promise<ApiResponse<never>> | undefined;
      // `withResponse()` adds the request id, so a call's data needs no header lookups.
      data.withResponse = () => {
        full ??= data.then(() => ({ ...(answer as Answer), requestId: requestIdOf((answer as Answer).headers) }) as ApiResponse<never>);
        return full;
      };
      return data;
    },
  };
}
