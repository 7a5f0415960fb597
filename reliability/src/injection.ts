import { callOperation, compare, respond, revive, startServer } from '@acct/harness';
import { suiteOptions, type Target } from './targets';

/** Values that try to leave their path segment. */
export const HOSTILE = [
  '../admin',
  'a/b',
  '?x=1',
  '#f',
  '%2e%2e',
  'a b c',
  ' padded ',
  'ünïcødé 🚀',
  '',
  '.',
  '..',
  '..%2F..%2Fadmin',
  'a\\b',
];

/** One hostile value in one path parameter. */
export interface InjectionCase {
  vendor: string;
  operation: string;
  param: string;
  value: string;
  outcome: 'rejected' | 'encoded' | 'FAILED';
  detail: string;
}

/** Replaces the first string equal to `from` (deep) with `to`. */
function replaceDeep(value: unknown, from: string, to: string, done = { hit: false }): unknown {
  if (done.hit) return value;
  if (value === from) {
    done.hit = true;
    return to;
  }
  if (Array.isArray(value)) return value.map((v) => replaceDeep(v, from, to, done));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceDeep(v, from, to, done)]));
  }
  return value;
}

/** Every hostile value in every path parameter of `target`: refused before sending, or seen by the server inside its one segment. */
export async function injectPaths(target: Target): Promise<InjectionCase[]> {
  const template = (target.adapter.basePath + target.endpoint.path).split('/');
  const wire = target.main.request.path.split('/');
  const params = template.flatMap((seg, i) =>
    /^\{.+\}$/.test(seg) ? [{ name: seg.slice(1, -1), index: i, value: decodeURIComponent(wire[i]!) }] : [],
  );
  if (params.length === 0) return [];
  const { credentials } = target.adapter;
  const last: { path?: string[] } = {};
  const server = await startServer(async (req, res) => {
    for (const e of target.aux)
      if ((await compare(e.request, req, { credentials })).length === 0) return respond(res, e.response, credentials);
    last.path = req.path.split('/');
    respond(res, target.main.response, credentials);
  });
  const client = target.adapter.createClient({
    baseURL: server.url + target.adapter.basePath,
    auth: target.fixture.auth ?? target.adapter.defaultAuth,
    credentials,
    ...suiteOptions,
    maxRetries: 0,
  });
  const cases: InjectionCase[] = [];
  try {
    for (const param of params) {
      for (const value of HOSTILE) {
        last.path = undefined;
        const args = replaceDeep(revive(target.fixture.args), param.value, value) as unknown[];
        const error = await callOperation(target.adapter, client, target.operation, args).then(
          () => undefined,
          (e: Error) => e,
        );
        const base = { vendor: target.vendor, operation: target.operation, param: param.name, value };
        // Set by the server handler during the call (TypeScript cannot see that).
        const seen = last.path as string[] | undefined;
        if (error?.name === 'RequestValidationError' && !seen) cases.push({ ...base, outcome: 'rejected', detail: error.message });
        else if (!error && seen && seen.length === template.length && decodeURIComponent(seen[param.index]!) === value) {
          cases.push({ ...base, outcome: 'encoded', detail: seen.join('/') });
        } else
          cases.push({ ...base, outcome: 'FAILED', detail: `${error?.name ?? 'success'}; server saw ${seen?.join('/') ?? 'nothing'}` });
      }
    }
  } finally {
    await server.close();
  }
  return cases;
}
