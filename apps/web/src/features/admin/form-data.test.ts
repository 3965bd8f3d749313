import { meetingCreateSchema, organizationCreateSchema } from '@hamgen/shared';
import { describe, expect, it } from 'vitest';
import { errorsByPath, zodIssues } from '../../components/forms/field-errors.ts';
import {
  changedFields,
  decisionFields,
  decisionPatch,
  emptyDecision,
  emptyMeeting,
  emptyOrganization,
  jalaliText,
  meetingBody,
  meetingEditForm,
  meetingPatch,
  moveRow,
  organizationBody,
  organizationPatch,
} from './form-data.ts';

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

describe('moveRow', () => {
  it.each([
    [1, -1, ['b', 'a', 'c']],
    [1, 1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
  ] as const)('row %d by %d', (index, by, expected) => {
    expect(moveRow(['a', 'b', 'c'], index, by)).toEqual(expected);
  });
});

describe('meetingPatch', () => {
  const stored = meetingEditForm(
    {
      heldOn: '2024-08-02',
      heldOnApproximate: false,
      number: 12,
      title: 'کمسیون',
      location: null,
      agenda: '',
      summary: '',
    },
    [{ name: 'الف', role: '', organization: '', isNewMember: false }],
  );
  it('sends the version and only what changed; the roster whole when a row changed', () => {
    const edited = {
      ...stored,
      title: 'کمیسیون ',
      number: '',
      attendees: [...stored.attendees, { name: 'ب', role: '', organization: '', isNewMember: true }],
    };
    expect(meetingPatch(stored, edited, 3)).toEqual({
      version: 3,
      title: 'کمیسیون',
      number: null,
      attendees: edited.attendees,
    });
    expect(meetingPatch(stored, stored, 3)).toEqual({ version: 3 });
    expect(stored.heldOn).toBe('1403/05/12');
  });
});

describe('decisionPatch and organizationBody', () => {
  it('a decision: changed words only, an emptied due date as null', () => {
    const read = decisionFields({ text: 'الف', topic: '', responsible: '', dueOn: '2024-08-02' });
    expect(decisionPatch(read, { ...read, dueOn: ' ' }, 2)).toEqual({ version: 2, dueOn: null });
  });
  it('a new association passes the shared schema as the form typed it', () => {
    const body = organizationBody({
      ...emptyOrganization(),
      nameFa: 'انجمن تازه',
      provinceCode: 'IR-03',
      establishedOn: '۱۴۰۳/۰۱/۱۵',
    });
    expect(organizationCreateSchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ nameEn: null, lastElectionOn: null, provinceCode: 'IR-03' });
  });
});
