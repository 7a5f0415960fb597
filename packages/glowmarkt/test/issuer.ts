import { reply, startServer, type TestServer } from '@acct/harness';

export const APP = 'app-id-0537b17c';
export const PASSWORD = 'correct-horse-battery';
export const seconds = () => Math.floor(Date.now() / 1000);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A JWT-shaped token (unsigned) named `name`, expiring at `exp` (Unix seconds). */
export function jwt(name: string, exp: number): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: name, exp })}.sig-${name}`;
}

const nameOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString() || '{}') as { sub?: string; exp?: number };

/** How the look-alike behaves; change it between calls. */
export interface IssuerState {
  /** Lifetime of the tokens issued by `POST /auth` and `GET /auth/newToken`, in seconds. */
  lifetime: number;
  /** The status `GET /auth/newToken` answers with instead of 200. */
  renewFails?: number;
  /** Names of tokens refused with 401 (revoked) before their exp. */
  revoked?: string[];
}

/**
 * A Glowmarkt look-alike on loopback: `POST /auth` issues JWTs `l1`, `l2`…, `GET /auth/newToken`
 * renews a valid one into `r1`, `r2`…; any other call answers 200 for a valid, unexpired token and
 * 401 `Access denied` otherwise (an expired JWT, or one not issued here when `strict`).
 */
export async function startIssuer(state: IssuerState, accepted: string[] = []) {
  let logins = 0;
  let renewals = 0;
  const valid = (token: string | undefined) => {
    if (!token) return false;
    const { exp } = nameOf(token);
    if (state.revoked?.includes(nameOf(token).sub ?? token)) return false;
    return (accepted.includes(token) || token.includes('.')) && (exp === undefined || exp > Date.now() / 1000);
  };
  const server: TestServer = await startServer((req, res) => {
    if (req.method === 'POST' && req.path === '/auth') {
      if ((req.json as { password?: string }).password !== PASSWORD) return reply(res, 401, { error: 'Access denied' });
      const exp = seconds() + state.lifetime;
      return reply(res, 200, { valid: true, accountId: 'acc-1', name: 'Arthur Dent', token: jwt(`l${++logins}`, exp), exp });
    }
    if (!valid(req.headers.token)) return reply(res, 401, { error: 'Access denied' });
    if (req.path === '/auth/newToken') {
      if (state.renewFails) return reply(res, state.renewFails, { error: 'An error has occurred' });
      const exp = seconds() + state.lifetime;
      return reply(res, 200, { token: jwt(`r${++renewals}`, exp), exp, valid: true });
    }
    reply(res, 200, { accountId: 'acc-1', status: 'active' });
  });
  const paths = (path: string) => server.requests.filter((r) => r.path === path);
  return {
    server,
    logins: () => paths('/auth'),
    renewals: () => paths('/auth/newToken'),
    /** The token names (`l1`, `r1`, or the raw value of a non-JWT) each account call sent. */
    sent: () => server.requests.filter((r) => !r.path.startsWith('/auth')).map((r) => nameOf(r.headers.token ?? '').sub ?? r.headers.token),
  };
}
