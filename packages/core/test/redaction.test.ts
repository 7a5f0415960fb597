import { inspect } from 'node:util';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { basic, bearer, createRedactor, defineEndpoint, isSensitiveKey, REDACTED, sensitiveValues } from '../src/index';
import { clientFor, getUser, serve } from './helpers';

const TOKEN = 'canary-token-7f3a9c';
const PASSWORD = 'canary-pw-Q8z!"\\/';

const changePassword = defineEndpoint({
  operation: 'changePassword',
  method: 'POST',
  path: '/pw',
  body: v.object({ oldPassword: v.string(), newPassword: v.string() }),
  idempotent: false,
  summary: 's',
  docs: 'd',
});

function everyView(error: Error): string {
  return [error.message, String(error), error.stack, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })].join('\n');
}

describe('redaction', () => {
  it('keeps a token echoed by the server out of message, String, stack, JSON, inspect and logs', async () => {
    const server = await serve((req, res) =>
      res
        .writeHead(401, { 'content-type': 'application/json', 'x-echo': String(req.headers.authorization) })
        .end(JSON.stringify({ message: `bad token ${req.headers.authorization}`, token: TOKEN })),
    );
    const lines: string[] = [];
    const logger = Object.fromEntries(
      (['debug', 'info', 'warn', 'error'] as const).map((l) => [l, (m: string, meta?: object) => lines.push(m + JSON.stringify(meta))]),
    );
    const client = clientFor(server, {
      auth: { default: bearer(TOKEN) },
      logger,
    });
    const error = await client.request(getUser, { params: { id: TOKEN } }).catch((e) => e);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`); // the wire is untouched
    const all = `${everyView(error)}\n${lines.join('\n')}`;
    expect(all).not.toContain(TOKEN);
    expect(all).toContain(REDACTED);
    expect(error.body).toEqual({ message: `bad token ${REDACTED}`, token: REDACTED });
    expect(error.headers['x-echo']).toBe(REDACTED);
    expect(lines.length).toBeGreaterThan(0);
  });

  it('redacts password fields of the request when the response echoes them, in any spelling', async () => {
    const server = await serve((req, res) =>
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: `rejected ${req.text}`, raw: (req.json as { newPassword: string }).newPassword })),
    );
    const error = await clientFor(server)
      .request(changePassword, { body: { oldPassword: 'old-secret-1', newPassword: PASSWORD } })
      .catch((e) => e);
    const all = everyView(error);
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(JSON.stringify(PASSWORD).slice(1, -1));
    expect(all).not.toContain('old-secret-1');
    expect(error.body.raw).toBe(REDACTED);
  });

  it('redacts basic credentials and their header value', async () => {
    const server = await serve((req, res) =>
      res.writeHead(403, { 'content-type': 'text/plain' }).end(`you sent ${req.headers.authorization}`),
    );
    const error = await clientFor(server, { auth: { default: basic('canary-user', 'canary-basic-pw') } })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    const all = everyView(error);
    expect(all).not.toContain(Buffer.from('canary-user:canary-basic-pw').toString('base64'));
    expect(error.body).toBe(`you sent ${REDACTED}`);
  });

  it('walks only JSON-like data: binary bodies are skipped whole', () => {
    let walked = 0;
    // A binary body whose keys are counted if anything enumerates them.
    const bytes = new Proxy(new Uint8Array(1_000), {
      ownKeys(target) {
        walked++;
        return Reflect.ownKeys(target);
      },
    });
    expect(sensitiveValues({ file: { data: bytes }, password: 'pw-1234', list: [{ token: 'tk-5678' }] })).toEqual(['pw-1234', 'tk-5678']);
    expect(createRedactor().value({ data: bytes }).data).toBe(bytes);
    expect(walked).toBe(0);
  });

  it('names sensitive keys', () => {
    for (const k of [
      'password',
      'oldPassword',
      'newPassword',
      'current_password',
      'new_password_confirmation',
      'secret_key',
      'secretKey',
      'auth_token',
      'access_token',
      'token',
      'api_key',
      'apiKey',
      'newToken',
      'Authorization',
    ]) {
      expect(isSensitiveKey(k), k).toBe(true);
    }
    for (const k of ['name', 'email', 'tokenIssueDate', 'user_identifier', 'display_name', 'valid'])
      expect(isSensitiveKey(k), k).toBe(false);
  });

  it('replaces the longest secret first, ignores tiny values and keeps the recent-token list bounded', () => {
    const r = createRedactor(['abcd', 'abcdefgh', 'xy']);
    expect(r.text('abcdefgh abcd xy')).toBe(`${REDACTED} ${REDACTED} xy`);
    for (let i = 0; i < 200; i++) r.remember(`token-number-${i}-zzz`);
    expect(r.text('token-number-199-zzz')).toBe(REDACTED);
    expect(r.text('token-number-0-zzz')).toBe('token-number-0-zzz');
    expect(r.text('abcd')).toBe(REDACTED);
  });
});
