import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DecisionFollowUp } from '../../../components/follow-up/decision-follow-up.tsx';
import { DateText } from '../../../components/ui/date-text.tsx';
import { EmptyState } from '../../../components/ui/status.tsx';
import type { MeetingData } from '../../../lib/api/meeting-queries.ts';
import { formatNumber } from '../../../lib/format.ts';
import { localName } from '../../../lib/localized-name.ts';
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
              <DecisionItem key={d.id} decision={d} targeted={d.id === target} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function DecisionItem({ decision: d, targeted }: { decision: Decision; targeted: boolean }) {
  const { t, i18n } = useTranslation('meetings');
  const en = i18n.language === 'en';
  const classes = ['decision-item', d.overdue && 'is-overdue', targeted && 'is-target'].filter(Boolean).join(' ');
  return (
    <li id={`decision-${d.id}`} className={classes} data-status={d.status}>
      <div className="decision-head">
        <span className="decision-seq">{t('decision.seq', { n: formatNumber(d.seq, i18n.language) })}</span>
        <span className={`decision-status decision-status-${d.status}`}>
          {t(`decisionStatus.${d.status}`, { ns: 'common' })}
        </span>
        {d.overdue && (
          <span className="overdue-mark" title={t('decision.overdueHint')}>
            <span aria-hidden="true">⚠</span> <span>{t('decision.overdue')}</span>
          </span>
        )}
      </div>
      <p className="decision-text" dir="auto">
        {d.text}
      </p>
      <dl className="decision-meta">
        {d.topic && (
          <div>
            <dt>{t('decision.topic')}</dt>
            <dd>{d.topic}</dd>
          </div>
        )}
        {d.responsible && (
          <div>
            <dt>{t('decision.responsible')}</dt>
            <dd>{d.responsible}</dd>
          </div>
        )}
        <div>
          <dt>{t('decision.due')}</dt>
          <dd>{d.dueOn ? <DateText iso={d.dueOn} /> : t('decision.noDue')}</dd>
        </div>
        {d.provinces.length > 0 && (
          <div>
            <dt>{t('decision.provinces')}</dt>
            <dd className="link-row">
              {d.provinces.map((p) => (
                <Link key={p.code} href={`/provinces/${p.code}`}>
                  {localName(p, en)}
                </Link>
              ))}
            </dd>
          </div>
        )}
        {d.organizations.length > 0 && (
          <div>
            <dt>{t('decision.associations')}</dt>
            <dd className="link-row">
              {d.organizations.map((o) => (
                <Link key={o.id} href={`/associations/${o.id}`}>
                  {o.nameFa}
                </Link>
              ))}
            </dd>
          </div>
        )}
      </dl>
      <DecisionFollowUp decision={d} name={formatNumber(d.seq, i18n.language)} />
    </li>
  );
}
