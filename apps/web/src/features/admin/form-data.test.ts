import { meetingCreateSchema } from '@hamgen/shared';
import { describe, expect, it } from 'vitest';
import { errorsByPath, zodIssues } from '../../components/forms/field-errors.ts';
import { changedFields, emptyDecision, emptyMeeting, jalaliText, meetingBody, organizationPatch } from './form-data.ts';

describe('jalaliText', () => {
  it.each([
    ['2024-08-02', '1403/05/12'],
    [null, ''],
    ['nonsense', ''],
  ])('%s → %s', (iso, text) => {
    expect(jalaliText(iso)).toBe(text);
  });
});

describe('meetingBody with the shared schema', () => {
  const form = {
    ...emptyMeeting(),
    title: ' جلسه ',
    heldOn: '۱۴۰۳/۰۵/۱۲',
    number: '',
    decisions: [
      { ...emptyDecision(), text: 'یک', dueOn: '' },
      { ...emptyDecision(), text: 'دو', dueOn: '1403/06/01', status: 'in_progress' as const },
    ],
  };

  it('passes a complete form, with Persian digits and no due date', () => {
    const parsed = meetingCreateSchema.parse(meetingBody(form));
    expect(parsed.heldOn).toBe('2024-08-02');
    expect(parsed.number).toBeNull();
    expect(parsed.decisions?.map((d) => d.dueOn)).toEqual([null, '2024-08-22']);
  });

  it('refuses 1400/12/30 (1400 is not a leap year) on the decision row it belongs to', () => {
    const bad = { ...form, decisions: [form.decisions[0], { ...emptyDecision(), text: 'سه', dueOn: '1400/12/30' }] };
    const result = meetingCreateSchema.safeParse(meetingBody(bad as typeof form));
    expect(result.success).toBe(false);
    const errors = errorsByPath(result.success ? [] : zodIssues(result.error));
    expect(errors['decisions.1.dueOn']).toContain('در تقویم خورشیدی وجود ندارد');
  });

  it('names an empty decision row and a missing title', () => {
    const result = meetingCreateSchema.safeParse(meetingBody({ ...form, title: '', decisions: [emptyDecision()] }));
    const errors = errorsByPath(result.success ? [] : zodIssues(result.error));
    expect(Object.keys(errors).sort()).toEqual(['decisions.0.text', 'title']);
  });
});

describe('changedFields', () => {
  it('keeps only what differs', () => {
    expect(changedFields({ a: 1, b: 'x', c: null }, { a: 1, b: 'y', c: null })).toEqual({ b: 'y' });
  });
});

describe('organizationPatch', () => {
  const before = {
    nameFa: 'انجمن',
    nameEn: '',
    kind: 'provincial_association',
    provinceCode: 'IR-01',
    sectorCode: 'food',
    establishedOn: '1399/02/03',
    status: 'active',
    members: '12',
    lastElectionOn: '',
  };

  it('sends the version and only what changed, empty province as null', () => {
    const after = { ...before, kind: 'national_association', provinceCode: '', members: '۱۳' };
    expect(organizationPatch(before, after, 4, ' ')).toEqual({
      version: 4,
      kind: 'national_association',
      provinceCode: null,
      members: '۱۳',
    });
  });

  it('keeps a note', () => {
    expect(organizationPatch(before, { ...before, status: 'suspended' }, 1, 'تعلیق')).toEqual({
      version: 1,
      status: 'suspended',
      note: 'تعلیق',
    });
  });
});
