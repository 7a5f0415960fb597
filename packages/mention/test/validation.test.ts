import type { TestServer } from '@acct/harness';
import { afterEach, describe, expect, it } from 'vitest';
import { type CreateAccountInput, RequestValidationError } from '../src/index';
import { setup } from './fixtures';

let server: TestServer | undefined;
afterEach(() => server?.close());

const valid: CreateAccountInput = { name: 'John Smith', email: 'j.smith@nasa.com', password: 'Mypass1', language_code: 'en' };

async function issuesOf(call: (m: Awaited<ReturnType<typeof setup>>['mention']) => Promise<unknown>) {
  let mention: Awaited<ReturnType<typeof setup>>['mention'];
  ({ server, mention } = await setup());
  const error = await call(mention).then(
    () => undefined,
    (e) => e,
  );
  expect(error, 'expected a RequestValidationError').toBeInstanceOf(RequestValidationError);
  expect(server.requests, 'nothing may be sent').toHaveLength(0);
  return error.issues as { path: string; message: string }[];
}

describe('createAccount input', () => {
  it('requires name, email, password and language_code', async () => {
    // @ts-expect-error — the four fields are required
    const issues = await issuesOf((m) => m.createAccount({ phone: '(202) 358-0001' }));
    expect(issues.map((i) => i.path).sort()).toEqual(['body.email', 'body.language_code', 'body.name', 'body.password']);
  });

  it.each([
    ['an email of 1 character', { email: 'a' }, 'body.email'],
    ['an email of 256 characters', { email: `${'a'.repeat(250)}@x.com` }, 'body.email'],
    ['a password under 6 characters', { password: 'ab12' }, 'body.password'],
    ['a password without a figure', { password: 'abcdefg' }, 'body.password'],
    ['a password without a letter', { password: '1234567' }, 'body.password'],
    ['a three-letter language code', { language_code: 'eng' }, 'body.language_code'],
    ['a language code with a figure', { language_code: 'e1' }, 'body.language_code'],
    ['an unknown field (typo)', { langauge_code: 'en' }, 'body.langauge_code'],
    ['a phone number for SMS without its number', { default_notification_phone: {} }, 'body.default_notification_phone.number'],
  ])('refuses %s', async (_name, change, path) => {
    const issues = await issuesOf((m) => m.createAccount({ ...valid, ...(change as object) }));
    expect(issues.map((i) => i.path)).toEqual([path]);
  });

  it('accepts emails of exactly 2 and 255 characters', async () => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup());
    await mention.createAccount({ ...valid, email: 'ab' });
    await mention.createAccount({ ...valid, email: `${'a'.repeat(249)}@x.com` });
    expect(server.requests.map((r) => (r.json as { email: string }).email.length)).toEqual([2, 255]);
  });

  it('never echoes a password in a validation message', async () => {
    const issues = await issuesOf((m) => m.createAccount({ ...valid, password: 'abcdefgh' }));
    expect(JSON.stringify(issues)).not.toContain('abcdefgh');
  });
});

describe('updateAccount input', () => {
  it('refuses old_password without new_password, and the reverse', async () => {
    expect(await issuesOf((m) => m.updateAccount('630929_abc', { old_password: 'Mypass1' }))).toEqual([
      { path: 'body.new_password', message: 'A password change needs new_password along with old_password' },
    ]);
    expect(await issuesOf((m) => m.updateAccount('630929_abc', { new_password: 'Mysecuredpass2' }))).toEqual([
      { path: 'body.old_password', message: 'A password change needs old_password along with new_password' },
    ]);
  });

  it('reports a lone password field together with other mistakes', async () => {
    const issues = await issuesOf((m) => m.updateAccount('630929_abc', { email: 'x', new_password: 'Mysecuredpass2' }));
    expect(issues.map((i) => i.path)).toEqual(['body.email', 'body.old_password']);
  });

  it('checks the new password against the rules', async () => {
    const issues = await issuesOf((m) => m.updateAccount('630929_abc', { old_password: 'Mypass1', new_password: 'short' }));
    expect(issues.map((i) => i.path)).toEqual(['body.new_password', 'body.new_password']);
  });

  it.each([
    ['client', { client: 'appTestMention' }, 'client is not updatable: it is set when the account is created'],
    ['password', { password: 'Mypass12' }, 'A password change sends old_password and new_password, not password'],
  ])('refuses %s with the reason', async (field, body, message) => {
    const issues = await issuesOf((m) => m.updateAccount('630929_abc', body as never));
    expect(issues).toEqual([{ path: `body.${field}`, message }]);
    // The types refuse both too (never called: a compile-time check).
    const typed = (m: Awaited<ReturnType<typeof setup>>['mention']) => [
      // @ts-expect-error — client is not updatable
      m.updateAccount('630929_abc', { client: 'appTestMention' }),
      // @ts-expect-error — a password change is old_password + new_password
      m.updateAccount('630929_abc', { password: 'Mypass12' }),
    ];
    expect(typed).toBeTypeOf('function');
  });

  it('refuses an empty account id', async () => {
    const issues = await issuesOf((m) => m.updateAccount('', { name: 'x' }));
    expect(issues.map((i) => i.path)).toEqual(['params.account_id']);
  });

  it('sends a password change with both fields', async () => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup());
    const body = { name: 'John Smith Jr', language_code: 'fr', old_password: 'Mypass1', new_password: 'Mysecuredpass2' };
    await mention.updateAccount('630929_abc', body);
    expect(server.requests[0]!.json).toEqual(body);
  });
});
