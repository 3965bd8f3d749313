import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { searchQueryOptions } from '../../lib/api/search-queries.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { SearchResults } from './components/search-results.tsx';
import { isSearchable, readSearchQuery, searchHref } from './search-params.ts';

export default function SearchPage() {
  const { t } = useTranslation('search');
  const id = useId();
  const search = useSearch();
  const [, navigate] = useLocation();
  const q = readSearchQuery(search);
  const searchable = isSearchable(q);
  const results = useQuery({ ...searchQueryOptions(q), enabled: searchable });
  useDocumentTitle(t('title'), q);
  const [text, setText] = useState(q);

  // The header's box can change the words while this page is open.
  useEffect(() => setText(q), [q]);

  return (
    <>
      <div className="page-header">
        <h1>{t('title')}</h1>
      </div>
      <search className="search-page-box">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            navigate(searchHref(text));
          }}
        >
          <label htmlFor={`${id}-q`} className="field">
            <span className="field-label">{t('page.label')}</span>
            <input
              id={`${id}-q`}
              type="search"
              name="q"
              value={text}
              placeholder={t('page.placeholder')}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <button type="submit" className="button">
            {t('page.submit')}
          </button>
        </form>
      </search>
      {searchable ? (
        <QueryBoundary query={results}>{(data) => <SearchResults data={data} />}</QueryBoundary>
      ) : (
        <p className="search-prompt">{t('prompt')}</p>
      )}
    </>
  );
}
