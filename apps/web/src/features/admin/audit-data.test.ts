import { describe, expect, it } from 'vitest';
import { auditRecordHref, auditValueText } from './audit-data.ts';

describe('auditRecordHref', () => {
  it.each([
    [{ entity: 'organization', entityId: '7', before: null, after: { id: 7 } }, '/associations/7'],
    [{ entity: 'organization', entityId: '7', before: { id: 7 }, after: null }, null],
    [{ entity: 'meeting', entityId: '3', before: {}, after: {} }, '/meetings/3'],
    [{ entity: 'decision', entityId: '12', before: null, after: { meetingId: 3 } }, '/meetings/3#decision-12'],
    [{ entity: 'decision', entityId: '12', before: { meetingId: 3 }, after: null }, '/meetings/3'],
    [{ entity: 'attachment', entityId: '2', before: null, after: { meetingId: 4 } }, '/meetings/4'],
    [{ entity: 'session', entityId: '1', before: null, after: null }, null],
  ])('%j → %s', (event, href) => {
    expect(auditRecordHref(event)).toBe(href);
  });
});

describe('auditValueText', () => {
  const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}:${JSON.stringify(options)}` : key);
  it.each([
    ['members', 21, 'fa', '۲۱'],
    ['members', 47, 'en', '47'],
    ['status', 'suspended', 'fa', 'common:status.suspended'],
    ['status', 'done', 'fa', 'common:decisionStatus.done'],
    ['kind', 'national_association', 'fa', 'common:kind.national_association'],
    ['disabled', true, 'fa', 'secretariat:audit.yes'],
    ['dueOn', null, 'fa', '—'],
    ['provinceCodes', ['IR-01', 'IR-03'], 'fa', 'IR-01، IR-03'],
    ['attendees', [{ name: 'a' }, { name: 'b' }], 'fa', 'secretariat:audit.items:{"n":"۲"}'],
  ])('%s %j (%s) → %s', (name, value, lang, expected) => {
    expect(auditValueText(name, value, t, lang)).toBe(expected);
  });

  it('shows a stored date in the Jalali calendar', () => {
    expect(auditValueText('establishedOn', '2020-06-21', t, 'fa')).toMatch(/۱۳۹۹/);
  });
});

describe('record ids', () => {
  it('carry no thousands separator', () => {
    const t = (key: string) => key;
    expect(auditValueText('meetingId', 2829, t, 'fa')).toBe('۲۸۲۹');
    expect(auditValueText('members', 2829, t, 'fa')).not.toBe('۲۸۲۹');
  });
});
