import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DecisionFollowUp } from '../../../components/follow-up/decision-follow-up.tsx';
import { DateText } from '../../../components/ui/date-text.tsx';
import type { DecisionsData } from '../../../lib/api/decision-queries.ts';
import { formatNumber } from '../../../lib/format.ts';
import { localName } from '../../../lib/localized-name.ts';

/** Each decision with its follow-up: status, who answers for it, by when, what it names. */
export function DecisionList({ rows }: { rows: DecisionsData['rows'] }) {
  const { t, i18n } = useTranslation('decisions');
  const en = i18n.language === 'en';
  return (
    <ol className="decision-list">
      {rows.map((d) => (
        <li key={d.id} className={d.overdue ? 'decision-item is-overdue' : 'decision-item'} data-status={d.status}>
          <div className="decision-head">
            <span className={`decision-status decision-status-${d.status}`}>
              {t(`decisionStatus.${d.status}`, { ns: 'common' })}
            </span>
            {d.overdue && (
              <span className="overdue-mark" title={t('overdueHint')}>
                <span aria-hidden="true">⚠</span> <span>{t('overdue')}</span>
              </span>
            )}
            {d.source === 'demo' && (
              <span className="demo-mark" title={t('demo.badge', { ns: 'common' })}>
                <span className="visually-hidden">{t('demo.badge', { ns: 'common' })}</span>
              </span>
            )}
          </div>
          <p className="decision-text" dir="auto">
            {d.text}
          </p>
          <dl className="decision-meta">
            <div>
              <dt>{t('responsible')}</dt>
              <dd>{d.responsible || t('unknown')}</dd>
            </div>
            <div>
              <dt>{t('due')}</dt>
              <dd>{d.dueOn ? <DateText iso={d.dueOn} /> : t('noDue')}</dd>
            </div>
            {d.topic && (
              <div>
                <dt>{t('topic')}</dt>
                <dd>{d.topic}</dd>
              </div>
            )}
            {d.provinces.length > 0 && (
              <div>
                <dt>{t('provinces')}</dt>
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
                <dt>{t('associations')}</dt>
                <dd className="link-row">
                  {d.organizations.map((o) => (
                    <Link key={o.id} href={`/associations/${o.id}`}>
                      {o.nameFa}
                    </Link>
                  ))}
                </dd>
              </div>
            )}
            <div className="decision-meeting">
              <dt>{t('meeting')}</dt>
              <dd>
                <Link href={`/meetings/${d.meetingId}#decision-${d.id}`}>{d.meetingTitle}</Link>
                {' · '}
                <DateText iso={d.meetingHeldOn} approximate={d.meetingHeldOnApproximate} />
              </dd>
            </div>
          </dl>
          <DecisionFollowUp decision={d} name={formatNumber(d.seq, i18n.language)} />
        </li>
      ))}
    </ol>
  );
}
