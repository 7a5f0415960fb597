import { describe, expectTypeOf, it } from 'vitest';
import type { ThirdwatchAccountRequest, ThirdwatchClient, ThirdwatchEventResponse, ThirdwatchLoginRequest } from '../src/index';

describe('public types are named', () => {
  it('methods take and return the named types', () => {
    expectTypeOf<Parameters<ThirdwatchClient['updateAccount']>[0]>().toEqualTypeOf<ThirdwatchAccountRequest>();
    expectTypeOf<Parameters<ThirdwatchClient['login']>[0]>().toEqualTypeOf<ThirdwatchLoginRequest>();
    expectTypeOf<Awaited<ReturnType<ThirdwatchClient['logout']>>>().toEqualTypeOf<ThirdwatchEventResponse>();
  });

  it('keeps known enum values while accepting new ones', () => {
    expectTypeOf<'_male'>().toExtend<NonNullable<ThirdwatchAccountRequest['_gender']>>();
    expectTypeOf<'_nonBinary'>().toExtend<NonNullable<ThirdwatchAccountRequest['_gender']>>();
    // @ts-expect-error — `_customInfo` is JSON: a function is not
    const bad: ThirdwatchAccountRequest = { _userId: 'u', _customInfo: () => 1 };
    void bad;
  });
});
