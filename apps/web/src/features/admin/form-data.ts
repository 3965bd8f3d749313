// Pure shaping between the forms' text fields and the write bodies.
import {
  formatJalaliNumeric,
  isoToJalali,
  type meetingCreateSchema,
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

export interface MeetingForm {
  heldOn: string;
  heldOnApproximate: boolean;
  number: string;
  title: string;
  location: string;
  agenda: string;
  summary: string;
  attendees: AttendeeRow[];
  decisions: DecisionRow[];
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
