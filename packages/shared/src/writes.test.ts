import { describe, expect, it } from 'vitest';
import {
  checkJalaliText,
  decisionUpdateSchema,
  meetingCreateSchema,
  organizationCreateSchema,
  organizationUpdateSchema,
  usernameSchema,
} from './writes.ts';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('checkJalaliText', () => {
  it.each([
    ['1403/05/12', { ok: true, iso: '2024-08-02', year: 1403 }],
    ['۱۳۹۹/۱۲/۳۰', { ok: true, iso: '2021-03-20', year: 1399 }],
    ['١٤٠٠-١-٥', { ok: true, iso: '2021-03-25', year: 1400 }],
    ['1400/12/30', { ok: false, reason: 'impossible' }],
    ['1403/13/01', { ok: false, reason: 'impossible' }],
    ['1250/01/01', { ok: false, reason: 'range' }],
    ['12/05/1403', { ok: false, reason: 'format' }],
    ['', { ok: false, reason: 'format' }],
  ])('%s', (text, expected) => {
    expect(checkJalaliText(text)).toEqual(expected);
  });
});

const organization = {
  nameFa: ' انجمن ',
  kind: 'provincial_association',
  provinceCode: 'IR-23',
  sectorCode: 'food',
  establishedOn: '1403/05/12',
  status: 'active',
};

describe('write schemas', () => {
  it('turns Jalali text into ISO, trims text and reads digits in any script', () => {
    const parsed = organizationCreateSchema.parse({ ...organization, members: '۴۲' });
    expect(parsed).toMatchObject({ nameFa: 'انجمن', establishedOn: '2024-08-02', members: 42 });
  });

  it('names the field of an impossible date in Persian', () => {
    const result = organizationCreateSchema.safeParse({ ...organization, establishedOn: '1400/12/30' });
    expect(issues(result)).toEqual([['establishedOn', 'تاریخ تشکیل: روز ۱۴۰۰/۱۲/۳۰ در تقویم خورشیدی وجود ندارد']]);
  });

  it('ties the province to the kind', () => {
    expect(issues(organizationCreateSchema.safeParse({ ...organization, provinceCode: null }))[0]?.[0]).toBe(
      'provinceCode',
    );
    expect(
      organizationCreateSchema.safeParse({ ...organization, kind: 'national_association', provinceCode: null }).success,
    ).toBe(true);
  });

  it('requires a version on every update, and fills no defaults into a PATCH', () => {
    expect(issues(organizationUpdateSchema.safeParse({ members: 3 }))[0]?.[0]).toBe('version');
    expect(organizationUpdateSchema.parse({ version: 2 })).toEqual({ version: 2 });
    expect(decisionUpdateSchema.parse({ version: '۳', status: 'done', note: 'x' })).toEqual({
      version: 3,
      status: 'done',
      note: 'x',
    });
  });

  it('reports nested paths for attendees and decisions', () => {
    const result = meetingCreateSchema.safeParse({
      heldOn: '1403/01/01',
      title: 'جلسه',
      attendees: [{ name: 'الف' }, { name: '' }],
      decisions: [{ text: 'مصوبه', dueOn: '1402/12/30' }],
    });
    expect(issues(result).map((i) => i[0])).toEqual(['attendees.1.name', 'decisions.0.dueOn']);
  });

  it('normalizes usernames and refuses odd ones', () => {
    expect(usernameSchema.parse(' Secretary.One ')).toBe('secretary.one');
    expect(usernameSchema.safeParse('ab').success).toBe(false);
    expect(usernameSchema.safeParse('کاربر').success).toBe(false);
  });
});
