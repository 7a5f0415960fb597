import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type Exchange, exchangesOf, type FixtureRequest, type FixtureResponse } from '@acct/core/testing';

export { fill, responseParts } from '@acct/core/testing';
export type { Exchange, FixtureRequest, FixtureResponse };

/** One recorded or documented interaction of an operation. */
export interface Fixture {
  operation: string;
  /** Where the data comes from: the vendor's documentation or a recording of the real API. */
  source: 'docs' | 'recorded';
  /** What this fixture shows. */
  title: string;
  /** The vendor doc the data comes from. */
  docs?: string;
  /** Which credentials the adapter sets up (e.g. `token`, `password`); adapter default when absent. */
  auth?: string;
  /** Arguments of the call, JSON; `{"$bytes": "<base64>"}` becomes a Uint8Array, `{"$date": iso}` a Date. */
  args: unknown[];
  /** Single exchange shorthand. */
  request?: FixtureRequest;
  response?: FixtureResponse;
  /** Several exchanges in order (a login then the call, a 401 then a refresh and a replay). */
  exchanges?: Exchange[];
  /** Retries the client may make (default 0, so each exchange is one request). */
  retries?: number;
  /**
   * The outcome: `result` (deep-equal), `void` (resolves to undefined), or `error` (class name) with
   * `status` / `messageIncludes`. Default: the result equals the last response body.
   */
  expect?: { result?: unknown; void?: boolean; error?: string; status?: number; messageIncludes?: string };
  /** Free text: what is invented or inferred, where the data differs from the doc. */
  note?: string;
}

/** A fixture with its file name and its exchanges normalised. */
export interface LoadedFixture extends Fixture {
  file: string;
  exchanges: Exchange[];
}

/** Reads every `*.json` fixture of a vendor folder, sorted by file name. */
export function loadFixtures(dir: string): LoadedFixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const fixture = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture;
      const problems = checkFixture(fixture);
      if (problems.length) throw new Error(`${dir}/${file}: ${problems.join('; ')}`);
      return { ...fixture, file, exchanges: exchangesOf(fixture) };
    });
}

function checkFixture(f: Fixture): string[] {
  const problems: string[] = [];
  if (typeof f.operation !== 'string') problems.push('`operation` is required');
  if (f.source !== 'docs' && f.source !== 'recorded') problems.push('`source` must be "docs" or "recorded"');
  if (!Array.isArray(f.args)) problems.push('`args` must be an array');
  if (!f.exchanges && !(f.request && f.response)) problems.push('needs `request` + `response` or `exchanges`');
  return problems;
}

/** Turns JSON arguments into call arguments: `{"$bytes"}` → Uint8Array, `{"$date"}` → Date. */
export function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.$bytes === 'string') return new Uint8Array(Buffer.from(o.$bytes, 'base64'));
    if (typeof o.$date === 'string') return new Date(o.$date);
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}
