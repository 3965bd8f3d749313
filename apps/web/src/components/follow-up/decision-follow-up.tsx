// Where a decision is shown (its meeting, the tracker): its history for everyone, and for editors
// the status change beside it. Viewers see no controls; the API refuses them anyway.
import type { DecisionStatus } from '@hamgen/shared';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../lib/api/auth-queries.ts';
import { DecisionStatusForm } from '../forms/decision-status-form.tsx';
import { DecisionHistory } from './decision-history.tsx';
import './follow-up.css';

interface Props {
  decision: { id: number; seq: number; status: DecisionStatus; version: number };
  /** How the decision is named in labels: its number in the meeting, or its id in the tracker. */
  name: string;
}

export function DecisionFollowUp({ decision, name }: Props) {
  const { t } = useTranslation('secretariat');
  const { isEditor } = useAuth();
  return (
    <div className="decision-follow-up">
      <DecisionHistory id={decision.id} label={t('history.title', { name })} />
      {isEditor && (
        <details className="status-change">
          <summary>{t('followUp.change', { name })}</summary>
          <DecisionStatusForm decision={decision} label={t('admin:status.formLabel', { n: name })} />
        </details>
      )}
    </div>
  );
}
