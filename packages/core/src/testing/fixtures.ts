import { type Exchange, exchangesOf, type FixtureRequest, type FixtureResponse } from './exchange';

/** One recorded fixture file, by operation and scenario name, as a vendor's `./testing` exposes it. */
export interface NamedFixture {
  /** The operation (client method) it documents, e.g. `searchUsers`. */
  operation: string;
  /** The scenario name: the file name after the operation, e.g. `401` or `200.retried-after-500`. */
  name: string;
  /** The fixture file in the repository's `contracts/<vendor>/`. */
  file: string;
  /** What the fixture shows. */
  title?: string;
  /** The arguments of the call the fixture recorded: inputs the default mock answers. */
  args?: unknown[];
  /** Its requests and responses, in order. */
  exchanges: Exchange[];
}

/** Fixtures by operation, then by scenario name: `fixtures.searchUsers['401']`. */
export type FixtureIndex = Record<string, Record<string, NamedFixture>>;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Names a parsed fixture file: `search-users.401.json` of `searchUsers` is scenario `401`. */
export function namedFixture(
  file: string,
  fixture: {
    operation: string;
    title?: string;
    args?: unknown[];
    request?: FixtureRequest;
    response?: FixtureResponse;
    exchanges?: Exchange[];
    expect?: { error?: string };
  },
): NamedFixture {
  const stem = file.replace(/\.json$/, '');
  const prefix = `${kebab(fixture.operation)}.`;
  const name = stem.startsWith(prefix) ? stem.slice(prefix.length) : stem;
  const exchanges = exchangesOf(fixture).map((e) => ({ ...e, from: { file, operation: fixture.operation, scenario: name } }));
  return { operation: fixture.operation, name, file, title: fixture.title, args: fixture.args, exchanges };
}

/** Indexes fixtures by operation and scenario name. */
export function indexFixtures(fixtures: readonly NamedFixture[]): FixtureIndex {
  const index: FixtureIndex = {};
  for (const f of fixtures) index[f.operation] = { ...index[f.operation], [f.name]: f };
  return index;
}
