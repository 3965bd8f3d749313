import { describe, expect, it } from 'vitest';
import { statsFilterToQuery } from './filter-query.ts';
import { statsFilterSchema } from './filters.ts';

describe('statsFilterSchema', () => {
  it.each([
    [{}, {}],
    [
      { from: '1399', to: '1399' },
      { from: 1399, to: 1399 },
    ],
    [{ from: '۱۳۹۹' }, { from: 1399 }],
    [{ from: '', sector: '' }, {}],
    [
      { province: 'IR-03', kind: 'national_association' },
      { province: 'IR-03', kind: 'national_association' },
    ],
    [
      { status: 'active', sector: 'food' },
      { status: 'active', sector: 'food' },
    ],
  ])('accepts %o', (input, expected) => {
    expect(statsFilterSchema.parse(input)).toEqual(expected);
  });

  it.each([
    [{ from: 'abc' }, 'سال باید یک عدد'],
    [{ to: '99999' }, 'سال باید بین'],
    [{ from: '1401', to: '1399' }, 'سال آغاز'],
    [{ province: 'IR-99' }, 'کد استان'],
    [{ sector: 'spaceships' }, 'بخش صنعتی'],
    [{ kind: 'club' }, 'نوع تشکل'],
    [{ status: 'sleeping' }, 'وضعیت تشکل'],
    [{ from: '13.99' }, 'سال باید یک عدد'],
  ])('refuses %o with a Persian message', (input, message) => {
    const result = statsFilterSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});

describe('statsFilterToQuery', () => {
  it('writes ASCII digits in a fixed order and skips empty keys', () => {
    expect(statsFilterToQuery({ to: 1400, from: 1399, sector: 'food' })).toEqual({
      from: '1399',
      to: '1400',
      sector: 'food',
    });
    expect(Object.keys(statsFilterToQuery({ to: 1400, from: 1399 }))).toEqual(['from', 'to']);
  });
});
