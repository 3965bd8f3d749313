import { DEFAULT_PAGE_SIZE, type MeetingListQuery } from '@hamgen/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { YearRangeFilter } from '../../components/filters/year-range-filter.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { DemoBadge, SourceLine } from '../../components/ui/source-line.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { meetingsQueryOptions } from '../../lib/api/meeting-queries.ts';
import { formatNumber } from '../../lib/format.ts';
import { withParams } from '../../lib/stats-filter-params.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { MeetingsTable } from './components/meetings-table.tsx';
import { parseMeetingSearch } from './meetings-params.ts';

const SEARCH_DELAY_MS = 300;

export default function MeetingsPage() {
  const { t, i18n } = useTranslation('meetings');
  const id = useId();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const query = parseMeetingSearch(search);
  const list = useQuery(meetingsQueryOptions(query));
  useDocumentTitle(t('title'), query.q);
  const [text, setText] = useState(query.q ?? '');

  // Any change of years or words starts again at page 1.
  const update = (values: Partial<Record<keyof MeetingListQuery, string | number | undefined>>) =>
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
        <search className="filters" aria-label={t('filters')}>
          <YearRangeFilter
            filter={{ from: query.from, to: query.to }}
            onChange={(next) => update({ from: next.from, to: next.to })}
          />
        </search>
      </div>
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
      <section className="card" aria-label={t('title')}>
        <QueryBoundary query={list}>
          {(data) =>
            data.rows.length === 0 ? (
              <EmptyState message={t('none')} />
            ) : (
              <>
                <MeetingsTable rows={data.rows} />
                <Pagination
                  page={data.page}
                  pageSize={data.pageSize ?? DEFAULT_PAGE_SIZE}
                  total={data.total}
                  onPage={(page) => navigate(`${location}${withParams(search, { page })}`)}
                />
                <SourceLine sources={data.sources} />
              </>
            )
          }
        </QueryBoundary>
      </section>
    </>
  );
}
