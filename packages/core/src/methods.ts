import type { ApiPromise, CallOptions, Client } from './client';
import type { AnyEndpoint, EndpointOutput } from './endpoint';

/** The client method an endpoint declares: its `call` arguments, then the call's options. */
export type Method<E extends AnyEndpoint> = (...args: [...Parameters<E['call']>, options?: CallOptions]) => ApiPromise<EndpointOutput<E>>;

/** One method per endpoint, named by its key: what a vendor client exposes. */
export type Methods<Endpoints extends Record<string, AnyEndpoint>> = { [K in keyof Endpoints]: Method<Endpoints[K]> };

/**
 * Builds the client's methods from the endpoint declarations, so an operation is declared once:
 * its endpoint file gives the method's arguments, types, docs and checks.
 */
export function bindMethods<Endpoints extends Record<string, AnyEndpoint>>(client: Client, endpoints: Endpoints): Methods<Endpoints> {
  const methods: Record<string, unknown> = {};
  for (const [name, endpoint] of Object.entries(endpoints)) {
    const arity = endpoint.call.length;
    // The options follow the declared arguments; a missing argument stays `undefined` for the schema to judge.
    methods[name] = (...args: unknown[]) =>
      client.request(endpoint, endpoint.call(...args.slice(0, arity)) as never, args[arity] as CallOptions);
  }
  return methods as Methods<Endpoints>;
}
