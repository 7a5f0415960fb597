import { ensureRedisServer } from './redis-server';

/** Installs redis-server once before any test file runs (apt-get on a fresh machine). */
export default async function setup(): Promise<void> {
  await ensureRedisServer();
}
