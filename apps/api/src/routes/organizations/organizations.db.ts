import type { OrganizationListQuery, OrganizationSort } from '@hamgen/shared';
import { DEFAULT_PAGE_SIZE } from '@hamgen/shared';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  decisionOrganizations,
  meetings,
  organizationEvents,
  organizations,
  provinces,
  sectors,
} from '../../db/schema.ts';
import { organizationConditions } from '../../lib/organization-filter.ts';
import { countBySource } from '../../lib/source-counts.ts';
import { linkedDecisions } from '../decisions/decision-summary.ts';
import { matchesWords, searchNeedle } from '../search/text-match.ts';

const SORTS: Record<OrganizationSort, SQL[]> = {
  name: [asc(organizations.nameFa)],
  '-name': [desc(organizations.nameFa)],
  year: [asc(organizations.jalaliYear), asc(organizations.id)],
  '-year': [desc(organizations.jalaliYear), desc(organizations.id)],
  members: [asc(organizations.members), asc(organizations.id)],
  '-members': [desc(organizations.members), desc(organizations.id)],
  province: [asc(organizations.provinceCode), asc(organizations.nameFa)],
  '-province': [desc(organizations.provinceCode), asc(organizations.nameFa)],
};

const listColumns = {
  id: organizations.id,
  nameFa: organizations.nameFa,
  nameEn: organizations.nameEn,
  kind: organizations.kind,
  provinceCode: organizations.provinceCode,
  provinceNameFa: provinces.nameFa,
  provinceNameEn: provinces.nameEn,
  sectorCode: organizations.sectorCode,
  sectorNameFa: sectors.nameFa,
  sectorNameEn: sectors.nameEn,
  establishedOn: organizations.establishedOn,
  jalaliYear: organizations.jalaliYear,
  status: organizations.status,
  members: organizations.members,
  source: organizations.source,
};

export function listOrganizations(db: Db, query: OrganizationListQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const where = and(organizationConditions(query), matchesWords(organizations, searchNeedle(query.q ?? '')));
  const { sources, total } = countBySource(db, organizations, where);
  const rows = db
    .select(listColumns)
    .from(organizations)
    .leftJoin(provinces, eq(provinces.code, organizations.provinceCode))
    .innerJoin(sectors, eq(sectors.code, organizations.sectorCode))
    .where(where)
    .orderBy(...SORTS[query.sort ?? '-year'])
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { rows, total, page, pageSize, sources };
}

export function getOrganization(db: Db, id: number) {
  const [organization] = db
    .select({
      ...listColumns,
      approvedInMeetingId: organizations.approvedInMeetingId,
      lastElectionOn: organizations.lastElectionOn,
      updatedAt: organizations.updatedAt,
      version: organizations.version,
    })
    .from(organizations)
    .leftJoin(provinces, eq(provinces.code, organizations.provinceCode))
    .innerJoin(sectors, eq(sectors.code, organizations.sectorCode))
    .where(eq(organizations.id, id))
    .all();
  if (!organization) return undefined;

  const events = db
    .select({
      id: organizationEvents.id,
      happenedOn: organizationEvents.happenedOn,
      type: organizationEvents.type,
      note: organizationEvents.note,
      source: organizationEvents.source,
    })
    .from(organizationEvents)
    .where(eq(organizationEvents.organizationId, id))
    .orderBy(asc(organizationEvents.happenedOn), asc(organizationEvents.id))
    .all();
  const approvedIn = organization.approvedInMeetingId
    ? (db
        .select({
          id: meetings.id,
          title: meetings.title,
          heldOn: meetings.heldOn,
          heldOnApproximate: meetings.heldOnApproximate,
          number: meetings.number,
          source: meetings.source,
        })
        .from(meetings)
        .where(eq(meetings.id, organization.approvedInMeetingId))
        .get() ?? null)
    : null;
  const naming = linkedDecisions(db, decisionOrganizations, eq(decisionOrganizations.organizationId, id));
  return { organization, events, approvedIn, decisions: naming };
}
