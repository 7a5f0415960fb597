import { describe, expect, it } from 'vitest';
import { ResponseValidationError } from '../src/index';
import { glowmarktOn, reply, type SuccessFixture, successFixtures } from './helpers';

type Body = Record<string, unknown>;
const fixtures = successFixtures();

// Response variants the policy must accept: each field nulled, each removed, all nulled, all
// removed, an unknown field and a new status value added. The resolved data is the variant itself.
function variants(body: Body): [string, Body][] {
  const keys = Object.keys(body);
  const out: [string, Body][] = [];
  for (const k of keys) {
    out.push([`${k}: null`, { ...body, [k]: null }]);
    const { [k]: _removed, ...rest } = body;
    out.push([`${k} absent`, rest]);
  }
  out.push(['every field null', Object.fromEntries(keys.map((k) => [k, null]))]);
  out.push(['empty object', {}]);
  out.push(['an unknown field', { ...body, plan: { tier: 'pro', since: 2026 } }]);
  if ('status' in body) out.push(['a new status value', { ...body, status: 'suspended' }]);
  return out;
}

const asArray = (f: SuccessFixture, item: Body) => (Array.isArray(f.body) ? [item] : item);
const itemOf = (f: SuccessFixture) => (Array.isArray(f.body) ? f.body[0] : f.body) as Body;
const call = (glow: unknown, f: SuccessFixture) => (glow as Record<string, (...a: unknown[]) => Promise<unknown>>)[f.operation]!(...f.args);

describe('response policy: lenient in what a success may bring', () => {
  it('covers every account operation that has a success fixture', () => {
    expect(new Set(fixtures.map((f) => f.operation)).size).toBe(12);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s: every variant resolves, unknown data kept', async (_file, f) => {
    let current: unknown;
    const { glow } = await glowmarktOn((_req, res) => reply(res, 200, current));
    const tried = variants(itemOf(f));
    for (const [, variant] of tried) {
      current = asArray(f, variant);
      await expect(call(glow, f)).resolves.toEqual(current);
    }
    expect(tried.length).toBeGreaterThan(3);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s: a wrong-typed id or flag is refused, the data kept', async (_file, f) => {
    const item = itemOf(f);
    // `userId` of the delete answer has no type in the spec: any JSON value is accepted there.
    const typed = Object.keys(item).filter((k) => !(f.operation === 'deleteAccount' && k === 'userId'));
    expect(typed.length).toBeGreaterThan(0);
    let current: unknown;
    const { glow } = await glowmarktOn((_req, res) => reply(res, 200, current));
    for (const key of typed) {
      current = asArray(f, { ...item, [key]: typeof item[key] === 'number' ? 'not-a-number' : 42 });
      const error = (await call(glow, f).catch((e) => e)) as ResponseValidationError;
      expect(error, key).toBeInstanceOf(ResponseValidationError);
      expect(error.data).toEqual(current);
    }
  });

  it('still checks the envelope: an object where the accounts array belongs is refused', async () => {
    const { glow } = await glowmarktOn((_req, res) => reply(res, 200, { accountId: 'a' }));
    await expect(glow.getAccounts()).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('keeps the user id of a delete as sent, whatever its JSON type (the spec gives none)', async () => {
    const { glow } = await glowmarktOn((_req, res) => reply(res, 200, { accountId: 'a', status: 'inactive', userId: 7, valid: true }));
    await expect(glow.deleteAccount('a')).resolves.toEqual({ accountId: 'a', status: 'inactive', userId: 7, valid: true });
  });
});
