// A thread hosting `members` members of the fleet. Each member is what one process would be: its
// own Redis connection, and per phase a fresh client + token cache (a cold start) that makes `calls`
// calls through core's createTokenCache and the Redis store. (50 threads each loading node-redis
// take ~30 s to start on 2 cores; 5 threads × 10 members keep the test bounded.)
import { parentPort, workerData } from 'node:worker_threads';
import { bearer, createClient, createTokenCache, defineEndpoint, tokenStoreKey } from '@acct/core';
import { createClient as createRedis } from 'redis';
import { createRedisTokenStore } from '../dist/index.js';

const { vendorURL, redisURL, password, members } = workerData;
const warnings = [];
const connections = await Promise.all(
  Array.from({ length: members }, async () => {
    const redis = createRedis({ url: redisURL, socket: { connectTimeout: 500, reconnectStrategy: () => 200 } });
    redis.on('error', (e) => warnings.push(`redis client error: ${e.message}`));
    await redis.connect();
    return redis;
  }),
);

// A pass-through Standard Schema: bodies are sent and read as given (this package has no valibot).
const any = { '~standard': { version: 1, vendor: 'fleet-test', validate: (value) => ({ value }) } };
const login = defineEndpoint({
  operation: 'login',
  method: 'POST',
  path: '/login',
  body: any,
  response: any,
  auth: false,
  idempotent: false,
  summary: 's',
  docs: 'd',
});
const me = defineEndpoint({ operation: 'me', method: 'GET', path: '/me', idempotent: true, summary: 's', docs: 'd' });

function coldStart(redis, storeTimeoutMs) {
  const store = createRedisTokenStore(redis);
  const client = createClient({
    baseURL: vendorURL,
    retryDelay: 5,
    secrets: [password],
    auth: {
      default: bearer(
        createTokenCache(
          async () => {
            const r = await client.request(login, { body: { username: 'svc-user', password } });
            return { token: r.token, expiresAt: r.expiresAt };
          },
          {
            store,
            key: tokenStoreKey({ vendor: 'fleetvendor', baseURL: vendorURL, user: 'svc-user' }),
            storeTimeoutMs,
            logger: { warn: (m) => warnings.push(m) },
            redact: (t) => client.redactor.text(t),
          },
        ),
      ),
    },
  });
  return client;
}

async function member(redis, calls, gapMs, storeTimeoutMs) {
  const client = coldStart(redis, storeTimeoutMs);
  let ok = 0;
  const errors = [];
  // Four calls in flight at a time, `gapMs` apart: a member's calls overlap its own login too.
  const lanes = Array.from({ length: 4 }, async (_, lane) => {
    for (let i = lane; i < calls; i += 4) {
      try {
        await client.request(me, {});
        ok++;
      } catch (e) {
        errors.push(`${e.name}: ${e.message}`);
      }
      if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
    }
  });
  await Promise.all(lanes);
  return { ok, errors };
}

parentPort.on('message', async ({ phase, calls, gapMs, storeTimeoutMs }) => {
  if (phase === 'exit') {
    await Promise.all(connections.map((c) => c.disconnect().catch(() => {})));
    return process.exit(0);
  }
  const results = await Promise.all(connections.map((c) => member(c, calls, gapMs, storeTimeoutMs)));
  parentPort.postMessage(results.map((r) => ({ ...r, warnings: warnings.splice(0) })));
});
parentPort.postMessage({ ready: true });
