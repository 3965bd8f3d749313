// The import's report: totals, every problem (row, column, Persian reason) and what each row
// would do (or did).
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../lib/api/import-upload.ts';
import { formatNumber } from '../../../lib/format.ts';

const SHOWN_ROWS = 200;

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation('admin');
  const n = (v: number) => formatNumber(v, i18n.language);
  const { totals } = report;
  return (
    <section className="card import-report" aria-label={t('import.report')}>
      <h2 className="card-title">
        {report.committed ? t('import.committedTitle') : t('import.reportTitle', { file: report.fileName })}
      </h2>
      <dl className="import-totals">
        {(['rows', 'add', 'update', 'unchanged', 'errors'] as const).map((key) => (
          <div key={key} data-total={key}>
            <dt>{t(`import.totals.${key}`)}</dt>
            <dd>{n(totals[key])}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('import.errorsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one row may have several problems.
                <tr key={i}>
                  <td className="num">{e.row === null ? t('import.wholeFile') : n(e.row)}</td>
                  <td>{e.column ?? '—'}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.errorsTruncated && <p>{t('import.errorsTruncated')}</p>}
        </div>
      )}
      {report.rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('import.rowsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('import.action')}</th>
                <th scope="col">{t('import.name')}</th>
                <th scope="col">{t('import.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.slice(0, SHOWN_ROWS).map((r) => (
                <tr key={r.row}>
                  <td className="num">{n(r.row)}</td>
                  <td>{t(`import.actions.${r.action}`)}</td>
                  <td>{r.nameFa}</td>
                  <td>{r.changes.join('، ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.rows.length > SHOWN_ROWS && <p>{t('import.moreRows', { n: n(report.rows.length - SHOWN_ROWS) })}</p>}
        </div>
      )}
    </section>
  );
}
