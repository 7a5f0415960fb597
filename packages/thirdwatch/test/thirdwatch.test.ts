import { startServer, type TestServer } from '@acct/harness';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, createThirdwatchClient, RequestValidationError } from '../src/index';

let server: TestServer;
afterEach(() => server?.close());

async function client() {
  server = await startServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"message":"Success"}'));
  return createThirdwatchClient({ apiKey: 'tw-key-123', baseURL: `${server.url}/event` });
}

describe('createThirdwatchClient', () => {
  it('requires an API key', () => {
    // @ts-expect-error — apiKey is required
    expect(() => createThirdwatchClient({})).toThrow(ConfigurationError);
    expect(() => createThirdwatchClient({ apiKey: '' })).toThrow('`apiKey` is required');
  });

  it('defaults to https://api.thirdwatch.ai/event', async () => {
    server = await startServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"message":"ok"}'));
    const seen: string[] = [];
    // Send to the loopback server but record where the client meant to go.
    const tw = createThirdwatchClient({
      apiKey: 'k-1234',
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(String(input).replace('https://api.thirdwatch.ai', server.url), init);
      },
    });
    await tw.logout({ _userId: 'u1' });
    expect(seen).toEqual(['https://api.thirdwatch.ai/event/v1/logout']);
    expect(server.requests[0]!.path).toBe('/event/v1/logout');
  });
});

describe('event bodies', () => {
  it('requires a user id and sends nothing without one', async () => {
    const tw = await client();
    // @ts-expect-error — a user id is required
    const error = await tw.updateAccount({ _userEmail: 'a@b.co' }).catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues).toEqual([{ path: 'body._userId', message: expect.stringContaining('A user id is required') }]);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses _userId and _userID that differ', async () => {
    const tw = await client();
    // @ts-expect-error — only one spelling at a time
    const error = await tw.login({ _userId: 'a', _userID: 'b' }).catch((e) => e);
    expect(error.issues[0].path).toBe('body._userID');
  });

  it.each([
    [new Date(1_700_000_000_000), '1700000000000'],
    [1_700_000_000_001, '1700000000001'],
    ['1700000000002', '1700000000002'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    // A digit string goes on the wire exactly as given: never rounded or put in exponent form.
    ['1700000000000123456', '1700000000000123456'],
    ['17000000000000000000001', '17000000000000000000001'],
    ['01700000000000', '01700000000000'],
  ])('sends _originTimestamp %o as milliseconds in a string', async (input, wire) => {
    const tw = await client();
    await tw.login({ _userId: 'u', _originTimestamp: input });
    expect(server.requests[0]!.json).toEqual({ _userId: 'u', _originTimestamp: wire });
    expect(server.requests[0]!.text).toContain(`"_originTimestamp":"${wire}"`);
  });

  it.each([
    [1e21, 'no larger than Number.MAX_SAFE_INTEGER'],
    [2 ** 53 + 2, 'no larger than Number.MAX_SAFE_INTEGER'],
    [Number.MAX_VALUE, 'no larger than Number.MAX_SAFE_INTEGER'],
    [Number.POSITIVE_INFINITY, 'a whole number'],
    [1_700_000_000_000.5, 'a whole number'],
    [-1_700_000_000_000, 'not a negative number'],
    ['1.7e+21', 'Expected Unix milliseconds as digits'],
    [' 1700000000000', 'Expected Unix milliseconds as digits'],
    ['-1700000000000', 'Expected Unix milliseconds as digits'],
    ['', 'Expected Unix milliseconds as digits'],
  ])('refuses _originTimestamp %o rather than send it garbled', async (input, message) => {
    const tw = await client();
    const error = await tw.login({ _userId: 'u', _originTimestamp: input }).catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues).toEqual([{ path: 'body._originTimestamp', message: expect.stringContaining(message) }]);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['an invalid date', { _originTimestamp: new Date('nope') }],
    ['a negative number', { _originTimestamp: -1 }],
    ['a non-numeric string', { _originTimestamp: '2023-01-01' }],
    ['an unknown field (typo)', { _userEmial: 'x' }],
    ['an enum without its underscore', { _gender: 'female' }],
    ['a non-boolean flag', { _isNewsletterSubscribed: 'yes' }],
  ])('refuses %s before sending', async (_name, extra) => {
    const tw = await client();
    const error = await tw.updateAccount({ _userId: 'u', ...(extra as object) }).catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('does not retry an event after a 500, but does after a 503', async () => {
    server = await startServer((_req, res, n) =>
      res.writeHead(n === 0 ? 503 : n === 1 ? 200 : 500, { 'content-type': 'application/json' }).end('{"message":"m"}'),
    );
    const tw = createThirdwatchClient({ apiKey: 'k-1234', baseURL: server.url, retryDelay: 1 });
    await expect(tw.login({ _userId: 'u' })).resolves.toEqual({ message: 'm' });
    await expect(tw.login({ _userId: 'u' })).rejects.toMatchObject({ name: 'InternalServerError', attempts: 1 });
    expect(server.requests).toHaveLength(3);
  });
});
