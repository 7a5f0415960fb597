import { reply, type TestServer } from '@acct/harness';
import { afterEach, describe, expect, it } from 'vitest';
import { formErrorMessage } from '../src/errors';
import { AuthenticationError, BadRequestError, NotFoundError, PermissionDeniedError, RateLimitError } from '../src/index';
import { rateLimitReset } from '../src/rate-limit';
import { ACCOUNT, setup, TOKEN } from './fixtures';

let server: TestServer | undefined;
afterEach(() => server?.close());

const formError = {
  form: {
    errors: ['This form should not contain extra fields.'],
    children: {
      name: {},
      email: { errors: ['This value is not a valid email address.', 'This email is already used.'] },
      default_notification_phone: { children: { number: { errors: ['This value is not a valid phone number.'] } } },
    },
  },
};

describe('error bodies', () => {
  it('turns a 400 form body into a BadRequestError listing each field’s errors, nested ones included', async () => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((_req, res) => reply(res, 400, formError)));
    const error = await mention.updateAccount('630929_abc', { email: 'john1@nasa' }).catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toMatch(/ 400 Bad Request — This form should not contain extra fields\.; email: /);
    expect(error.message).toContain('email: This value is not a valid email address., This email is already used.');
    expect(error.message).toContain('default_notification_phone.number: This value is not a valid phone number.');
    expect(error.body).toEqual(formError);
  });

  it('leaves other bodies to the default reader', () => {
    expect(formErrorMessage({ form: { errors: [], children: { name: {} } } })).toBeUndefined();
    expect(formErrorMessage({ error: 'invalid_grant' })).toBeUndefined();
    expect(formErrorMessage('<html></html>')).toBeUndefined();
    expect(formErrorMessage({ form: { children: [{ errors: [{ message: 'Too long' }] }] } })).toBe('0: Too long');
  });

  it('reads the OAuth 401 error_description, with the token redacted', async () => {
    const body = { error: 'invalid_grant', error_description: `The access token provided is invalid: ${TOKEN}` };
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((_req, res) => reply(res, 401, body)));
    const error = await mention.getMe().catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain('401 Unauthorized — The access token provided is invalid: [REDACTED]');
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    [404, NotFoundError],
    [403, PermissionDeniedError],
  ])('keeps the text of an HTML %i page', async (status, type) => {
    const html = '<!DOCTYPE html><html><head><title>Page not found</title></head><body><h1>Oops</h1></body></html>';
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((_req, res) => res.writeHead(status, { 'content-type': 'text/html; charset=UTF-8' }).end(html)));
    const error = await mention.getAccount('630929_other').catch((e) => e);
    expect(error).toBeInstanceOf(type);
    expect(error.message).toContain('— Page not found');
    expect(error.body).toBe(html);
  });

  it('redacts a password the server echoes', async () => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((req, res) => reply(res, 400, { form: { errors: [`Rejected: ${req.text}`] } })));
    const error = await mention.updateAccount('630929_abc', { old_password: 'Mypass1', new_password: 'Mysecuredpass2' }).catch((e) => e);
    expect(error.message).toContain('"old_password":"[REDACTED]"');
    expect(JSON.stringify(error)).not.toMatch(/Mypass1|Mysecuredpass2/);
  });
});

describe('rate limits and retries', () => {
  it('reads X-Rate-Limit-Reset (Unix seconds) as the delay until then, never negative', () => {
    const now = 1_700_000_000_000;
    expect(rateLimitReset(new Headers({ 'X-Rate-Limit-Reset': '1700000030' }), now)).toBe(30_000);
    expect(rateLimitReset(new Headers({ 'X-Rate-Limit-Reset': '1699999990' }), now)).toBe(0);
    expect(rateLimitReset(new Headers({ 'X-Rate-Limit-Reset': 'soon' }), now)).toBeUndefined();
    expect(rateLimitReset(new Headers(), now)).toBeUndefined();
  });

  it('waits until the reset (capped by maxRetryDelay), then retries', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const delays: unknown[] = [];
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup(
      (_req, res, n) => (n === 0 ? reply(res, 429, '', { 'X-Rate-Limit-Reset': reset }) : reply(res, 200, ACCOUNT)),
      { maxRetryDelay: 25, logger: { warn: (_m, meta) => delays.push(meta?.delay) } },
    ));
    await expect(mention.getMe()).resolves.toEqual(ACCOUNT);
    // Backoff would be a random value below the cap; the header gives the cap itself.
    expect(delays).toEqual([25]);
  });

  it('puts the time until the reset on RateLimitError.retryAfter', async () => {
    const reset = Math.floor(Date.now() / 1000) + 60;
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((_req, res) => reply(res, 429, '', { 'X-Rate-Limit-Reset': String(reset) }), { maxRetries: 0 }));
    const error = await mention.getAccount('630929_abc').catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBeGreaterThan(58_000);
    expect(error.retryAfter).toBeLessThanOrEqual(60_000);
  });

  it('retries GET and PUT after a 5xx, but a POST only after 429 / 503', async () => {
    const statuses = [500, 200, 502, 200, 500, 503, 200];
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((_req, res, n) => reply(res, statuses[n] ?? 599, ACCOUNT)));
    const create = { name: 'John Smith', email: 'j.smith@nasa.com', password: 'Mypass1', language_code: 'en' };
    await expect(mention.getMe()).resolves.toEqual(ACCOUNT);
    await expect(mention.updateAccount('630929_abc', { name: 'Jo' })).resolves.toEqual(ACCOUNT);
    await expect(mention.createAccount(create)).rejects.toMatchObject({ name: 'InternalServerError', attempts: 1 });
    await expect(mention.createAccount(create)).resolves.toEqual(ACCOUNT);
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PUT', 'PUT', 'POST', 'POST', 'POST']);
  });
});
