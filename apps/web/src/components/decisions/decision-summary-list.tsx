import type { DecisionStatus } from '@hamgen/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DateText } from '../ui/date-text.tsx';
import { EmptyState } from '../ui/status.tsx';

export interface DecisionSummary {
  id: number;
  meetingId: number;
  text: string;
  status: DecisionStatus;
  meetingHeldOn: string;
}

/**
 * The decisions that name a province or an association, one line each: the text linking to the
 * decision on its meeting's page, its status and the meeting's date.
 */
export function DecisionSummaryList({
  decisions,
  emptyMessage,
}: {
  decisions: DecisionSummary[];
  emptyMessage: string;
}) {
  const { t } = useTranslation();
  if (decisions.length === 0) return <EmptyState message={emptyMessage} />;
  return (
    <ul className="link-list">
      {decisions.map((d) => (
        <li key={d.id}>
          <Link href={`/meetings/${d.meetingId}#decision-${d.id}`}>{d.text}</Link> — {t(`decisionStatus.${d.status}`)} ·{' '}
          <DateText iso={d.meetingHeldOn} />
        </li>
      ))}
    </ul>
  );
}
