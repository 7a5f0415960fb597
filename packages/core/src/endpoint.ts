/**
 * One declaration per vendor operation. It gives the method its types, its input checks, its URL,
 * how its response is read, and the key of its contract fixtures.
 */

/** Any schema that implements Standard Schema v1 (valibot does). */
export interface Schema<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => SchemaResult<Output> | Promise<SchemaResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/** What a Standard Schema `validate` returns. */
export type SchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | {
      readonly issues: ReadonlyArray<{
        readonly message: string;
        readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
      }>;
    };

/** The type a schema accepts. */
export type InputOf<S> = S extends Schema<infer I, unknown> ? I : never;
/** The type a schema produces. */
export type OutputOf<S> = S extends Schema<unknown, infer O> ? O : never;

/** HTTP methods the vendors use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** How the request body is encoded. */
export type ContentType = 'json' | 'multipart' | 'none';

/** Names of the `{param}` placeholders of a path template. */
export type PathParams<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParams<Rest> : never;

/** The declaration a vendor package writes for one operation. */
export interface EndpointConfig<
  Path extends string = string,
  Body extends Schema | undefined = Schema | undefined,
  Query extends Schema | undefined = Schema | undefined,
  Response extends Schema | undefined = Schema | undefined,
> {
  /** The vendor's operation name, e.g. `searchUsers`; the key of its contract fixtures. */
  operation: string;
  method: HttpMethod;
  /** Path under the base URL, with `{name}` placeholders: `/users/{user_identifier}/update`. */
  path: Path;
  body?: Body;
  query?: Query;
  /** Schema of a success body; without one the call resolves to `undefined`. */
  response?: Response;
  /** Statuses the vendor documents as success (default `[200]`); some use 201, 202, 204 or 410. */
  success?: readonly number[];
  /** Safe to send twice: retried on connection errors, timeouts, 408/429/5xx; otherwise only on 429/503. */
  idempotent: boolean;
  /** Body encoding (default `json` when a body schema is given, else `none`). */
  contentType?: ContentType;
  /** Which credentials the operation sends: a key of the client's `auth` map (default `default`), or `false`. */
  auth?: string | false;
  /** One line from the vendor's doc. */
  summary: string;
  /** Link to the vendor's doc for this operation. */
  docs: string;
}

/** A declared operation; `route` is `"POST /users/search"`. */
export interface Endpoint<
  Path extends string = string,
  Body extends Schema | undefined = Schema | undefined,
  Query extends Schema | undefined = Schema | undefined,
  Response extends Schema | undefined = Schema | undefined,
> extends EndpointConfig<Path, Body, Query, Response> {
  readonly success: readonly number[];
  readonly contentType: ContentType;
  readonly route: string;
  readonly params: readonly PathParams<Path>[];
}

// biome-ignore lint/suspicious/noExplicitAny: the widest endpoint, for generic constraints
export type AnyEndpoint = Endpoint<string, any, any, any>;

type Parts<E> = E extends Endpoint<infer P, infer B, infer Q, infer R> ? { path: P; body: B; query: Q; response: R } : never;

type ParamsInput<E extends AnyEndpoint> = [PathParams<Parts<E>['path']>] extends [never]
  ? { params?: undefined }
  : { params: Record<PathParams<Parts<E>['path']>, string | number> };
type BodyInput<E extends AnyEndpoint> = Parts<E>['body'] extends Schema ? { body: InputOf<Parts<E>['body']> } : { body?: undefined };
type QueryInput<E extends AnyEndpoint> = Parts<E>['query'] extends Schema ? { query?: InputOf<Parts<E>['query']> } : { query?: undefined };

/** What a call of this endpoint takes: `params` for the path, `body`, `query`. */
export type EndpointInput<E extends AnyEndpoint> = ParamsInput<E> & BodyInput<E> & QueryInput<E>;

/** What a call of this endpoint resolves to. */
export type EndpointOutput<E extends AnyEndpoint> = Parts<E>['response'] extends Schema ? OutputOf<Parts<E>['response']> : undefined;

/** Declares one vendor operation. */
export function defineEndpoint<
  const Path extends string,
  Body extends Schema | undefined = undefined,
  Query extends Schema | undefined = undefined,
  Response extends Schema | undefined = undefined,
>(config: EndpointConfig<Path, Body, Query, Response>): Endpoint<Path, Body, Query, Response> {
  const params = [...config.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]) as PathParams<Path>[];
  return {
    ...config,
    success: config.success ?? [200],
    contentType: config.contentType ?? (config.body ? 'json' : 'none'),
    route: `${config.method} ${config.path}`,
    params,
  };
}
