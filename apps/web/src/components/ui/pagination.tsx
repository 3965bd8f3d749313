import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';

export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button type="button" className="button button-quiet" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pagination.previous')}
      </button>
      <span aria-live="polite">{t('pagination.status', { page: n(page), pages: n(pages) })}</span>
      <button type="button" className="button button-quiet" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}
