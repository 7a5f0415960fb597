/**
 * One declaration per vendor operation. It gives the method its types, its input checks, its URL,
 * how its response is read, and the key of its contract fixtures.
 */

/** Any schema that implements Standard Schema v1 (valibot does). */
export interface Schema<Input = unknown, Output = Input> {
  /** The Standard Schema v1 interface (https://standardschema.dev). */
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
  /** The HTTP method. */
  method: HttpMethod;
  /** Path under the base URL, with `{name}` placeholders: `/users/{user_identifier}/update`. */
  path: Path;
  /** Schema of the request body (strict: unknown keys are refused). */
  body?: Body;
  /** Schema of the query string. */
  query?: Query;
  /** Schema of a success body; without one the call resolves to `undefined`. */
  response?: Response;
  /** Statuses the vendor documents as success (default `[200]`); some use 201, 202, 204 or 410. Any other 2xx is read as success too. */
  success?: readonly number[];
  /** Safe to send twice: retried on connection errors, timeouts, 408/429/5xx; otherwise only on 429/503. */
  idempotent: boolean;
  /**
   * What a repeat means beyond `idempotent`. `'never'`: a non-repeatable write (a password change, a
   * one-time token) — never sent again once it may have reached the server; only a refused
   * connection, a DNS failure or a 429 lets it go again. A function decides per call from its input
   * (Mention's `updateAccount` is a password change only when the body has `new_password`).
   */
  repeat?: 'never' | ((input: { params?: unknown; body?: unknown; query?: unknown }) => 'never' | undefined) | undefined;
  /**
   * For a delete: a response that means "already gone". On a retry (an earlier attempt may have been
   * applied and its response lost) such a response resolves as success; on the first attempt it is
   * the usual error. Statuses (`[404]`) or a predicate over the status and parsed body.
   */
  gone?: readonly number[] | ((res: { status: number; body: unknown }) => boolean) | undefined;
  /** Body encoding (default `json` when a body schema is given, else `none`). */
  contentType?: ContentType;
  /** Which credentials the operation sends: a key of the client's `auth` map (default `default`), or `false`. */
  auth?: string | false;
  /** One line from the vendor's doc. */
  summary: string;
  /** Link to the vendor's doc for this operation. */
  docs: string;
}

/**
 * How a client method's positional arguments become the call's input: `(id: string, body: Body) =>
 * ({ params: { id }, body })`. Its parameter names and types are the method's; no default values
 * (the options argument follows its last declared parameter).
 */
// biome-ignore lint/suspicious/noExplicitAny: any argument list; the endpoint's input checks the result
export type CallMapper = (...args: any[]) => object;

/** A declared operation; `route` is `"POST /users/search"`. */
export interface Endpoint<
  Path extends string = string,
  Body extends Schema | undefined = Schema | undefined,
  Query extends Schema | undefined = Schema | undefined,
  Response extends Schema | undefined = Schema | undefined,
> extends EndpointConfig<Path, Body, Query, Response> {
  /** Statuses read as success. */
  readonly success: readonly number[];
  /** How the body is encoded. */
  readonly contentType: ContentType;
  /** `"POST /users/search"`: method and path template. */
  readonly route: string;
  /** The path template's placeholder names. */
  readonly params: readonly PathParams<Path>[];
  /** Builds the input from the method's arguments (default: `(body) => ({ body })`, or `() => ({})`). */
  readonly call: CallMapper;
}

// biome-ignore lint/suspicious/noExplicitAny: the widest endpoint, for generic constraints
export type AnyEndpoint = Endpoint<string, any, any, any>;

type Parts<E> = E extends Endpoint<infer P, infer B, infer Q, infer R> ? { path: P; body: B; query: Q; response: R } : never;

/** The input of an operation with this path and these schemas: `params` for the path, `body`, `query`. */
export type InputFor<Path extends string, Body, Query> = ([PathParams<Path>] extends [never]
  ? { params?: undefined }
  : { params: Record<PathParams<Path>, string | number> }) &
  (Body extends Schema ? { body: InputOf<Body> } : { body?: undefined }) &
  (Query extends Schema ? { query?: InputOf<Query> } : { query?: undefined });

/** What a call of this endpoint takes: `params` for the path, `body`, `query`. */
export type EndpointInput<E extends AnyEndpoint> = InputFor<Parts<E>['path'], Parts<E>['body'], Parts<E>['query']>;

/** What a call of this endpoint resolves to. */
export type EndpointOutput<E extends AnyEndpoint> = Parts<E>['response'] extends Schema ? OutputOf<Parts<E>['response']> : undefined;

const bodyOnly = (body: unknown) => ({ body });
const noInput = () => ({});

/**
 * Declares one vendor operation. With `call`, the declaration also gives the client method its
 * positional arguments: `call: (userIdentifier: string, body: UpdateUserRequest) => ({ params: {
 * user_identifier: userIdentifier }, body })`.
 */
export function defineEndpoint<
  const Path extends string,
  Body extends Schema | undefined = undefined,
  Query extends Schema | undefined = undefined,
  Response extends Schema | undefined = undefined,
  // biome-ignore lint/suspicious/noExplicitAny: any argument list, checked against the endpoint's input
  Call extends ((...args: any[]) => InputFor<Path, Body, Query>) | undefined = undefined,
>(
  config: EndpointConfig<Path, Body, Query, Response> & { call?: Call },
): Endpoint<Path, Body, Query, Response> & { readonly call: Call extends CallMapper ? Call : DefaultCall<Body> } {
  const params = [...config.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]) as PathParams<Path>[];
  const call = (config.call ?? (config.body ? bodyOnly : noInput)) as CallMapper;
  // Upper-cased as ofetch did: fetch normalises `get` or `post` but sends `patch` as it is.
  const method = config.method.toUpperCase() as HttpMethod;
  return {
    ...config,
    method,
    success: config.success ?? [200],
    contentType: config.contentType ?? (config.body ? 'json' : 'none'),
    route: `${method} ${config.path}`,
    params,
    call,
  } as unknown as Endpoint<Path, Body, Query, Response> & { readonly call: Call extends CallMapper ? Call : DefaultCall<Body> };
}

/** The arguments of a method without a `call`: its body (optional when the schema accepts `undefined`), or none. */
export type DefaultCall<Body> = Body extends Schema
  ? undefined extends InputOf<Body>
    ? (body?: InputOf<Body>) => { body: InputOf<Body> }
    : (body: InputOf<Body>) => { body: InputOf<Body> }
  : () => object;
