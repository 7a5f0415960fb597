import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BINARY = '/usr/bin/redis-server';

/** Installs Debian's redis-server when it is missing (the project's tests install what they run). */
export async function ensureRedisServer(): Promise<void> {
  if (existsSync(BINARY)) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env, timeout: 300_000 });
  await run('apt-get', ['install', '-y', '-qq', 'redis-server'], { env, timeout: 600_000 });
}

/** A free loopback port (asked of the kernel, then released for redis-server to bind). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A throw-away Redis on 127.0.0.1 without persistence; `kill()` is SIGKILL, as a crash would be. */
export interface TestRedis {
  url: string;
  process: ChildProcess;
  kill(): Promise<void>;
}

/** Starts redis-server on a free port and resolves once it accepts connections. */
export async function startRedis(): Promise<TestRedis> {
  await ensureRedisServer();
  for (let tries = 0; ; tries++) {
    const port = await freePort();
    const child = spawn(BINARY, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const ready = await new Promise<boolean>((resolve) => {
      let out = '';
      const timer = setTimeout(() => resolve(false), 10_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    const kill = async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    };
    if (ready) return { url: `redis://127.0.0.1:${port}`, process: child, kill };
    await kill();
    if (tries >= 3) throw new Error(`redis-server did not start on 127.0.0.1:${port}`);
  }
}
