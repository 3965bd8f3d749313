import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionItem, DecisionLinkRows, DecisionMetaRow } from '../../../components/decisions/decision-item.tsx';
import { DateText } from '../../../components/ui/date-text.tsx';
import { EmptyState } from '../../../components/ui/status.tsx';
import type { MeetingData } from '../../../lib/api/meeting-queries.ts';
import { formatNumber } from '../../../lib/format.ts';
import { decisionIdFromHash, decisionTally } from '../meetings-data.ts';

type Decision = MeetingData['decisions'][number];

/** The meeting's decisions in order; each is an anchor (`#decision-12`) that links land on. */
export function MeetingDecisions({ decisions }: { decisions: MeetingData['decisions'] }) {
  const { t, i18n } = useTranslation('meetings');
  const n = (value: number) => formatNumber(value, i18n.language);
  const [target, setTarget] = useState<number>();

  // The list arrives after the browser tried the fragment, so scroll to it once it exists.
  useEffect(() => {
    const id = decisionIdFromHash(window.location.hash);
    if (id === undefined) return;
    setTarget(id);
    document.getElementById(`decision-${id}`)?.scrollIntoView({ block: 'start' });
  }, []);

  const tally = decisionTally(decisions);
  return (
    <section className="card" aria-labelledby="meeting-decisions">
      <h2 id="meeting-decisions" className="card-title">
        {t('detail.decisions')}
      </h2>
      {decisions.length === 0 ? (
        <EmptyState message={t('detail.noDecisions')} />
      ) : (
        <>
          <p className="decision-tally">
            {t('detail.tally', { total: n(tally.total), open: n(tally.open), done: n(tally.done) })}
            {tally.overdue > 0 && ` ${t('detail.tallyOverdue', { n: n(tally.overdue) })}`}
          </p>
          <ol className="decision-list">
            {decisions.map((d) => (
              <MeetingDecision key={d.id} decision={d} targeted={d.id === target} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function MeetingDecision({ decision: d, targeted }: { decision: Decision; targeted: boolean }) {
  const { t, i18n } = useTranslation('meetings');
  return (
    <DecisionItem
      decision={d}
      seqLabel={t('decision.seq', { n: formatNumber(d.seq, i18n.language) })}
      overdueLabel={t('decision.overdue')}
      overdueHint={t('decision.overdueHint')}
      anchored
      targeted={targeted}
    >
      {d.topic && <DecisionMetaRow label={t('decision.topic')}>{d.topic}</DecisionMetaRow>}
      {d.responsible && <DecisionMetaRow label={t('decision.responsible')}>{d.responsible}</DecisionMetaRow>}
      <DecisionMetaRow label={t('decision.due')}>
        {d.dueOn ? <DateText iso={d.dueOn} /> : t('decision.noDue')}
      </DecisionMetaRow>
      <DecisionLinkRows
        provinces={d.provinces}
        organizations={d.organizations}
        provincesLabel={t('decision.provinces')}
        associationsLabel={t('decision.associations')}
      />
    </DecisionItem>
  );
}
