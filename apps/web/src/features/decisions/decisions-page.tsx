import { useTranslation } from 'react-i18next';
import { ListPageHeader, ListSearch } from '../../components/ui/list-page.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { SourceLine } from '../../components/ui/source-line.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { decisionsQueryOptions } from '../../lib/api/decision-queries.ts';
import { useListQuery } from '../../lib/url/use-list-query.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { DecisionFilters } from './components/decision-filters.tsx';
import { DecisionList } from './components/decision-list.tsx';
import { StatusCard } from './components/status-card.tsx';
import { DECISION_KEYS, parseDecisionSearch } from './decisions-params.ts';

export default function DecisionsPage() {
  // The follow-up under each decision uses the secretariat's strings: loaded with the page.
  const { t } = useTranslation(['decisions', 'secretariat', 'admin']);
  const { query, list, setText, update, search, pager } = useListQuery(parseDecisionSearch, decisionsQueryOptions);
  useDocumentTitle(t('title'), query.q);

  return (
    <>
      <ListPageHeader title={t('title')} description={t('description')} sources={list.data?.sources} />
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
        {...search}
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        countText={(total) => t('results', { total })}
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
