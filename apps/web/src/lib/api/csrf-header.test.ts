import { describe, expect, it } from 'vitest';
import { writeInit } from './csrf-header.ts';

describe('writeInit', () => {
  it('sends the CSRF token as a header', () => {
    expect(writeInit('abc')).toEqual({ headers: { 'X-CSRF-Token': 'abc' } });
  });
});
