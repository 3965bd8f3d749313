import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';

/** The words of `/search?q=…` while that page is open, so the box shows what was searched. */
function currentWords(location: string, search: string): string {
  return location === '/search' ? (new URLSearchParams(search).get('q') ?? '') : '';
}

/** The header's search across associations, meetings and decisions; submitting opens /search. */
export function SearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const [location, navigate] = useLocation();
  const search = useSearch();
  const words = currentWords(location, search);
  const [text, setText] = useState(words);

  useEffect(() => setText(words), [words]);

  return (
    <search className="header-search">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const q = text.trim();
          navigate(q ? `/search?${new URLSearchParams({ q })}` : '/search');
        }}
      >
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {t('searchBox.label')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          value={text}
          placeholder={t('searchBox.placeholder')}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="header-search-button">
          {t('searchBox.submit')}
        </button>
      </form>
    </search>
  );
}
