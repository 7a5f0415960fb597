/** Core client options the harness passes through to a vendor client. */
export interface HarnessClientOptions {
  baseURL: string;
  maxRetries: number;
  retryDelay: number;
  maxRetryDelay: number;
  fetch?: typeof globalThis.fetch;
}

/** An endpoint declaration, as far as the harness needs it. */
export interface EndpointKey {
  operation: string;
  method: string;
  path: string;
  success: readonly number[];
}

/** How the harness drives one vendor package: one `adapter.ts` per `contracts/<vendor>/`. */
export interface Adapter<C = unknown> {
  vendor: string;
  /** The path the vendor's base URL adds to its host (`/api/v0-1`), `''` when none. */
  basePath: string;
  /** The package's endpoint declarations; fixtures are keyed by their `operation`. */
  endpoints: Record<string, EndpointKey>;
  /** Fake credential values filling the fixtures' `{{placeholders}}` (never real ones). */
  credentials: Record<string, string>;
  /** The vendor's real base URL when it has a single host (recording default). */
  realBaseURL?: string;
  /** Name → environment variable holding a real value (`baseURL` and each credential), for the recorder and the examples. */
  env: Record<string, string>;
  /** The auth mode used when a fixture names none. */
  defaultAuth: string;
  /** Builds a client for an auth mode (`token`, `password`…) from credentials. */
  createClient(options: HarnessClientOptions & { auth: string; credentials: Record<string, string> }): C;
  /** Calls an operation; default `client[operation](...args)`. */
  call?(client: C, operation: string, args: unknown[]): Promise<unknown>;
}

/** Declares a vendor adapter (identity, for types). */
export function defineAdapter<C>(adapter: Adapter<C>): Adapter<C> {
  return adapter;
}

/** Calls the operation through the adapter. */
export function callOperation<C>(adapter: Adapter<C>, client: C, operation: string, args: unknown[]): Promise<unknown> {
  if (adapter.call) return adapter.call(client, operation, args);
  const method = (client as Record<string, unknown>)[operation];
  if (typeof method !== 'function') throw new Error(`${adapter.vendor}: the client has no method ${operation}`);
  return method.apply(client, args);
}

/** A regex matching the wire paths of an endpoint's path template (`{param}` = one segment). */
export function routePattern(basePath: string, path: string): RegExp {
  const parts = (basePath + path).split(/\{[^}]+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^/]+')}$`);
}
