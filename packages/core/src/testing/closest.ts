import type { Exchange } from './exchange';
import { type MockRequest, matchRequest } from './match';

/** The fixture request nearest to one that matched none, and how they differ. */
export interface Closest {
  exchange: Exchange;
  differences: string[];
}

// A different path weighs more than any number of header or body differences, a different method
// more than those too; among different paths, the one sharing more segments is nearer.
function distance(differences: string[], expected: string, got: string): number {
  let d = differences.length;
  if (differences.some((x) => x.startsWith('path '))) {
    const a = expected.split('/');
    const b = got.split('/');
    d += 100 - a.filter((s, i) => s === b[i]).length - (a.length === b.length ? 1 : 0);
  }
  if (differences.some((x) => x.startsWith('method '))) d += 50;
  return d;
}

/** Finds the exchange whose request comes closest to `req`. */
export async function closestExchange(
  exchanges: readonly Exchange[],
  req: MockRequest,
  credentials: Record<string, string> | undefined,
  prefix: string,
  /** Operations whose route the request is on: their fixtures come first among equals. */
  operations: readonly string[] = [],
): Promise<Closest | undefined> {
  let best: (Closest & { d: number }) | undefined;
  for (const exchange of exchanges) {
    const differences = await matchRequest(exchange.request, req, credentials, prefix);
    const own = exchange.from && operations.includes(exchange.from.operation);
    const d = distance(differences, prefix + exchange.request.path, req.path) + (own ? 0 : 0.5);
    if (!best || d < best.d) best = { exchange, differences, d };
  }
  return best && { exchange: best.exchange, differences: best.differences };
}

/** The 599 body's message: what arrived, the closest fixture, what differs and how to get a response anyway. */
export function mismatchMessage(req: MockRequest, closest: Closest | undefined): string {
  const head = `mock: no fixture matches ${req.method} ${req.path}`;
  if (!closest) return `${head} (this mock has no fixtures)`;
  const { from, request } = closest.exchange;
  const name = from ? `${from.file} (${from.operation} '${from.scenario}')` : `${request.method} ${request.path}`;
  const differences = closest.differences.map((d) => (d.length > 240 ? `${d.slice(0, 240)}…` : d)).join('; ');
  const hint = from
    ? `; send the fixture's inputs (fixtures.${from.operation}['${from.scenario}'].args) or choose a response with mock.use('${from.operation}', …)`
    : '';
  return `${head}; closest fixture: ${name}, which differs in: ${differences}${hint}`;
}
