import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Worker } from 'node:worker_threads';
import { tokenStoreKey } from '@acct/core';
import { createClient } from 'redis';
import { afterAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from './redis-server';

const THREADS = 5;
const MEMBERS = 10; // per thread: 50 members, each with its own Redis connection and token cache
const CALLS = 20;
const canaryPassword = `canary-pw-${randomBytes(6).toString('hex')}`;
const canaryToken = `canary-tok-${randomBytes(6).toString('hex')}`;

/** The loopback vendor: counts logins, answers GET /me for a token it issued and did not revoke. */
async function vendor() {
  const valid = new Set<string>();
  const state = { logins: 0, calls: 0, refused: 0 };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      if (req.url === '/login') {
        if (!body.includes(`"password":"${canaryPassword}"`)) return void res.writeHead(401).end();
        const token = `${canaryToken}-${++state.logins}`;
        valid.add(token);
        // A slow login: the whole fleet is waiting at once, as after a deploy.
        return void setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, expiresAt: Date.now() + 3_600_000 }));
        }, 100);
      }
      state.calls++;
      const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
      if (!valid.has(token)) {
        state.refused++;
        return void res.writeHead(401, { 'content-type': 'application/json' }).end('{}');
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"svc"}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { url, state, server, revokeAll: () => valid.clear() };
}

type Report = { ok: number; errors: string[]; warnings: string[] };

let redis: TestRedis | undefined;
const workers: Worker[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.terminate()));
  await redis?.kill();
});

describe('a fleet of 50 members (5 threads × 10), each with its own Redis connection and token cache, against one vendor', () => {
  it('makes 1 login cold, 1 after a corrupt value, and fails no call when Redis is killed mid-run', { timeout: 60_000 }, async () => {
    redis = await startRedis();
    const api = await vendor();
    const admin = createClient({ url: redis.url });
    admin.on('error', () => {});
    await admin.connect();
    const key = await tokenStoreKey({ vendor: 'fleetvendor', baseURL: api.url, user: 'svc-user' });

    const workerData = { vendorURL: api.url, redisURL: redis.url, password: canaryPassword, members: MEMBERS };
    await Promise.all(
      Array.from({ length: THREADS }, () => {
        const w = new Worker(new URL('./fleet-worker.mjs', import.meta.url), { workerData });
        workers.push(w);
        return new Promise((resolve, reject) => {
          w.once('message', resolve);
          w.once('error', reject);
        });
      }),
    );
    // Phases 1–2 measure coordination, so a store call may take up to 5 s on a loaded CI machine
    // before it counts as down; phase 3 uses the default bound (1 s), as a user would.
    const phase = async (calls: number, gapMs = 0, storeTimeoutMs = 5_000) =>
      (
        await Promise.all(
          workers.map(
            (w) =>
              new Promise<Report[]>((resolve, reject) => {
                w.once('message', resolve);
                w.once('error', reject);
                w.postMessage({ phase: 'run', calls, gapMs, storeTimeoutMs });
              }),
          ),
        )
      ).flat();
    const sum = (reports: Report[]) => ({
      calls: reports.reduce((n, r) => n + r.ok + r.errors.length, 0),
      failures: reports.reduce((n, r) => n + r.errors.length, 0),
      storeWarnings: reports.reduce((n, r) => n + r.warnings.filter((w) => w.startsWith('token store:')).length, 0),
      errors: reports.flatMap((r) => r.errors).slice(0, 3),
    });
    const warnings: string[] = [];

    // 1. Cold start of the whole fleet at once.
    const cold = await phase(CALLS);
    warnings.push(...cold.flatMap((r) => r.warnings));
    const coldLogins = api.state.logins;

    // 2. A corrupt value in the store, and the fleet starts again.
    await admin.set(key, '{"token": not json');
    const before = api.state.logins;
    const corrupt = await phase(CALLS);
    warnings.push(...corrupt.flatMap((r) => r.warnings));
    const corruptLogins = api.state.logins - before;

    // Canary: the store holds tokens (that is its job) under hashed keys, never the password or user.
    const keys = await admin.keys('*');
    const values = await Promise.all(keys.map((k) => admin.get(k)));
    await admin.quit();

    // 3. Cold start again; 150 ms in, Redis is SIGKILLed and the vendor revokes every token issued.
    const down = api.state.logins;
    const running = phase(CALLS, 20, 1_000);
    await new Promise((r) => setTimeout(r, 150));
    await redis.kill();
    api.revokeAll();
    const outage = await running;
    warnings.push(...outage.flatMap((r) => r.warnings));
    const outageLogins = api.state.logins - down;

    const figures = {
      processes: THREADS * MEMBERS,
      cold: { logins: coldLogins, ...sum(cold) },
      corruptValue: { logins: corruptLogins, ...sum(corrupt) },
      redisKilled: { logins: outageLogins, ...sum(outage) },
      storeWarnings: warnings.filter((w) => w.startsWith('token store:')).length,
      redisClientErrors: warnings.filter((w) => w.startsWith('redis client error:')).length,
    };
    console.log(`fleet figures: ${JSON.stringify(figures)}`);
    // `npm run reliability` records them in reliability/RESULTS.md.
    if (process.env.FLEET_FIGURES_FILE) writeFileSync(process.env.FLEET_FIGURES_FILE, JSON.stringify(figures));

    expect(figures.cold).toMatchObject({ logins: 1, calls: THREADS * MEMBERS * CALLS, failures: 0 });
    expect(figures.corruptValue).toMatchObject({ logins: 1, calls: THREADS * MEMBERS * CALLS, failures: 0 });
    expect(figures.redisKilled).toMatchObject({ calls: THREADS * MEMBERS * CALLS, failures: 0 });
    expect(outageLogins).toBeGreaterThanOrEqual(1);
    expect(warnings.some((w) => /token store: \w+ failed/.test(w))).toBe(true);

    expect(keys.every((k) => k.startsWith('acct:fleetvendor:'))).toBe(true);
    const visible = [...keys, ...values.map(String), ...warnings].join('\n');
    expect(visible).not.toContain(canaryPassword);
    expect(keys.join('\n')).not.toContain(canaryToken);
    expect(keys.join('\n')).not.toContain('svc-user');
    expect(warnings.join('\n')).not.toContain(canaryToken);
    console.log(
      `fleet canary: ${keys.length} Redis keys, ${warnings.length} warnings; password in keys/values/warnings: 0, token in keys/warnings: 0`,
    );
  });
});
