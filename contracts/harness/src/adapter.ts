/** Core client options the harness passes through to a vendor client. */
export interface HarnessClientOptions {
  baseURL: string;
  maxRetries: number;
  retryDelay: number;
  maxRetryDelay: number;
  timeout?: number;
  fetch?: typeof globalThis.fetch;
  logger?: { debug?(m: string, meta?: object): void; info?(m: string, meta?: object): void; warn?(m: string, meta?: object): void };
}

/** An endpoint declaration, as far as the harness needs it. */
export interface EndpointKey {
  operation: string;
  method: string;
  path: string;
  success: readonly number[];
  idempotent: boolean;
  /** Present when the operation returns a body (its schema). */
  response?: { '~standard': { validate(value: unknown): unknown } };
  /** The credential scheme, `false` for a login. */
  auth?: string | false;
}

/** How the harness drives one vendor package: one `adapter.ts` per `contracts/<vendor>/`. */
export interface Adapter<C = unknown> {
  vendor: string;
  /** The path the vendor's base URL adds to its host (`/api/v0-1`), `''` when none. */
  basePath: string;
  /** The package's endpoint declarations; fixtures are keyed by their `operation`. */
  endpoints: Record<string, EndpointKey>;
  /** Client methods that are not endpoints themselves, → the endpoint they call (`searchUsersAll` → `searchUsers`). */
  aliases?: Record<string, string>;
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
  /** Calls an operation, with call options (`{ signal }`) when given; default `client[operation](...args, options?)`. */
  call?(client: C, operation: string, args: unknown[], options?: { signal?: AbortSignal }): Promise<unknown>;
}

/** Declares a vendor adapter (identity, for types). */
export function defineAdapter<C>(adapter: Adapter<C>): Adapter<C> {
  return adapter;
}

/** Calls the operation through the adapter; call options, when given, go last. */
export function callOperation<C>(
  adapter: Adapter<C>,
  client: C,
  operation: string,
  args: unknown[],
  options?: { signal?: AbortSignal },
): Promise<unknown> {
  if (adapter.call) return adapter.call(client, operation, args, options);
  const method = (client as Record<string, unknown>)[operation];
  if (typeof method !== 'function') throw new Error(`${adapter.vendor}: the client has no method ${operation}`);
  return method.apply(client, options ? [...args, options] : args);
}

/** The endpoint an operation (or an alias such as `searchUsersAll`) is keyed to. */
export function endpointOf<C>(adapter: Adapter<C>, operation: string): EndpointKey | undefined {
  return adapter.endpoints[operation] ?? adapter.endpoints[adapter.aliases?.[operation] ?? ''];
}

/** A regex matching the wire paths of an endpoint's path template (`{param}` = one segment). */
export function routePattern(basePath: string, path: string): RegExp {
  const parts = (basePath + path).split(/\{[^}]+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^/]+')}$`);
}
