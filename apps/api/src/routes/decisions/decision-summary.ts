import { asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type decisionOrganizations, type decisionProvinces, decisions, meetings } from '../../db/schema.ts';

/**
 * The columns of a decision as other pages list it (an association's or a province's decisions):
 * with its meeting's title and date. Select from a link table joined to `decisions` and `meetings`.
 */
export const decisionSummaryColumns = {
  id: decisions.id,
  meetingId: decisions.meetingId,
  meetingTitle: meetings.title,
  meetingHeldOn: meetings.heldOn,
  text: decisions.text,
  status: decisions.status,
  dueOn: decisions.dueOn,
  source: decisions.source,
};

/** The decisions a link table ties to what `where` names, newest meeting first, in their order. */
export function linkedDecisions(
  db: Db,
  link: typeof decisionOrganizations | typeof decisionProvinces,
  where: SQL,
  limit?: number,
) {
  const query = db
    .select(decisionSummaryColumns)
    .from(link)
    .innerJoin(decisions, eq(decisions.id, link.decisionId))
    .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
    .where(where)
    .orderBy(desc(meetings.heldOn), asc(decisions.seq));
  return limit === undefined ? query.all() : query.limit(limit).all();
}
