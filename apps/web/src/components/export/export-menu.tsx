import { describeFilter, exportFileName, toCsv } from '@hamgen/shared';
import { type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { useSettings } from '../../lib/settings.ts';
import { sourceLabels } from '../ui/source-line.tsx';
import { captureSvg } from './capture-svg.ts';
import { composeExportSvg } from './compose-svg.ts';
import { downloadBlob, svgToPng } from './download.ts';
import type { ExportSpec } from './export-spec.ts';
import { fontDataUrls } from './font-embed.ts';

interface Props {
  title: string;
  spec: ExportSpec;
  /** The element that holds the chart's <svg> (the chart tab's panel). */
  chartRef: RefObject<HTMLElement | null>;
  chartVisible: boolean;
}

const today = () => new Date().toISOString().slice(0, 10);

export function ExportMenu({ title, spec, chartRef, chartVisible }: Props) {
  const { t, i18n } = useTranslation('export');
  const { t: tc } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const lang = i18n.language === 'en' ? 'en' : 'fa';
  const { calendar } = useSettings();
  // The chart's own files carry its view options; the server's files hold the whole dataset.
  const fileName = (format: string, variant?: 'view' | 'all') =>
    variant === 'all'
      ? exportFileName({
          dataset: spec.dataset ?? spec.fileDataset,
          filter: spec.serverQuery ?? spec.filter,
          variant,
          format,
        })
      : exportFileName({ dataset: spec.fileDataset, filter: { ...spec.filter, ...spec.view }, variant, format });
  const serverUrl = (format: string) =>
    spec.dataset
      ? `/api/export/${spec.dataset}.${format}?${new URLSearchParams({ ...spec.serverQuery, lang, cal: calendar })}`
      : undefined;

  async function exportImage(format: 'png' | 'svg') {
    setOpen(false);
    const svg = chartRef.current?.querySelector<SVGSVGElement>(
      'svg.recharts-surface, svg.province-map-svg, svg.bar-list-svg',
    );
    if (!svg) return setStatus(t('imageNeedsChart'));
    setStatus(t('working'));
    try {
      const chart = captureSvg(svg);
      const composed = composeExportSvg({
        chartSvg: chart.markup,
        chartWidth: chart.width,
        chartHeight: chart.height,
        title,
        filterText: describeFilter(spec.filter, { lang, calendar }),
        sourceText: `${tc('source.label')}: ${sourceLabels(spec.sources, tc).join(tc('app.listSeparator')) || tc('source.none')}`,
        dateText: t('exportDate', { date: formatDate(today(), lang) }),
        legend: spec.legend ?? [],
        fontDataUrls: await fontDataUrls(),
        rtl: lang !== 'en',
      });
      const blob =
        format === 'svg'
          ? new Blob([composed.svg], { type: 'image/svg+xml' })
          : await svgToPng(composed.svg, composed.width, composed.height, 2);
      downloadBlob(blob, fileName(format));
      setStatus(t('saved', { name: fileName(format) }));
    } catch {
      setStatus(t('failed'));
    }
  }

  function exportCsv() {
    setOpen(false);
    const name = fileName('csv', 'view');
    downloadBlob(new Blob([toCsv(spec.columns, spec.rows)], { type: 'text/csv;charset=utf-8' }), name);
    setStatus(t('saved', { name }));
  }

  async function copyLink() {
    setOpen(false);
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  }

  return (
    <div className="export-menu no-print">
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        aria-label={t('menuLabel', { title })}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      >
        {t('menu')}
      </button>
      {open && (
        <ul id={`${id}-menu`} className="export-list">
          <li>
            <button type="button" disabled={!chartVisible} onClick={() => exportImage('png')}>
              {t('png')}
            </button>
          </li>
          <li>
            <button type="button" disabled={!chartVisible} onClick={() => exportImage('svg')}>
              {t('svg')}
            </button>
          </li>
          <li>
            <button type="button" onClick={exportCsv}>
              {t('csvView')}
            </button>
          </li>
          {spec.dataset && (
            <>
              <li>
                <a href={serverUrl('csv')} download={fileName('csv', 'all')} onClick={() => setOpen(false)}>
                  {t('csvAll')}
                </a>
              </li>
              <li>
                <a href={serverUrl('xlsx')} download={fileName('xlsx', 'all')} onClick={() => setOpen(false)}>
                  {t('xlsx')}
                </a>
              </li>
            </>
          )}
          <li>
            <button type="button" onClick={copyLink}>
              {t('copyLink')}
            </button>
          </li>
        </ul>
      )}
      <output className="export-status" aria-live="polite">
        {status}
      </output>
    </div>
  );
}
