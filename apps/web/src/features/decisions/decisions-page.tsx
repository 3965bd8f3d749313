import { useTranslation } from 'react-i18next';
import { ListSearch } from '../../components/ui/list-search.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { DemoBadge, SourceLine } from '../../components/ui/source-line.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { decisionsQueryOptions } from '../../lib/api/decision-queries.ts';
import { formatNumber } from '../../lib/format.ts';
import { useListQuery } from '../../lib/url/use-list-query.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { DecisionFilters } from './components/decision-filters.tsx';
import { DecisionList } from './components/decision-list.tsx';
import { StatusCard } from './components/status-card.tsx';
import { DECISION_KEYS, parseDecisionSearch } from './decisions-params.ts';

export default function DecisionsPage() {
  // The follow-up under each decision uses the secretariat's strings: loaded with the page.
  const { t, i18n } = useTranslation(['decisions', 'secretariat', 'admin']);
  const { query, list, text, setText, update, total, pager } = useListQuery(parseDecisionSearch, decisionsQueryOptions);
  useDocumentTitle(t('title'), query.q);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>
            {t('title')} {list.data && <DemoBadge sources={list.data.sources} />}
          </h1>
          <p className="page-subtitle">{t('description')}</p>
        </div>
      </div>
      <DecisionFilters
        query={query}
        topics={list.data?.topics ?? []}
        onChange={update}
        onClear={() => {
          setText('');
          update(Object.fromEntries(DECISION_KEYS.map((key) => [key, undefined])));
        }}
      />
      <ListSearch
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        value={text}
        onChange={setText}
        count={total === undefined ? undefined : t('results', { total: formatNumber(total, i18n.language) })}
      />
      <QueryBoundary query={list}>
        {(data) => (
          <>
            <StatusCard byStatus={data.byStatus} sources={data.sources} updating={list.isPlaceholderData} />
            <section className="card" aria-label={t('listLabel')}>
              {data.rows.length === 0 ? (
                <EmptyState message={t('none')} />
              ) : (
                <>
                  <DecisionList rows={data.rows} />
                  <Pagination {...pager(data)} />
                </>
              )}
              <SourceLine sources={data.sources} />
            </section>
          </>
        )}
      </QueryBoundary>
    </>
  );
}
