// Writing decisions by hand (source 'manual'): text, follow-up fields and links to provinces and
// associations. `search_text` follows text, topic and responsible body on every write; a change
// of status needs a note, which the route records in the audit log.
import { type DecisionInMeeting, type DecisionUpdate, STATUS_NOTE_REQUIRED } from '@hamgen/shared';
import { eq, getTableColumns, inArray, max } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { decisionSearchText } from '../../db/normalized-columns.ts';
import { decisionOrganizations, decisionProvinces, decisions, organizations } from '../../db/schema.ts';
import { ApiError } from '../../lib/errors.ts';
import { atVersion, expectVersion, nextVersion } from '../../lib/versioned.ts';

const { searchText: _searchText, ...rowColumns } = getTableColumns(decisions);
export const DECISION_NOT_FOUND = 'مصوبه‌ای با این شناسه پیدا نشد';

/** The row with its links as id lists: what the audit log keeps before and after a change. */
export function readDecision(db: Db, id: number) {
  const row = db.select(rowColumns).from(decisions).where(eq(decisions.id, id)).get();
  if (!row) return undefined;
  const provinceCodes = db
    .select({ code: decisionProvinces.provinceCode })
    .from(decisionProvinces)
    .where(eq(decisionProvinces.decisionId, id))
    .all()
    .map((r) => r.code)
    .sort();
  const organizationIds = db
    .select({ id: decisionOrganizations.organizationId })
    .from(decisionOrganizations)
    .where(eq(decisionOrganizations.decisionId, id))
    .all()
    .map((r) => r.id)
    .sort((a, b) => a - b);
  return { ...row, provinceCodes, organizationIds };
}
export type DecisionRecord = NonNullable<ReturnType<typeof readDecision>>;

function setLinks(db: Db, id: number, links: { provinceCodes?: string[]; organizationIds?: number[] }, path: string) {
  if (links.provinceCodes) {
    db.delete(decisionProvinces).where(eq(decisionProvinces.decisionId, id)).run();
    const codes = [...new Set(links.provinceCodes)];
    if (codes.length)
      db.insert(decisionProvinces)
        .values(codes.map((provinceCode) => ({ decisionId: id, provinceCode })))
        .run();
  }
  if (links.organizationIds) {
    const ids = [...new Set(links.organizationIds)];
    const found = new Set(
      ids.length === 0
        ? []
        : db
            .select({ id: organizations.id })
            .from(organizations)
            .where(inArray(organizations.id, ids))
            .all()
            .map((r) => r.id),
    );
    const missing = links.organizationIds.findIndex((oid) => !found.has(oid));
    if (missing >= 0) {
      const message = `تشکلی با شناسه ${links.organizationIds[missing]} پیدا نشد`;
      throw new ApiError(400, 'invalid_json', message, [{ path: `${path}organizationIds.${missing}`, message }]);
    }
    db.delete(decisionOrganizations).where(eq(decisionOrganizations.decisionId, id)).run();
    if (ids.length)
      db.insert(decisionOrganizations)
        .values(ids.map((organizationId) => ({ decisionId: id, organizationId })))
        .run();
  }
}

/** Appends a decision to a meeting (next `seq`); `path` prefixes field paths in errors. */
export function insertDecision(
  db: Db,
  meetingId: number,
  input: DecisionInMeeting,
  source: string,
  nowIso: string,
  path = '',
): DecisionRecord {
  const fields = { text: input.text, topic: input.topic ?? '', responsible: input.responsible ?? '' };
  const last = db
    .select({ seq: max(decisions.seq) })
    .from(decisions)
    .where(eq(decisions.meetingId, meetingId))
    .get();
  const [row] = db
    .insert(decisions)
    .values({
      ...fields,
      meetingId,
      seq: (last?.seq ?? 0) + 1,
      dueOn: input.dueOn ?? null,
      status: input.status ?? 'open',
      source,
      searchText: decisionSearchText(fields),
      createdAt: nowIso,
      updatedAt: nowIso,
    })
    .returning({ id: decisions.id })
    .all();
  if (!row) throw new Error('insert returned no row');
  setLinks(
    db,
    row.id,
    { provinceCodes: input.provinceCodes ?? [], organizationIds: input.organizationIds ?? [] },
    path,
  );
  return readDecision(db, row.id) as DecisionRecord;
}

export function updateDecision(db: Db, id: number, update: DecisionUpdate, nowIso: string) {
  const { version, note, provinceCodes, organizationIds, ...patch } = update;
  const before = expectVersion(readDecision(db, id), version, DECISION_NOT_FOUND);
  const statusChanged = patch.status !== undefined && patch.status !== before.status;
  if (statusChanged && !note) {
    throw new ApiError(400, 'invalid_json', STATUS_NOTE_REQUIRED, [{ path: 'note', message: STATUS_NOTE_REQUIRED }]);
  }
  db.update(decisions)
    .set({
      ...patch,
      searchText: decisionSearchText({ ...before, ...patch }),
      updatedAt: nowIso,
      version: nextVersion(decisions),
    })
    .where(atVersion(decisions, id, version))
    .run();
  setLinks(db, id, { provinceCodes, organizationIds }, '');
  return { before, after: readDecision(db, id) as DecisionRecord, statusChanged };
}

export function deleteDecision(db: Db, id: number, version: number): DecisionRecord {
  const before = expectVersion(readDecision(db, id), version, DECISION_NOT_FOUND);
  db.delete(decisions)
    .where(atVersion(decisions, id, version))
    .run();
  return before;
}
