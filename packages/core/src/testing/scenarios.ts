import { ConfigurationError } from '../errors';
import type { FixtureResponse } from './exchange';
import type { NamedFixture } from './fixtures';
import { fixedSegments, onRoute, type Route, routeKey, routeOf } from './route';

/** What `use()` accepts: a scenario name, an inline response, or a sequence of them (the last one repeats). */
export type ScenarioChoice = string | FixtureResponse | readonly (string | FixtureResponse)[];

/** Chosen responses per operation, shared by a mock server, a mock fetch and msw handlers. */
export interface Scenarios {
  /** Answers the operation's requests (method + path, any body) with the chosen scenario(s) until `reset()`. */
  use(operation: string, choice: ScenarioChoice): void;
  /** Back to the defaults (each request answered by the fixture it matches, successes first); one operation or all. */
  reset(operation?: string): void;
  /** The chosen response for this request, if a scenario covers it (advances a sequence). */
  answer(method: string, path: string, prefix?: string): FixtureResponse | undefined;
  /** The route of every operation, by name. */
  readonly routes: ReadonlyMap<string, Route>;
}

/**
 * An operation's route: the one present in every fixture of the operation (a login exchange in one
 * of them does not count), the last such exchange's when several are.
 */
function operationRoutes(fixtures: readonly NamedFixture[]): Map<string, Route> {
  const byOp = new Map<string, NamedFixture[]>();
  for (const f of fixtures) byOp.set(f.operation, [...(byOp.get(f.operation) ?? []), f]);
  const routes = new Map<string, Route>();
  for (const [op, list] of byOp) {
    const sets = list.map((f) => new Map(f.exchanges.map((e) => [routeKey(routeOf(e.request, f.args)), routeOf(e.request, f.args)])));
    const common = [...sets.at(-1)!.entries()].filter(([key]) => sets.every((s) => s.has(key)));
    const last = common.at(-1) ?? [...sets.at(-1)!.entries()].at(-1)!;
    routes.set(op, last[1]);
  }
  return routes;
}

/** Creates the scenario state for a vendor's fixtures. */
export function createScenarios(fixtures: readonly NamedFixture[]): Scenarios {
  const routes = operationRoutes(fixtures);
  const active = new Map<string, { steps: FixtureResponse[]; next: number; order: number }>();
  let order = 0;

  // A named fixture contributes the responses it records for the operation's own route, repeats collapsed:
  // `500` (a 500 the client retried into another 500) is one 500; `200.retried-after-500` is 500 then 200.
  const stepsOf = (operation: string, name: string): FixtureResponse[] => {
    const fixture = fixtures.find((f) => f.operation === operation && f.name === name);
    if (!fixture) {
      const names = fixtures.filter((f) => f.operation === operation).map((f) => `'${f.name}'`);
      throw new ConfigurationError(`mock.use: ${operation} has no scenario '${name}' (it has ${names.join(', ')})`);
    }
    const key = routeKey(routes.get(operation)!);
    const steps: FixtureResponse[] = [];
    for (const e of fixture.exchanges) {
      if (routeKey(routeOf(e.request, fixture.args)) !== key) continue;
      if (JSON.stringify(steps.at(-1)) !== JSON.stringify(e.response)) steps.push(e.response);
    }
    return steps;
  };

  return {
    routes,
    use(operation, choice) {
      if (!routes.has(operation))
        throw new ConfigurationError(`mock.use: no operation ${operation} (known: ${[...routes.keys()].join(', ')})`);
      const list = (Array.isArray(choice) ? choice : [choice]) as (string | FixtureResponse)[];
      if (list.length === 0) throw new ConfigurationError('mock.use: an empty sequence');
      const steps = list.flatMap((c) => {
        if (typeof c === 'string') return stepsOf(operation, c);
        if (!c || typeof c !== 'object' || !Number.isInteger(c.status))
          throw new ConfigurationError('mock.use: an inline response needs an integer `status`');
        return [c];
      });
      active.set(operation, { steps, next: 0, order: order++ });
    },
    reset(operation) {
      if (operation === undefined) active.clear();
      else active.delete(operation);
    },
    answer(method, path, prefix = '') {
      let best: { op: string; fixed: number; order: number } | undefined;
      for (const [op, state] of active) {
        const route = routes.get(op)!;
        if (!onRoute(route, method, path, prefix)) continue;
        const fixed = fixedSegments(route);
        if (!best || fixed > best.fixed || (fixed === best.fixed && state.order > best.order)) best = { op, fixed, order: state.order };
      }
      if (!best) return undefined;
      // A request on a more specific route of another operation (`/accounts/me` vs `/accounts/:id`) is that operation's.
      for (const route of routes.values()) if (onRoute(route, method, path, prefix) && fixedSegments(route) > best.fixed) return undefined;
      const state = active.get(best.op)!;
      const step = state.steps[Math.min(state.next, state.steps.length - 1)];
      state.next++;
      return step;
    },
  };
}
