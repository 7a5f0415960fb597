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
    const call = endpoint.call as (...args: unknown[]) => never;
    // The options follow the declared arguments; a missing argument stays `undefined` for the schema to judge.
    // The usual arities get their own closure: no rest array and slice per call.
    if (arity === 0) methods[name] = (options?: CallOptions) => client.request(endpoint, call(), options);
    else if (arity === 1) methods[name] = (a: unknown, options?: CallOptions) => client.request(endpoint, call(a), options);
    else if (arity === 2) methods[name] = (a: unknown, b: unknown, options?: CallOptions) => client.request(endpoint, call(a, b), options);
    else methods[name] = (...args: unknown[]) => client.request(endpoint, call(...args.slice(0, arity)), args[arity] as CallOptions);
  }
  return methods as Methods<Endpoints>;
}
