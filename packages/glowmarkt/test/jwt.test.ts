import { describe, expect, it } from 'vitest';
import { jwtExpiry } from '../src/internal/jwt';
import { jwt } from './issuer';

describe('jwtExpiry', () => {
  it('reads `exp` (Unix seconds) from the payload, as epoch ms', () => {
    expect(jwtExpiry(jwt('a', 1893456000))).toBe(1893456000_000);
  });

  it.each([
    ['not a JWT', 'opaque-token-1'],
    ['a payload that is not base64 JSON', 'a.%%%.c'],
    ['no exp', `x.${Buffer.from('{"sub":"a"}').toString('base64url')}.y`],
    ['a string exp', `x.${Buffer.from('{"exp":"1893456000"}').toString('base64url')}.y`],
    ['a null payload', `x.${Buffer.from('null').toString('base64url')}.y`],
  ])('gives undefined for %s', (_name, token) => {
    expect(jwtExpiry(token)).toBeUndefined();
  });
});
