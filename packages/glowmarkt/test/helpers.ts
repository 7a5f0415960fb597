import { readdirSync, readFileSync } from 'node:fs';
import { type Handler, reply } from '@acct/harness';
import { serve } from '@acct/harness/serve';
import { createGlowmarktClient, type GlowmarktClient, type GlowmarktClientOptions } from '../src/index';

export { reply, serve };

export const APP_KEYS = { username: 'app-key-id', password: 'app-key-secret' };

/** A client holding a user token and the app keys, with fast retries, on a loopback server. */
export async function glowmarktOn(handler: Handler, options: Partial<GlowmarktClientOptions> = {}) {
  const server = await serve(handler);
  const glow = createGlowmarktClient({
    applicationId: 'app-1234',
    token: 'jwt-1234',
    basicAuth: APP_KEYS,
    baseURL: server.url,
    retryDelay: 1,
    maxRetryDelay: 5,
    ...options,
  } as GlowmarktClientOptions);
  return { server, glow };
}

/** A documented single-exchange success fixture of `contracts/glowmarkt/`. */
export interface SuccessFixture {
  file: string;
  operation: Exclude<keyof GlowmarktClient, 'authenticate' | 'renewToken' | 'adminCredential'>;
  args: unknown[];
  body: unknown;
}

const dir = new URL('../../../contracts/glowmarkt/', import.meta.url);

/** Every `<operation>.200.json` fixture of an account operation (the login and the renewal have their own tests). */
export function successFixtures(): SuccessFixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.200.json') && !f.startsWith('authenticate') && !f.startsWith('renew-token'))
    .map((file) => {
      const f = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
      return { file, operation: f.operation, args: f.args ?? [], body: f.response.body };
    });
}
