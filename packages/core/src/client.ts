import { createFetch } from 'ofetch';
import type { AuthStrategy } from './auth/types';
import type { AnyEndpoint, EndpointInput, EndpointOutput } from './endpoint';
import { AcctError, ApiError, ConfigurationError, RequestAbortedError, RequestValidationError } from './errors';
import { toFormData } from './internal/body';
import { optionIssues } from './internal/options';
import { buildPath, withQuery } from './internal/url';
import { check } from './internal/validate';
import { createRedactor, type Redactor, sensitiveValues } from './redact';
import { type Attempt, type ErrorReading, readSuccess, retryDelayOf, send, toApiError } from './request';
import { backoff, isRetryable, sleep } from './retry';

/** Receives one line per request, response and retry, with credentials already redacted. */
export interface Logger {
  debug?(message: string, meta?: Record<string, unknown>): void;
  info?(message: string, meta?: Record<string, unknown>): void;
  warn?(message: string, meta?: Record<string, unknown>): void;
  error?(message: string, meta?: Record<string, unknown>): void;
}

/** Options every vendor client accepts. */
export interface ClientOptions {
  /** Where the API lives; each vendor package has a default where the vendor has one host. */
  baseURL?: string;
  /** Headers sent with every request (credentials are set by the client and win over these). */
  headers?: Record<string, string>;
  /** Milliseconds one attempt may take, response body included (default 30 000). */
  timeout?: number;
  /** Retries after the first attempt, for failures that may be retried (default 2). */
  maxRetries?: number;
  /** First backoff step in ms; the n-th retry waits a random time up to `retryDelay × 2ⁿ⁻¹` (default 500). */
  retryDelay?: number;
  /** Upper bound of any wait between attempts, `Retry-After` included (default 30 000). */
  maxRetryDelay?: number;
  /** Most bytes of a response body, counted decompressed (default 16 MiB: a 1 000-user page is ~1 MB); more → `ResponseTooLargeError`. */
  maxResponseBytes?: number;
  /** A fetch implementation to use instead of `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Receives request / response / retry summaries, redacted. */
  logger?: Logger;
}

/** Options of one call, passed as its last argument. */
export interface CallOptions {
  signal?: AbortSignal;
  timeout?: number;
  maxRetries?: number;
  headers?: Record<string, string>;
  maxResponseBytes?: number;
}

/** What a vendor package adds to the user's options: the vendor facts. */
export interface TransportConfig extends ClientOptions, Partial<Omit<ErrorReading, 'requestIdHeaders'>> {
  baseURL: string;
  /** Credentials per scheme; an endpoint names its scheme (`default` unless it says). */
  auth?: Record<string, AuthStrategy | AuthStrategy[] | undefined>;
  /** Extra values to redact (passwords, keys the vendor package was given). */
  secrets?: unknown[];
  /** Response headers that carry a request id (default: `x-request-id`, `request-id`, `x-correlation-id`). */
  requestIdHeaders?: string[];
}

/** The data of a call along with its HTTP status and headers. */
export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
  attempts: number;
}

/** A call's promise; `.withResponse()` also gives the status and headers. */
export type ApiPromise<T> = Promise<T> & { withResponse(): Promise<ApiResponse<T>> };

/** A configured transport: vendor packages call `request` with their endpoint declarations. */
export interface Client {
  readonly baseURL: string;
  readonly redactor: Redactor;
  request<E extends AnyEndpoint>(endpoint: E, input: EndpointInput<E>, options?: CallOptions): ApiPromise<EndpointOutput<E>>;
}

