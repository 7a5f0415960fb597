/**
 * Issue 12's input matrix over every vendor: out-of-range options, credential and header values
 * fetch cannot send, and a login that returns such a token. Each must be a typed error with the
 * secret left out and nothing sent (a bad login token: not cached, the next call logs in again).
 */
import { callOperation, compare, respond, revive, startServer } from '@acct/harness';
import { suiteOptions, type Target, type Vendor } from './targets';

const SECRET = 'canary-secret-7f3a9c';

/** One case and what came of it. */
export interface InputCase {
  vendor: string;
  kind: 'option' | 'credential' | 'call header' | 'login token';
  name: string;
  passed: boolean;
  detail: string;
}

const OPTIONS: [string, Record<string, unknown>][] = [
  ['timeout 3e9', { timeout: 3e9 }],
  ['timeout MAX_SAFE_INTEGER', { timeout: Number.MAX_SAFE_INTEGER }],
  ['maxRetryDelay Infinity', { maxRetryDelay: Number.POSITIVE_INFINITY }],
  ['retryDelay NaN', { retryDelay: Number.NaN }],
  ['maxResponseBytes 0', { maxResponseBytes: 0 }],
];
const BASE_URLS: [string, (url: string) => string][] = [
  ['baseURL with userinfo', (u) => u.replace('://', `://admin:${SECRET}@`)],
  ['baseURL with a query secret', (u) => `${u}?api_key=${SECRET}`],
  ['baseURL with a fragment', (u) => `${u}#${SECRET}`],
];
const BAD_VALUES: [string, (v: string) => string][] = [
  ['CR/LF', (v) => `${v}${SECRET}\r\nx-evil: 1`],
  ['NUL', (v) => `${v}${SECRET}\0`],
  ['outside Latin-1', (v) => `${v}${SECRET}\u2028`],
];

const typed = (e: unknown) => e instanceof Error && ['ConfigurationError', 'RequestValidationError'].includes(e.name);
const leaks = (e: unknown) => e instanceof Error && `${e.message}${JSON.stringify(e)}`.includes(SECRET);

/** Runs the matrix for one vendor against a loopback server that counts what reaches it. */
export async function inputMatrix(vendor: Vendor): Promise<InputCase[]> {
  // An operation that sends a credential header and takes call options (not a login such as Glowmarkt's `authenticate()`).
  const sendsCredential = (t: Target) =>
    !/\/auth(\/|$)/.test(t.endpoint.path) &&
    Object.values(t.main.request.headers ?? {}).some((h) => typeof h === 'string' && h.includes('{{'));
  const target = (vendor.targets.find((t) => t.endpoint.auth !== false && sendsCredential(t)) ??
    vendor.targets.find((t) => t.endpoint.auth !== false)) as Target;
  const { adapter } = target;
  const cases: InputCase[] = [];
  let requests = 0;
  const server = await startServer(async (req, res) => {
    requests++;
    for (const e of target.aux)
      if ((await compare(e.request, req, { credentials: adapter.credentials })).length === 0)
        return respond(res, e.response, adapter.credentials);
    respond(res, target.main.response, adapter.credentials);
  });
  const base = {
    baseURL: server.url + adapter.basePath,
    auth: target.fixture.auth ?? adapter.defaultAuth,
    credentials: adapter.credentials,
    ...suiteOptions,
  };
  const attempt = async (kind: InputCase['kind'], name: string, run: () => unknown) => {
    const before = requests;
    const error = await Promise.resolve()
      .then(run)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    const sent = requests - before;
    const passed = typed(error) && !leaks(error) && sent === 0;
    cases.push({
      vendor: vendor.name,
      kind,
      name,
      passed,
      detail: passed ? '' : `${(error as Error)?.name ?? 'no error'}, ${sent} request(s)${leaks(error) ? ', secret in the error' : ''}`,
    });
  };
  const call = (client: unknown, options?: object) =>
    callOperation(adapter, client, target.operation, revive(target.fixture.args) as unknown[], options);
  try {
    for (const [name, bad] of OPTIONS) await attempt('option', name, () => call(adapter.createClient({ ...base, ...bad } as never)));
    for (const [name, url] of BASE_URLS)
      await attempt('option', name, () => call(adapter.createClient({ ...base, baseURL: url(base.baseURL) })));
    // Credentials that travel in a header (the fixture's request headers name them); a password in a JSON body may hold anything.
    const inHeaders = Object.keys(adapter.credentials).filter((c) =>
      [target.main, ...target.aux].some((e) =>
        Object.values(e.request.headers ?? {}).some((h) => typeof h === 'string' && h.includes(`{{${c}}}`)),
      ),
    );
    for (const cred of inHeaders)
      for (const [name, bad] of BAD_VALUES) {
        const credentials = { ...adapter.credentials, [cred]: bad(adapter.credentials[cred] ?? '') };
        await attempt('credential', `${cred} with ${name}`, () => call(adapter.createClient({ ...base, credentials })));
      }
    for (const [name, bad] of BAD_VALUES)
      await attempt('call header', `x-trace with ${name}`, () =>
        call(adapter.createClient(base), { headers: { 'x-trace': bad('t-') } } as object),
      );
  } finally {
    await server.close();
  }
  const logsIn = vendor.targets.find((t) => loginOf(t) !== undefined);
  if (logsIn) cases.push(...(await badLoginToken(logsIn)));
  return cases;
}

// The exchange of a target that is a login: a request to an auth route whose answer carries a credential placeholder.
const loginOf = (t: Target) =>
  [t.main, ...t.aux].find((e) => /\/auth(\/|$)/.test(e.request.path) && JSON.stringify(e.response.body ?? '').includes('{{'));

// A login that answers with a token fetch cannot send: every call fails typed, nothing reaches the
// operation, and the token is not cached (the second call logs in again).
async function badLoginToken(target: Target): Promise<InputCase[]> {
  const { adapter } = target;
  const login = loginOf(target);
  if (!login) return [];
  const out: InputCase[] = [];
  for (const [name, bad] of BAD_VALUES) {
    let logins = 0;
    let reached = 0;
    const credentials = Object.fromEntries(Object.entries(adapter.credentials).map(([k, v]) => [k, bad(v)]));
    const server = await startServer(async (req, res) => {
      if ((await compare(login.request, req, { credentials: adapter.credentials })).length === 0) {
        logins++;
        return respond(res, login.response, credentials);
      }
      reached++;
      respond(res, target.main.response, adapter.credentials);
    });
    const client = adapter.createClient({
      baseURL: server.url + adapter.basePath,
      auth: target.fixture.auth ?? adapter.defaultAuth,
      credentials: adapter.credentials,
      ...suiteOptions,
    });
    const errors: unknown[] = [];
    for (let i = 0; i < 2; i++)
      errors.push(
        await callOperation(adapter, client, target.operation, revive(target.fixture.args) as unknown[]).then(
          () => undefined,
          (e: unknown) => e,
        ),
      );
    await server.close();
    const passed = errors.every((e) => e instanceof Error && e.name === 'ConfigurationError' && !leaks(e)) && reached === 0 && logins === 2;
    out.push({
      vendor: target.vendor,
      kind: 'login token',
      name: `login returns a token with ${name}`,
      passed,
      detail: passed ? '' : `${errors.map((e) => (e as Error)?.name).join(', ')}; ${logins} logins; ${reached} calls reached the API`,
    });
  }
  return out;
}
