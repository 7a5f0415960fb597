import { describe, expect, it } from 'vitest';
import { apiKeyHeader, InternalServerError, ResponseValidationError } from '../src/index';
import { oneLine, textSummary } from '../src/internal/text';
import { clientFor, getUser, serve } from './helpers';

const KEY = 'key-0123456789abcdef';
const call = (client: ReturnType<typeof clientFor>) => client.request(getUser, { params: { id: '1' } }).catch((e) => e);

describe('error text is linear-time, one line and bounded', () => {
  // The regexes these replace took 15–40 s on ~230 KB; a generous budget still fails a quadratic regression.
  it.each([
    ['<title × 40 000', '<title'.repeat(40_000)],
    ['< × 230 000', '<'.repeat(230_000)],
    ['<a × 2 MiB', '<a'.repeat(2 ** 20)],
    ['<title> unclosed + tags', `<title>${'<b>x</b>'.repeat(100_000)}`],
    ['16 MiB of text', 'x '.repeat(8 * 2 ** 20)],
  ])('summarises %s within 250 ms', { timeout: 5_000 }, (_name, body) => {
    const started = performance.now();
    const summary = textSummary(body);
    expect(performance.now() - started).toBeLessThan(250);
    expect((summary ?? '').length).toBeLessThanOrEqual(201);
  });

  it('finds the title, case-insensitively, and drops tags', () => {
    expect(textSummary('<html><TITLE class=x>502 Bad\n Gateway</TITLE><body><h1>x</h1></body>')).toBe('502 Bad Gateway');
    expect(textSummary('<p>Service <b>down</b></p>')).toBe('Service down');
    expect(textSummary('a < b and c')).toBe('a < b and c');
  });

  it('escapes control characters and cuts at the bound', () => {
    expect(oneLine('a\r\nb\u0000c\u001b[31md\u202ee\u2028f')).toBe('a b\\x00c\\x1b[31md\\u202ee\\u2028f');
    const long = oneLine('y'.repeat(20 * 2 ** 20));
    expect(long).toHaveLength(301);
    expect(long.endsWith('…')).toBe(true);
    expect(oneLine(`${'z'.repeat(299)}😀😀`)).toBe(`${'z'.repeat(299)}…`);
  });

  it('bounds a 20 MB JSON vendor message with newlines and ANSI escapes; the full body stays on error.body', async () => {
    const message = `first\nline \u001b[2J${'m'.repeat(20 * 2 ** 20)}`;
    const server = await serve((_req, res) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message })));
    const error = await call(clientFor(server, { maxRetries: 0, maxResponseBytes: 32 * 2 ** 20 }));
    expect(error).toBeInstanceOf(InternalServerError);
    for (const c of ['\r', '\n', '\u001b']) expect(error.message).not.toContain(c);
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).toContain('first line \\x1b[2J');
    expect(error.body.message).toBe(message);
  });

  it("bounds a vendor errorMessage reader's output too, and redacts before cutting", async () => {
    const server = await serve((_req, res) => res.writeHead(400, { 'content-type': 'application/json' }).end('{"e":1}'));
    const client = clientFor(server, {
      auth: { default: apiKeyHeader('x-api-key', KEY) },
      errorMessage: () => `${'w'.repeat(290)}${KEY}\n${'v'.repeat(10_000)}`,
    });
    const error = await call(client);
    expect(error.message).toContain(`${'w'.repeat(290)}[REDACTED]`);
    expect(error.message).not.toContain(KEY.slice(0, 8));
    expect(error.message).not.toContain('\n');
    expect(error.message.length).toBeLessThan(400);
  });

  it('bounds the schema issues quoted in a ResponseValidationError', async () => {
    const server = await serve((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `\u001b${'i'.repeat(100_000)}`, name: 5 })),
    );
    const error = await call(clientFor(server));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).not.toContain('\u001b');
    expect(error.message.length).toBeLessThan(1_500);
  });
});
