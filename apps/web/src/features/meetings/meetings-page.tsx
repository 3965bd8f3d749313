import { useTranslation } from 'react-i18next';
import { YearRangeFilter } from '../../components/filters/year-range-filter.tsx';
import { ListPageHeader, ListSearch } from '../../components/ui/list-page.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { SourceLine } from '../../components/ui/source-line.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { meetingsQueryOptions } from '../../lib/api/meeting-queries.ts';
import { useListQuery } from '../../lib/url/use-list-query.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { MeetingsTable } from './components/meetings-table.tsx';
import { parseMeetingSearch } from './meetings-params.ts';

export default function MeetingsPage() {
  const { t } = useTranslation('meetings');
  const { query, list, update, search, pager } = useListQuery(parseMeetingSearch, meetingsQueryOptions);
  useDocumentTitle(t('title'), query.q);

  return (
    <>
      <ListPageHeader title={t('title')} description={t('description')} sources={list.data?.sources}>
        <search className="filters" aria-label={t('filters')}>
          <YearRangeFilter
            filter={{ from: query.from, to: query.to }}
            onChange={(next) => update({ from: next.from, to: next.to })}
          />
        </search>
      </ListPageHeader>
      <ListSearch
        {...search}
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        countText={(total) => t('results', { total })}
      />
      <section className="card" aria-label={t('title')}>
        <QueryBoundary query={list}>
          {(data) =>
            data.rows.length === 0 ? (
              <EmptyState message={t('none')} />
            ) : (
              <>
                <MeetingsTable rows={data.rows} />
                <Pagination {...pager(data)} />
                <SourceLine sources={data.sources} />
              </>
            )
          }
        </QueryBoundary>
      </section>
    </>
  );
}
