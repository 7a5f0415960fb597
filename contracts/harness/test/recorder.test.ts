import { describe, expect, it } from 'vitest';
import { createRecorder, startReplay, startServer } from '../src/index';
import { vendorClient } from './vendor';

const REAL = { username: 'real-admin-user', password: 'real-Pa55word!', token: 'real-issued-token-0d9f8e7a6b' };

describe('recorder', () => {
  it('records a login and two calls against a loopback vendor, scrubbing every secret, and the fixture replays', async () => {
    const vendor = await startServer((req, res) => {
      if (req.path === '/v2/auth/token') {
        return res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ token: REAL.token, expires_in_ms: 300_000 }));
      }
      if (req.headers.authorization !== `Bearer ${REAL.token}`) return res.writeHead(401).end();
      if (req.method === 'GET') {
        return res
          .writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'r-1' })
          .end(JSON.stringify({ id: 'u 1', name: 'Ann', session_token: 'leaky-session-token-123' }));
      }
      res.writeHead(204).end();
    });
    try {
      const recorder = createRecorder({ credentials: { username: REAL.username, password: REAL.password } });
      const client = vendorClient(`${vendor.url}/v2`, REAL.username, REAL.password, recorder.fetch);
      await client.getUser('u 1');
      await client.setPassword('u 1', 'new-Secret-99');
      const fixture = recorder.toFixture({
        operation: 'getUser',
        title: 'recorded session',
        args: ['u 1', { new_password: 'new-Secret-99' }],
      });
      const json = JSON.stringify(fixture);

      for (const secret of [...Object.values(REAL), 'new-Secret-99', 'leaky-session-token-123']) expect(json).not.toContain(secret);
      expect(fixture.source).toBe('recorded');
      expect(fixture.args).toEqual(['u 1', { new_password: '[REDACTED]' }]);
      const [loginEx, getEx, setEx] = fixture.exchanges!;
      expect(loginEx!.request).toMatchObject({
        method: 'POST',
        path: '/v2/auth/token',
        body: { username: '{{username}}', password: '{{password}}' },
      });
      expect(loginEx!.response.body).toEqual({ token: '{{token}}', expires_in_ms: 300_000 });
      expect(getEx!.request).toMatchObject({ method: 'GET', path: '/v2/users/u%201', headers: { authorization: 'Bearer {{token}}' } });
      expect(getEx!.response).toMatchObject({ status: 200, headers: { 'x-request-id': 'r-1' }, body: { session_token: '[REDACTED]' } });
      expect(setEx!.request.body).toEqual({ new_password: '[REDACTED]' });
      expect(setEx!.response).toEqual({ status: 204, headers: {} });

      // The fixture replays against the same client code with fake credentials.
      const fake = { username: 'fake-user', password: 'fake-pass', token: 'fake-token-abc' };
      const replay = await startReplay([{ exchanges: fixture.exchanges!, credentials: fake }], 'sequence');
      try {
        const again = vendorClient(`${replay.url}/v2`, fake.username, fake.password);
        await expect(again.getUser('u 1')).resolves.toMatchObject({ id: 'u 1', name: 'Ann' });
        await expect(again.setPassword('u 1', '[REDACTED]')).resolves.toBeUndefined();
        expect(replay.problems).toEqual([]);
        expect(replay.pending()).toEqual([]);
      } finally {
        await replay.close();
      }
    } finally {
      await vendor.close();
    }
  });

  it('turns basic credentials into a {{basic}} placeholder', async () => {
    const vendor = await startServer((_req, res) => res.writeHead(200).end());
    try {
      const recorder = createRecorder({ credentials: { appUser: 'app-user-1', appKey: 'app-key-secret' } });
      await recorder.fetch(`${vendor.url}/x`, {
        headers: { authorization: `Basic ${Buffer.from('app-user-1:app-key-secret').toString('base64')}` },
      });
      await recorder.fetch(`${vendor.url}/y`, {
        headers: { authorization: `Basic ${Buffer.from('other:unknown').toString('base64')}`, 'x-api-key': 'zzz' },
      });
      const f = recorder.toFixture({ operation: 'x', title: 't', args: [] });
      expect(f.exchanges![0]!.request.headers).toEqual({ authorization: '{{basic appUser appKey}}' });
      expect(f.exchanges![1]!.request.headers).toEqual({ authorization: '[REDACTED]', 'x-api-key': '[REDACTED]' });
    } finally {
      await vendor.close();
    }
  });
});
