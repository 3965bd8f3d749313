// Pure shaping between the forms' text fields and the write bodies.
import {
  formatJalaliNumeric,
  isoToJalali,
  type meetingCreateSchema,
  type meetingUpdateSchema,
  type organizationCreateSchema,
  type organizationUpdateSchema,
} from '@hamgen/shared';
import type { z } from 'zod';

/** An ISO date shown as the Jalali text a form edits (`1403/05/12`); empty when absent. */
export function jalaliText(iso: string | null | undefined): string {
  const date = iso ? isoToJalali(iso) : null;
  return date ? formatJalaliNumeric(date) : '';
}

export interface AttendeeRow {
  name: string;
  role: string;
  organization: string;
  isNewMember: boolean;
}

export interface DecisionRow {
  text: string;
  topic: string;
  responsible: string;
  dueOn: string;
  status: 'open' | 'in_progress' | 'done';
}

export interface MeetingDetails {
  heldOn: string;
  heldOnApproximate: boolean;
  number: string;
  title: string;
  location: string;
  agenda: string;
  summary: string;
}

export interface MeetingForm extends MeetingDetails {
  attendees: AttendeeRow[];
  decisions: DecisionRow[];
}

/** The edit form: a stored meeting's fields and roster, as text the inputs hold. */
export type MeetingEditForm = MeetingDetails & { attendees: AttendeeRow[] };

export function meetingEditForm(
  m: {
    heldOn: string;
    heldOnApproximate: boolean;
    number: number | null;
    title: string;
    location: string | null;
    agenda: string;
    summary: string;
  },
  roster: readonly AttendeeRow[],
): MeetingEditForm {
  return {
    heldOn: jalaliText(m.heldOn),
    heldOnApproximate: m.heldOnApproximate,
    number: m.number === null ? '' : String(m.number),
    title: m.title,
    location: m.location ?? '',
    agenda: m.agenda,
    summary: m.summary,
    attendees: roster.map(({ name, role, organization, isNewMember }) => ({ name, role, organization, isNewMember })),
  };
}

/** The PATCH body: the version read and what changed; the roster goes whole when any row changed. */
export function meetingPatch(
  read: MeetingEditForm,
  form: MeetingEditForm,
  version: number,
): z.input<typeof meetingUpdateSchema> {
  const { attendees: readRoster, ...readDetails } = read;
  const { attendees: roster, ...details } = form;
  const changed = changedFields(readDetails, details);
  const body: z.input<typeof meetingUpdateSchema> = { version };
  for (const [key, value] of Object.entries(changed)) {
    const text = typeof value === 'string' ? value.trim() : value;
    (body as Record<string, unknown>)[key] = key === 'number' && text === '' ? null : text;
  }
  if (JSON.stringify(readRoster) !== JSON.stringify(roster)) body.attendees = roster;
  return body;
}

/** Row `index` moved one place up (-1) or down (+1); the roster's order is the minutes' order. */
export function moveRow<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= rows.length) return [...rows];
  const out = [...rows];
  [out[index], out[to]] = [out[to] as T, out[index] as T];
  return out;
}

export interface DecisionFields {
  text: string;
  topic: string;
  responsible: string;
  dueOn: string;
}

export const decisionFields = (d: { text: string; topic: string; responsible: string; dueOn: string | null }) => ({
  text: d.text,
  topic: d.topic,
  responsible: d.responsible,
  dueOn: jalaliText(d.dueOn),
});

/** A decision's PATCH body (its status changes through the status form, with a note). */
export function decisionPatch(read: DecisionFields, form: DecisionFields, version: number) {
  const changed = changedFields({ ...read }, { ...form });
  const body: { version: number; text?: string; topic?: string; responsible?: string; dueOn?: string | null } = {
    version,
  };
  if (changed.text !== undefined) body.text = changed.text;
  if (changed.topic !== undefined) body.topic = changed.topic;
  if (changed.responsible !== undefined) body.responsible = changed.responsible;
  if (changed.dueOn !== undefined) body.dueOn = changed.dueOn.trim() === '' ? null : changed.dueOn.trim();
  return body;
}

