import { describe, expect, it } from 'vitest';
import { bearerToken } from './bearer-token.ts';

describe('bearerToken', () => {
  it('reads the token of a bearer credential, case-insensitively', () => {
    expect(bearerToken('Bearer nb_abc-_1')).toBe('nb_abc-_1');
    expect(bearerToken('bearer   nb_abc  ')).toBe('nb_abc');
  });

  it('tells a missing header from a malformed one', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('  ')).toBeUndefined();
    expect(bearerToken('Basic YTpi')).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
  });
});