/** Creates the transport a vendor package wraps. */
export function createClient(config: TransportConfig): Client {
  const problems = optionIssues(config, 'options', true);
  if (problems.length > 0) {
    const list = problems.map((i) => `\`${i.path.replace(/^options\./, '')}\` ${i.message.replace('Expected', 'must be')}`);
    throw new ConfigurationError(`createClient: ${list.join('; ')}`);
  }
  const baseURL = config.baseURL.replace(/\/+$/, '');
  const { timeout = 30_000, maxRetries = 2, retryDelay = 500, maxRetryDelay = 30_000, logger } = config;
  const redactor = createRedactor(config.secrets);
  for (const s of Object.values(config.auth ?? {}).flat()) redactor.add(...(s?.secrets ?? []));
  const reading: ErrorReading = {
    errorMessage: config.errorMessage,
    retryAfter: config.retryAfter,
    requestIdHeaders: config.requestIdHeaders ?? ['x-request-id', 'request-id', 'x-correlation-id'],
  };
  // Looked up per call, so a fetch patched after construction (test tools, tracing) is honoured.
  const $fetch = createFetch({ fetch: config.fetch ?? ((input, init) => globalThis.fetch(input, init)) });

  const log = (level: keyof Logger, message: string, meta: Record<string, unknown>) => {
    try {
      logger?.[level]?.(redactor.text(message), redactor.value(meta));
    } catch {
      // A failing logger must never fail a call.
    }
  };

  async function run(endpoint: AnyEndpoint, input: Record<string, unknown>, options: CallOptions): Promise<ApiResponse<unknown>> {
    const redact = redactor.with(sensitiveValues(input.body));
    const issues = optionIssues(options, 'options');
    const path = buildPath(endpoint, input.params as Record<string, unknown>, issues);
    const body = endpoint.body ? await check(endpoint.body, input.body, 'body', issues) : undefined;
    const query = endpoint.query ? await check(endpoint.query, input.query, 'query', issues) : undefined;
    if (issues.length > 0) {
      const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      throw new RequestValidationError(
        redact.text(`${endpoint.operation}: invalid input, nothing was sent — ${list}`),
        redact.value(issues),
      );
    }
    const strategies = authFor(endpoint);
    const url = withQuery(baseURL + path, query);
    const callMaxRetries = options.maxRetries ?? maxRetries;
    let attempts = 0;
    let retries = 0;
    let replayed = false;
    for (;;) {
      // Set one by one: names are case-insensitive, so a call's `accept-version` replaces the client's `Accept-Version`.
      const headers = new Headers({ accept: 'application/json' });
      for (const layer of [config.headers, options.headers]) for (const [k, v] of Object.entries(layer ?? {})) headers.set(k, v);
      await applyAuth(strategies, headers, options.signal);
      const attempt: Attempt = {
        method: endpoint.method,
        url,
        headers,
        body: endpoint.contentType === 'multipart' ? toFormData(body as Record<string, unknown>) : body,
        timeout: options.timeout ?? timeout,
        signal: options.signal,
        maxResponseBytes: options.maxResponseBytes ?? config.maxResponseBytes,
      };
      if (options.signal?.aborted) throw Object.assign(new RequestAbortedError('The request was aborted by the caller'), { attempts });
      attempts++;
      const started = Date.now();
      log('debug', `→ [${attempt.method}] ${attempt.url}`, { operation: endpoint.operation, attempt: attempts });
      let error: AcctError;
      let asked: number | undefined;
      try {
        const res = await send($fetch, attempt, redact);
        log('debug', `← [${attempt.method}] ${attempt.url}: ${res.status}`, { status: res.status, ms: Date.now() - started });
        if (endpoint.success.includes(res.status)) {
          const data = await readSuccess(endpoint, attempt, res, redact);
          return { data, status: res.status, headers: res.headers, attempts };
        }
        error = toApiError(attempt, res, reading, redact);
        asked = retryDelayOf(res.headers, reading);
      } catch (e) {
        if (!(e instanceof AcctError)) throw e;
        error = e;
      }
      error.attempts = attempts;
      if (error instanceof ApiError && error.status === 401 && !replayed && (await refreshAuth(strategies, headers))) {
        replayed = true;
        log('info', `${endpoint.operation}: 401, credentials renewed, replaying once`, { attempt: attempts });
        continue;
      }
      if (retries >= callMaxRetries || !isRetryable(error, endpoint.idempotent)) throw error;
      retries++;
      const delay = Math.min(maxRetryDelay, asked ?? backoff(retries, retryDelay, maxRetryDelay));
      log('warn', `${error.message} — retry ${retries} of ${callMaxRetries} in ${Math.round(delay)} ms`, { delay });
      await sleep(delay, options.signal).catch((e: AcctError) => {
        throw Object.assign(e, { attempts });
      });
    }
  }

  function authFor(endpoint: AnyEndpoint): AuthStrategy[] {
    if (endpoint.auth === false || !config.auth) return [];
    const scheme = endpoint.auth ?? 'default';
    const found = config.auth[scheme];
    if (!found) throw new ConfigurationError(`${endpoint.operation} needs "${scheme}" credentials, which this client was not given`);
    return [found].flat();
  }

  async function applyAuth(strategies: AuthStrategy[], headers: Headers, signal?: AbortSignal) {
    if (strategies.length === 0) return;
    const sent = new Headers();
    for (const s of strategies) await s.apply({ headers: sent, signal });
    for (const [name, value] of sent) {
      // Whatever credential a strategy obtained (a fresh token) is redacted from now on.
      redactor.remember(value, value.slice(value.indexOf(' ') + 1));
      headers.set(name, value);
    }
  }

  async function refreshAuth(strategies: AuthStrategy[], sent: Headers): Promise<boolean> {
    let renewed = false;
    for (const s of strategies) if (s.refresh && (await s.refresh(sent))) renewed = true;
    return renewed;
  }

  return {
    baseURL,
    redactor,
    request(endpoint, input, options = {}) {
      const response = run(endpoint, input as Record<string, unknown>, options) as Promise<ApiResponse<never>>;
      const data = response.then((r) => r.data) as ApiPromise<never>;
      data.withResponse = () => {
        // The caller reads `response`; keep `data` from reporting the same failure as unhandled.
        data.catch(() => {});
        return response;
      };
      return data;
    },
  };
}
