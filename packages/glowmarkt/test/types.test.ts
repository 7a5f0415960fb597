import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  GlowmarktAccount,
  GlowmarktAddAccountRequest,
  GlowmarktChangePasswordRequest,
  GlowmarktClient,
  GlowmarktClientOptions,
  GlowmarktDeletedAccount,
  GlowmarktSession,
  GlowmarktValid,
} from '../src/index';

describe('public types', () => {
  it('methods take and return the named types', () => {
    expectTypeOf<GlowmarktClient['getAccounts']>().returns.resolves.toEqualTypeOf<GlowmarktAccount[]>();
    expectTypeOf<GlowmarktClient['deleteAccount']>().returns.resolves.toEqualTypeOf<GlowmarktDeletedAccount | undefined>();
    expectTypeOf<GlowmarktClient['addAccount']>().parameter(0).toEqualTypeOf<GlowmarktAddAccountRequest>();
    expectTypeOf<GlowmarktClient['changePassword']>().parameter(0).toEqualTypeOf<GlowmarktChangePasswordRequest>();
    expectTypeOf<GlowmarktClient['changeName']>().returns.resolves.toEqualTypeOf<GlowmarktValid>();
    expectTypeOf<GlowmarktSession['token']>().toEqualTypeOf<string>();
    // `updateAccount`'s body is optional, as in the spec.
    expectTypeOf<GlowmarktClient['updateAccount']>().toBeCallableWith('acc-1');
  });

  it('mixed credentials are a compile-time error', () => {
    // @ts-expect-error — `username` cannot be combined with `token`
    const mixed: GlowmarktClientOptions = { applicationId: 'a', token: 't', username: 'u', password: 'p' };
    expect(mixed).toBeDefined();
  });
});

// Built by turbo before the tests run (`test` depends on `build`).
const dts = new URL('../dist/index.d.ts', import.meta.url);

describe('emitted declarations', () => {
  it('document every field of every public interface', () => {
    expect(existsSync(dts), 'dist/index.d.ts: run the build first').toBe(true);
    const text = readFileSync(dts, 'utf8');
    const bodies = [
      ...text.matchAll(
        /^interface (Glowmarkt\w+|TokenAuth|PasswordAuth|NoUserAuth|BasicCredentials|CredentialConflict)\b[^{]*\{\n([\s\S]*?)^\}/gm,
      ),
    ];
    const undocumented: string[] = [];
    let fields = 0;
    for (const [, name, body] of bodies) {
      const lines = body!.split('\n');
      lines.forEach((line, i) => {
        if (!/^ {2}(\[field: string\]|[\w$]+\??):/.test(line)) return;
        fields++;
        if (!lines[i - 1]?.trim().endsWith('*/')) undocumented.push(`${name}.${line.trim()}`);
      });
    }
    expect(bodies.length).toBeGreaterThanOrEqual(18);
    expect(fields).toBeGreaterThanOrEqual(60);
    expect(undocumented).toEqual([]);
  });
});
