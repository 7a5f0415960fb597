import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { callOperation, createRecorder, revive, startReplay } from '@acct/harness';
import { runMatrix } from './faults';
import type { Scenario } from './scenarios';
import type { Target, Vendor } from './targets';

/** A unique, recognisable value for every credential of a vendor. */
export function canaries(vendor: Vendor): Record<string, string> {
  return Object.fromEntries(Object.keys(vendor.adapter.credentials).map((name) => [name, `cnry${name}${randomBytes(6).toString('hex')}`]));
}

/** Every rendering of an error a user or a log pipeline could see. */
export function renderings(error: unknown): string {
  const e = error as Error;
  return [e?.message, e?.stack, String(e), JSON.stringify(e), inspect(e, { depth: Number.POSITIVE_INFINITY, showHidden: true })].join('\n');
}

/** What the canary check looked at and found. */
export interface CanaryResult {
  vendor: string;
  errors: number;
  logLines: number;
  fixtures: number;
  hits: string[];
}

/**
 * Runs the whole fault matrix with canary credentials and the logger at debug, records one session
 * per operation with the recorder, and searches every error rendering, log line and fixture for a canary.
 */
export async function canaryCheck(vendor: Vendor, scenarios: Scenario[]): Promise<CanaryResult> {
  const secrets = canaries(vendor);
  const observed = { errors: [] as unknown[], logs: [] as string[] };
  await runMatrix(vendor.targets, scenarios, () => secrets, observed);
  const fixtures = await Promise.all(vendor.targets.map((t) => recordSession(t, secrets)));
  const hits: string[] = [];
  const scan = (where: string, text: string) => {
    for (const [name, value] of Object.entries(secrets))
      if (text.includes(value))
        hits.push(`${name} in ${where}: …${text.slice(Math.max(0, text.indexOf(value) - 60), text.indexOf(value))}`);
  };
  for (const [i, e] of observed.errors.entries()) scan(`error ${i} (${(e as Error).name})`, renderings(e));
  for (const [i, line] of observed.logs.entries()) scan(`log line ${i}`, line);
  for (const [i, f] of fixtures.entries()) scan(`recorded fixture ${vendor.targets[i]!.operation}`, f);
  return { vendor: vendor.name, errors: observed.errors.length, logLines: observed.logs.length, fixtures: fixtures.length, hits };
}

/** Records one call (login included) against a replay of its fixture, with canary credentials. */
async function recordSession(target: Target, secrets: Record<string, string>): Promise<string> {
  const server = await startReplay([{ exchanges: target.fixture.exchanges, credentials: secrets }], 'sequence');
  try {
    const recorder = createRecorder({ credentials: secrets });
    const client = target.adapter.createClient({
      baseURL: server.url + target.adapter.basePath,
      auth: target.fixture.auth ?? target.adapter.defaultAuth,
      credentials: secrets,
      fetch: recorder.fetch,
      maxRetries: 0,
      retryDelay: 0,
      maxRetryDelay: 0,
    });
    await callOperation(target.adapter, client, target.operation, revive(target.fixture.args) as unknown[]);
    if (server.problems.length) throw new Error(`replay problems: ${server.problems.join('; ')}`);
    return JSON.stringify(recorder.toFixture({ operation: target.operation, title: 'canary', args: target.fixture.args }));
  } finally {
    await server.close();
  }
}
