import { describe, expect, it } from 'vitest';
import { toQuery } from './client.ts';

describe('toQuery', () => {
  it('turns values into strings and leaves absent ones out', () => {
    expect(toQuery({ page: 2, q: 'آب', status: undefined, open: false })).toEqual({
      page: '2',
      q: 'آب',
      open: 'false',
    });
  });

  it('keeps empty text unless asked to drop it', () => {
    expect(toQuery({ q: '' })).toEqual({ q: '' });
    expect(toQuery({ q: '', entity: 'meeting' }, { dropEmpty: true })).toEqual({ entity: 'meeting' });
  });
});
