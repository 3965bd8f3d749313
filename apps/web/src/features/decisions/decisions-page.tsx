import { DEFAULT_PAGE_SIZE, type DecisionListQuery } from '@hamgen/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { DemoBadge, SourceLine } from '../../components/ui/source-line.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { decisionsQueryOptions } from '../../lib/api/decision-queries.ts';
import { formatNumber } from '../../lib/format.ts';
import { withParams } from '../../lib/stats-filter-params.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { DecisionFilters } from './components/decision-filters.tsx';
import { DecisionList } from './components/decision-list.tsx';
import { StatusCard } from './components/status-card.tsx';
import { DECISION_KEYS, parseDecisionSearch } from './decisions-params.ts';

const SEARCH_DELAY_MS = 300;

type Values = Partial<Record<keyof DecisionListQuery, string | number | undefined>>;

export default function DecisionsPage() {
  // The follow-up under each decision uses the secretariat's strings: loaded with the page.
  const { t, i18n } = useTranslation(['decisions', 'secretariat', 'admin']);
  const id = useId();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const query = parseDecisionSearch(search);
  const list = useQuery(decisionsQueryOptions(query));
  useDocumentTitle(t('title'), query.q);
  const [text, setText] = useState(query.q ?? '');

  // Any change of filters or words starts again at page 1.
  const update = (values: Values) =>
    navigate(`${location}${withParams(search, { page: undefined, ...values })}`, { replace: true });

  useEffect(() => {
    if (text.trim() === (query.q ?? '')) return;
    const timer = setTimeout(() => update({ q: text.trim() || undefined }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  });

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
      <div className="list-search">
        <label htmlFor={`${id}-q`} className="field">
          <span className="field-label">{t('search')}</span>
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            placeholder={t('searchPlaceholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        {list.data && (
          <output className="list-count" aria-live="polite">
            {t('results', { total: formatNumber(list.data.total, i18n.language) })}
          </output>
        )}
      </div>
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
                  <Pagination
                    page={data.page}
                    pageSize={data.pageSize ?? DEFAULT_PAGE_SIZE}
                    total={data.total}
                    onPage={(page) => navigate(`${location}${withParams(search, { page })}`)}
                  />
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
