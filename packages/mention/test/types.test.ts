import { describe, expectTypeOf, it } from 'vitest';
import type { MentionAccountResponse, MentionClient, MentionCreateAccountRequest, MentionUpdateAccountRequest } from '../src/index';

describe('public types are named', () => {
  it('methods take and return the named types', () => {
    expectTypeOf<Parameters<MentionClient['createAccount']>[0]>().toEqualTypeOf<MentionCreateAccountRequest>();
    expectTypeOf<Parameters<MentionClient['updateAccount']>>().toEqualTypeOf<
      [accountId: string, body: MentionUpdateAccountRequest, options?: import('@acct/core').CallOptions]
    >();
    expectTypeOf<Awaited<ReturnType<MentionClient['getMe']>>>().toEqualTypeOf<MentionAccountResponse>();
  });

  it('types nullable response fields with null', () => {
    expectTypeOf<MentionAccountResponse['account']['id']>().toEqualTypeOf<string>();
    expectTypeOf<null>().toExtend<MentionAccountResponse['account']['created_at']>();
    expectTypeOf<number>().toExtend<
      MentionUpdateAccountRequest['default_notification_phone'] extends infer P ? (P extends { number: infer N } ? N : never) : never
    >();
  });
});
