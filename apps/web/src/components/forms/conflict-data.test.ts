import { describe, expect, it } from 'vitest';
import { keepMine, theirChanges } from './conflict-data.ts';

describe('theirChanges', () => {
  const show = (_field: string, value: unknown) => (Array.isArray(value) ? `${value.length}` : String(value));
  it.each([
    ['nothing changed', { a: '1', b: [1] }, { a: '1', b: [1] }, []],
    ['a text field', { a: '21', b: [1] }, { a: '47', b: [1] }, [{ field: 'a', before: '21', after: '47' }]],
    ['a list, by value', { a: '1', b: [1] }, { a: '1', b: [1, 2] }, [{ field: 'b', before: '1', after: '2' }]],
  ])('%s', (_name, read, stored, expected) => {
    expect(theirChanges(read, stored, show)).toEqual(expected);
  });
});

describe('keepMine', () => {
  it('puts only my changed fields on the stored record', () => {
    const read = { title: 'کمسیون', location: '', members: '21' };
    const mine = { title: 'کمیسیون', location: '', members: '21' };
    const stored = { title: 'کمسیون', location: 'تبریز', members: '47' };
    expect(keepMine(read, mine, stored)).toEqual({ title: 'کمیسیون', location: 'تبریز', members: '47' });
  });
});
