import { describe, expect, it } from 'vitest';
import { auditChanges, auditValueFa, describeChangesFa } from './audit-diff.ts';

describe('auditChanges', () => {
  it.each([
    [
      'an update: only what changed, bookkeeping left out',
      { id: 1, members: 21, nameFa: 'الف', version: 1, updatedAt: 'a' },
      { id: 1, members: 47, nameFa: 'الف', version: 2, updatedAt: 'b' },
      [{ field: 'members', before: 21, after: 47 }],
    ],
    [
      'a create: what it set',
      null,
      { id: 3, title: 'جلسه', version: 1 },
      [{ field: 'title', before: null, after: 'جلسه' }],
    ],
    ['a delete: what it removed', { title: 'جلسه' }, null, [{ field: 'title', before: 'جلسه', after: null }]],
    ['lists compare by value', { provinceCodes: ['IR-01'] }, { provinceCodes: ['IR-01'] }, []],
  ])('%s', (_name, before, after, expected) => {
    expect(auditChanges(before, after)).toEqual(expected);
  });
});

describe('auditValueFa', () => {
  it.each([
    ['members', 47, '۴۷'],
    ['establishedOn', '2020-06-21', '۱۳۹۹/۰۴/۰۱'],
    ['status', 'suspended', 'تعلیق‌شده'],
    ['status', 'in_progress', 'در حال پیگیری'],
    ['role', 'editor', 'ویرایشگر'],
    ['disabled', true, 'بله'],
    ['dueOn', null, '—'],
    ['provinceCodes', ['IR-01', 'IR-03'], 'IR-01، IR-03'],
    ['attendees', [{ name: 'الف' }], '۱ مورد'],
  ])('%s %j → %s', (field, value, expected) => {
    expect(auditValueFa(field, value)).toBe(expected);
  });

  it('describes changes with Persian labels', () => {
    expect(describeChangesFa([{ field: 'members', before: 21, after: 47 }])).toBe('تعداد اعضا: ۲۱ → ۴۷');
  });
});
