import { decisions, meetings } from '../../db/schema.ts';

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
