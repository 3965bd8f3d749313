import { describe, expect, it } from 'vitest';
import { errorsByPath } from './field-errors.ts';

describe('errorsByPath', () => {
  it('keeps the first message of each field', () => {
    expect(
      errorsByPath([
        { path: 'title', message: 'a' },
        { path: 'title', message: 'b' },
        { path: 'decisions.1.dueOn', message: 'c' },
      ]),
    ).toEqual({ title: 'a', 'decisions.1.dueOn': 'c' });
  });
});
