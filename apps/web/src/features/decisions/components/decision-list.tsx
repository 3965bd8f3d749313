import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DecisionItem, DecisionLinkRows, DecisionMetaRow } from '../../../components/decisions/decision-item.tsx';
import { DateText } from '../../../components/ui/date-text.tsx';
import type { DecisionsData } from '../../../lib/api/decision-queries.ts';

/** Each decision with its follow-up: status, who answers for it, by when, what it names. */
export function DecisionList({ rows }: { rows: DecisionsData['rows'] }) {
  const { t } = useTranslation('decisions');
  return (
    <ol className="decision-list">
      {rows.map((d) => (
        <DecisionItem key={d.id} decision={d} overdueLabel={t('overdue')} overdueHint={t('overdueHint')} showDemoMark>
          <DecisionMetaRow label={t('responsible')}>{d.responsible || t('unknown')}</DecisionMetaRow>
          <DecisionMetaRow label={t('due')}>{d.dueOn ? <DateText iso={d.dueOn} /> : t('noDue')}</DecisionMetaRow>
          {d.topic && <DecisionMetaRow label={t('topic')}>{d.topic}</DecisionMetaRow>}
          <DecisionLinkRows
            provinces={d.provinces}
            organizations={d.organizations}
            provincesLabel={t('provinces')}
            associationsLabel={t('associations')}
          />
          <DecisionMetaRow label={t('meeting')} className="decision-meeting">
            <Link href={`/meetings/${d.meetingId}#decision-${d.id}`}>{d.meetingTitle}</Link>
            {' · '}
            <DateText iso={d.meetingHeldOn} approximate={d.meetingHeldOnApproximate} />
          </DecisionMetaRow>
        </DecisionItem>
      ))}
    </ol>
  );
}
