import { join } from 'node:path';
import { adapters } from '@acct/contracts/adapters';
import { type Adapter, type EndpointKey, type Exchange, type LoadedFixture, loadFixtures, revive, routePattern } from '@acct/harness';

/** One operation of one vendor, with a success fixture to play. */
export interface Target {
  vendor: string;
  adapter: Adapter<unknown>;
  operation: string;
  endpoint: EndpointKey;
  fixture: LoadedFixture;
  /** The exchange of the operation itself. */
  main: Exchange;
  /** The other exchanges of the fixture (a login). */
  aux: Exchange[];
}

/** A vendor and its operations. */
export interface Vendor {
  name: string;
  adapter: Adapter<unknown>;
  targets: Target[];
}

const contracts = join(import.meta.dirname, '../../contracts');

/** Every landed vendor (one with an adapter and fixtures) and, per operation, its first success fixture with one call. */
export async function loadVendors(only?: string[]): Promise<Vendor[]> {
  const vendors: Vendor[] = [];
  for (const [name, load] of Object.entries(adapters)) {
    if (only && !only.includes(name)) continue;
    const adapter = (await load().catch(() => undefined))?.default;
    if (!adapter) continue;
    const fixtures = loadFixtures(join(contracts, name));
    const targets: Target[] = [];
    for (const [operation, endpoint] of Object.entries(adapter.endpoints)) {
      const route = routePattern(adapter.basePath, endpoint.path);
      const isMain = (e: Exchange) => e.request.method === endpoint.method && route.test(e.request.path);
      const fixture = fixtures.find(
        (f) =>
          f.operation === operation &&
          !f.expect?.error &&
          f.exchanges.filter(isMain).length === 1 &&
          endpoint.success.includes(f.exchanges.find(isMain)!.response.status),
      );
      if (!fixture) continue;
      targets.push({
        vendor: name,
        adapter,
        operation,
        endpoint,
        fixture,
        main: fixture.exchanges.find(isMain)!,
        aux: fixture.exchanges.filter((e) => !isMain(e)),
      });
    }
    vendors.push({ name, adapter, targets });
  }
  return vendors;
}

type Repeat = { repeat?: 'never' | ((input: object) => 'never' | undefined); call?: (...args: unknown[]) => object };

/** Whether the target's call (its fixture's arguments) is declared never to be sent twice (a password change). */
export function neverRepeated(t: Target): boolean {
  const endpoint = t.endpoint as Target['endpoint'] & Repeat;
  if (typeof endpoint.repeat !== 'function') return endpoint.repeat === 'never';
  return endpoint.repeat(endpoint.call ? endpoint.call(...(revive(t.fixture.args) as unknown[])) : {}) === 'never';
}

/** Whether a failure after the request may have reached the server lets the target go again: idempotent and not never-repeated. */
export function retriedAfterSending(t: Target): boolean {
  return t.endpoint.idempotent && !neverRepeated(t);
}

/** Client options for the suite: fast backoff, a cap that still honours a 1 s Retry-After. */
export const suiteOptions = { maxRetries: 2, retryDelay: 5, maxRetryDelay: 2_000, timeout: 1_000 };
