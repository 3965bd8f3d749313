// Pure shaping for the tracker's status chart and table.
import { DECISION_STATUSES, type DecisionStatus } from '@hamgen/shared';

export interface StatusRow {
  status: DecisionStatus;
  label: string;
  count: number;
  /** Of all decisions counted, rounded to whole percent. */
  percent: number;
  color: string;
}

// Distinct in lightness too, and every bar is named on its axis, so colour is never the only cue.
export const STATUS_COLORS: Record<DecisionStatus, string> = {
  open: '#c2410c',
  in_progress: '#1f6fb2',
  done: '#2f7d4a',
};

/** One row per status in the workflow's order (open → in progress → done), zeros included. */
export function statusRows(
  byStatus: Partial<Record<DecisionStatus, number>>,
  labelOf: (status: DecisionStatus) => string,
): StatusRow[] {
  const total = DECISION_STATUSES.reduce((sum, s) => sum + (byStatus[s] ?? 0), 0);
  return DECISION_STATUSES.map((status) => {
    const count = byStatus[status] ?? 0;
    return {
      status,
      label: labelOf(status),
      count,
      percent: total === 0 ? 0 : Math.round((count / total) * 100),
      color: STATUS_COLORS[status],
    };
  });
}
