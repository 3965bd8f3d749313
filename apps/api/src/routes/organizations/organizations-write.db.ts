// Writing associations by hand (source 'manual'). Every write keeps `search_text` (compactFa of
// the name) and `jalali_year` (of established_on) in step with the row, bumps `version`, and
// keeps the history: a 'formed' event on creation, a 'status_change' event when status changes.
import {
  jalaliYearOf,
  type OrganizationCreate,
  type OrganizationUpdate,
  organizationProvinceIssue,
  toPersianDigits,
} from '@hamgen/shared';
import { and, count, eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizationSearchText } from '../../db/normalized-columns.ts';
import { decisionOrganizations, meetings, organizationEvents, organizations } from '../../db/schema.ts';
import { ApiError } from '../../lib/errors.ts';
import { atVersion, expectVersion, nextVersion } from '../../lib/versioned.ts';

const { searchText: _searchText, ...rowColumns } = getTableColumns(organizations);
export const ORGANIZATION_NOT_FOUND = 'تشکلی با این شناسه پیدا نشد';

export type OrganizationRow = NonNullable<ReturnType<typeof readOrganization>>;

export function readOrganization(db: Db, id: number) {
  return db.select(rowColumns).from(organizations).where(eq(organizations.id, id)).get();
}

function checkRow(db: Db, row: { kind: string; provinceCode: string | null; approvedInMeetingId?: number | null }) {
  const provinceIssue = organizationProvinceIssue(row.kind, row.provinceCode);
  if (provinceIssue)
    throw new ApiError(400, 'invalid_json', provinceIssue, [{ path: 'provinceCode', message: provinceIssue }]);
  if (row.approvedInMeetingId) {
    const meeting = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, row.approvedInMeetingId)).get();
    const message = 'جلسه تصویب با این شناسه پیدا نشد';
    if (!meeting) throw new ApiError(400, 'invalid_json', message, [{ path: 'approvedInMeetingId', message }]);
  }
}

export function insertOrganization(db: Db, input: OrganizationCreate, source: string, nowIso: string): OrganizationRow {
  checkRow(db, input);
  const [row] = db
    .insert(organizations)
    .values({
      ...input,
      nameEn: input.nameEn ?? null,
      members: input.members ?? 0,
      approvedInMeetingId: input.approvedInMeetingId ?? null,
      lastElectionOn: input.lastElectionOn ?? null,
      jalaliYear: jalaliYearOf(input.establishedOn),
      searchText: organizationSearchText(input),
      source,
      createdAt: nowIso,
      updatedAt: nowIso,
    })
    .returning(rowColumns)
    .all();
  if (!row) throw new Error('insert returned no row');
  db.insert(organizationEvents)
    .values({ organizationId: row.id, happenedOn: row.establishedOn, type: 'formed', source })
    .run();
  return row;
}

/** Changes the fields given; 404/409 when the row is gone or was changed since `version`. */
export function updateOrganization(db: Db, id: number, update: OrganizationUpdate, nowIso: string, source = 'manual') {
  const { version, note, ...patch } = update;
  const before = expectVersion(readOrganization(db, id), version, ORGANIZATION_NOT_FOUND);
  checkRow(db, { ...before, ...patch });
  const [after] = db
    .update(organizations)
    .set({
      ...patch,
      ...(patch.nameFa !== undefined && { searchText: organizationSearchText({ nameFa: patch.nameFa }) }),
      ...(patch.establishedOn !== undefined && { jalaliYear: jalaliYearOf(patch.establishedOn) }),
      updatedAt: nowIso,
      version: nextVersion(organizations),
    })
    .where(atVersion(organizations, id, version))
    .returning(rowColumns)
    .all();
  if (!after) throw new Error('versioned update lost its row');
  if (patch.establishedOn !== undefined && patch.establishedOn !== before.establishedOn) {
    db.update(organizationEvents)
      .set({ happenedOn: patch.establishedOn })
      .where(and(eq(organizationEvents.organizationId, id), eq(organizationEvents.type, 'formed')))
      .run();
  }
  if (patch.status !== undefined && patch.status !== before.status) {
    db.insert(organizationEvents)
      .values({ organizationId: id, happenedOn: nowIso.slice(0, 10), type: 'status_change', note: note ?? '', source })
      .run();
  }
  return { before, after };
}

/** Why a row may not be deleted: a decision names it, or a meeting's minutes approved it. */
function deleteRefusal(db: Db, row: OrganizationRow): string | null {
  const named =
    db.select({ n: count() }).from(decisionOrganizations).where(eq(decisionOrganizations.organizationId, row.id)).get()
      ?.n ?? 0;
  if (named > 0) {
    return `این تشکل در ${toPersianDigits(named)} مصوبه نام برده شده است و حذف نمی‌شود؛ نخست آن را از مصوبه‌ها بردارید`;
  }
  if (row.approvedInMeetingId !== null) {
    return 'تصویب این تشکل در صورت‌جلسه یک جلسه ثبت شده است و حذف نمی‌شود؛ وضعیت آن را «منحل‌شده» کنید';
  }
  return null;
}

export function deleteOrganization(db: Db, id: number, version: number): OrganizationRow {
  const before = expectVersion(readOrganization(db, id), version, ORGANIZATION_NOT_FOUND);
  const refusal = deleteRefusal(db, before);
  if (refusal) throw new ApiError(409, 'in_use', refusal);
  // Its own history events cascade.
  db.delete(organizations)
    .where(atVersion(organizations, id, version))
    .run();
  return before;
}