export const emptyAttendee = (): AttendeeRow => ({ name: '', role: '', organization: '', isNewMember: false });
export const emptyDecision = (): DecisionRow => ({ text: '', topic: '', responsible: '', dueOn: '', status: 'open' });
export const emptyMeeting = (): MeetingForm => ({
  heldOn: '',
  heldOnApproximate: false,
  number: '',
  title: '',
  location: '',
  agenda: '',
  summary: '',
  attendees: [],
  decisions: [],
});

/**
 * The POST /api/meetings body. Every row is sent as typed (row i of the form is item i of the
 * body), so an issue at `decisions.1.dueOn` lands beside the right input.
 */
export function meetingBody(form: MeetingForm): z.input<typeof meetingCreateSchema> {
  return {
    heldOn: form.heldOn.trim(),
    heldOnApproximate: form.heldOnApproximate,
    number: form.number.trim() === '' ? null : form.number.trim(),
    title: form.title,
    location: form.location,
    agenda: form.agenda,
    summary: form.summary,
    attendees: form.attendees.map((a) => ({
      name: a.name,
      role: a.role,
      organization: a.organization,
      isNewMember: a.isNewMember,
    })),
    decisions: form.decisions.map((d) => ({
      text: d.text,
      topic: d.topic,
      responsible: d.responsible,
      dueOn: d.dueOn.trim() === '' ? null : d.dueOn.trim(),
      status: d.status,
    })),
  };
}

/** Only the fields that differ from what was read, plus its version: nothing else is touched. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] !== before[key]) out[key] = after[key];
  }
  return out;
}

export interface OrganizationForm {
  nameFa: string;
  nameEn: string;
  kind: string;
  provinceCode: string;
  sectorCode: string;
  establishedOn: string;
  status: string;
  members: string;
  lastElectionOn: string;
}

export function organizationForm(o: {
  nameFa: string;
  nameEn: string | null;
  kind: string;
  provinceCode: string | null;
  sectorCode: string;
  establishedOn: string;
  status: string;
  members: number;
  lastElectionOn: string | null;
}): OrganizationForm {
  return {
    nameFa: o.nameFa,
    nameEn: o.nameEn ?? '',
    kind: o.kind,
    provinceCode: o.provinceCode ?? '',
    sectorCode: o.sectorCode,
    establishedOn: jalaliText(o.establishedOn),
    status: o.status,
    members: String(o.members),
    lastElectionOn: jalaliText(o.lastElectionOn),
  };
}

export const emptyOrganization = (): OrganizationForm => ({
  nameFa: '',
  nameEn: '',
  kind: 'provincial_association',
  provinceCode: '',
  sectorCode: 'food',
  establishedOn: '',
  status: 'active',
  members: '0',
  lastElectionOn: '',
});

/** The POST body: empty optional fields become null, the rest go as typed for the schema to judge. */
export function organizationBody(form: OrganizationForm): z.input<typeof organizationCreateSchema> {
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  // The select fields hold the schema's enum values; the schema checks this body before it is sent.
  return {
    nameFa: form.nameFa,
    nameEn: orNull(form.nameEn),
    kind: form.kind,
    provinceCode: orNull(form.provinceCode),
    sectorCode: form.sectorCode,
    establishedOn: form.establishedOn.trim(),
    status: form.status,
    members: form.members.trim() === '' ? 0 : form.members.trim(),
    lastElectionOn: orNull(form.lastElectionOn),
  } as z.input<typeof organizationCreateSchema>;
}

/** The PATCH body: the version read, the changed fields in the API's shapes, and the note. */
export function organizationPatch(
  before: OrganizationForm,
  after: OrganizationForm,
  version: number,
  note: string,
): z.input<typeof organizationUpdateSchema> {
  const changed = changedFields({ ...before }, { ...after });
  const body: Record<string, unknown> = { version };
  for (const [key, value] of Object.entries(changed)) {
    if (key === 'provinceCode' || key === 'lastElectionOn') body[key] = value === '' ? null : value;
    else body[key] = value;
  }
  if (note.trim() !== '') body.note = note;
  // The select fields hold the schema's enum values; the form checks this body with the schema
  // before it is sent, and the server checks it again.
  return body as z.input<typeof organizationUpdateSchema>;
}
