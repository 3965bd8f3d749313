import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DecisionSummaryList } from '../../components/decisions/decision-summary-list.tsx';
import { DateText } from '../../components/ui/date-text.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { SourceLine } from '../../components/ui/source-line.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { useAuth } from '../../lib/api/auth-queries.ts';
import { organizationQueryOptions } from '../../lib/api/organization-queries.ts';
import { ApiRequestError } from '../../lib/api/read-answer.ts';
import { formatNumber, formatYear } from '../../lib/format.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

export default function AssociationPage({ id }: { id: number }) {
  const { t, i18n } = useTranslation(['common', 'admin']);
  const lang = i18n.language;
  const en = lang === 'en';
  const query = useQuery(organizationQueryOptions(id));
  useDocumentTitle(query.data?.organization.nameFa, t('registry.title'));
  const { isEditor } = useAuth();

  if (query.error instanceof ApiRequestError && query.error.status === 404) {
    return <EmptyState message={t('association.notFound')} />;
  }
  return (
    <QueryBoundary query={query}>
      {({ organization: o, events, approvedIn, decisions }) => (
        <article className="detail">
          <Link href="/associations" className="back-link">
            {t('association.back')}
          </Link>
          <h1>
            {o.nameFa} {o.source === 'demo' && <span className="demo-badge">{t('demo.badge')}</span>}
          </h1>
          {isEditor && (
            <Link href={`/admin/associations/${o.id}`} className="button edit-link">
              {t('admin:association.edit')}
            </Link>
          )}
          <section className="card">
            <h2 className="card-title">{t('association.details')}</h2>
            <dl className="facts">
              <dt>{t('registry.kind')}</dt>
              <dd>{t(`kind.${o.kind}`)}</dd>
              <dt>{t('registry.province')}</dt>
              <dd>
                {o.provinceCode ? (
                  <Link href={`/provinces/${o.provinceCode}`}>{en ? o.provinceNameEn : o.provinceNameFa}</Link>
                ) : (
                  t('registry.national')
                )}
              </dd>
              <dt>{t('registry.sector')}</dt>
              <dd>{en ? o.sectorNameEn : o.sectorNameFa}</dd>
              <dt>{t('association.established')}</dt>
              <dd>
                <DateText iso={o.establishedOn} /> ({formatYear(o.jalaliYear, lang)})
              </dd>
              <dt>{t('registry.status')}</dt>
              <dd>{t(`status.${o.status}`)}</dd>
              <dt>{t('registry.members')}</dt>
              <dd>{formatNumber(o.members, lang)}</dd>
              <dt>{t('association.lastElection')}</dt>
              <dd>{o.lastElectionOn ? <DateText iso={o.lastElectionOn} /> : '—'}</dd>
              <dt>{t('association.approvedIn')}</dt>
              <dd>
                {approvedIn ? (
                  <Link href={`/meetings/${approvedIn.id}`}>
                    {approvedIn.title} — <DateText iso={approvedIn.heldOn} approximate={approvedIn.heldOnApproximate} />
                  </Link>
                ) : (
                  t('association.notApproved')
                )}
              </dd>
            </dl>
            <SourceLine sources={{ [o.source]: 1 }} />
          </section>
          <section className="card">
            <h2 className="card-title">{t('association.history')}</h2>
            <ol className="history">
              {events.map((e) => (
                <li key={e.id}>
                  <DateText iso={e.happenedOn} /> — {t(`event.${e.type}`)}
                  {e.note && `: ${e.note}`}
                </li>
              ))}
            </ol>
          </section>
          <section className="card">
            <h2 className="card-title">{t('association.decisions')}</h2>
            <DecisionSummaryList decisions={decisions} emptyMessage={t('association.noDecisions')} />
          </section>
        </article>
      )}
    </QueryBoundary>
  );
}
