import { callOperation, revive } from '@acct/harness';
import { startFaultServer } from './fault-server';
import { pool } from './pool';
import type { Scenario } from './scenarios';
import { suiteOptions, type Target } from './targets';

/** Everything a suite run observed; the canary check reads `errors` and `logs`. */
export interface Observed {
  errors: unknown[];
  logs: string[];
}

/** The outcome of one scenario on one operation. */
export interface ScenarioResult {
  vendor: string;
  operation: string;
  scenario: string;
  passed: boolean;
  problems: string[];
  ms: number;
}

/** Runs `scenario` against `target` on its own fault server. */
export async function runScenario(
  target: Target,
  scenario: Scenario,
  credentials: Record<string, string>,
  observed?: Observed,
): Promise<ScenarioResult> {
  const want = scenario.expect(target);
  const controller = scenario.abortAfterArrival !== undefined ? new AbortController() : undefined;
  const server = await startFaultServer(target, credentials, (k, res, ok, req, t) => {
    if (controller) setTimeout(() => controller.abort(), scenario.abortAfterArrival);
    scenario.behave(k, res, ok, req, t);
  });
  const logLine = (m: string, meta?: object) => observed?.logs.push(`${m} ${JSON.stringify(meta ?? {})}`);
  const problems: string[] = [];
  const started = performance.now();
  try {
    const client = target.adapter.createClient({
      baseURL: server.url + target.adapter.basePath,
      auth: target.fixture.auth ?? target.adapter.defaultAuth,
      credentials,
      ...suiteOptions,
      timeout: scenario.timeout ?? suiteOptions.timeout,
      logger: { debug: logLine, info: logLine, warn: logLine },
    });
    const args = revive(target.fixture.args) as unknown[];
    const error = await callOperation(target.adapter, client, target.operation, args, controller && { signal: controller.signal }).then(
      () => undefined,
      (e: Error) => e,
    );
    if (error) observed?.errors.push(error);
    const got = error ? error.name : 'success';
    if (got !== (want.error ?? 'success'))
      problems.push(`ended in ${got}${error ? ` (${error.message})` : ''}, expected ${want.error ?? 'success'}`);
    if (server.attempts() !== want.attempts) problems.push(`${server.attempts()} attempts reached the server, expected ${want.attempts}`);
    if (want.logins !== undefined && server.auxRequests() !== want.logins)
      problems.push(`${server.auxRequests()} logins, expected ${want.logins}`);
  } finally {
    await server.close();
  }
  const ms = Math.round(performance.now() - started);
  if (ms > want.boundMs) problems.push(`settled in ${ms} ms, bound ${want.boundMs} ms`);
  return { vendor: target.vendor, operation: target.operation, scenario: scenario.name, passed: problems.length === 0, problems, ms };
}

/** Runs every applicable scenario on every target, `concurrency` at a time. */
export function runMatrix(
  targets: Target[],
  scenarios: Scenario[],
  credentials: (t: Target) => Record<string, string>,
  observed?: Observed,
  concurrency = 16,
): Promise<ScenarioResult[]> {
  const jobs = targets.flatMap((t) => scenarios.filter((s) => s.applies(t)).map((s) => () => runScenario(t, s, credentials(t), observed)));
  return pool(jobs, concurrency);
}
