// Builds the exported image around a chart's own SVG: title, the filters in words, the legend,
// the source line and the Jalali export date are drawn in, and Vazirmatn is embedded as a data
// URL, so the file reads the same on a machine without the font. Pure string work: tested alone.

export interface LegendItem {
  label: string;
  color: string;
}

export interface ComposeOptions {
  /** The chart's <svg> markup, already self-contained (styles resolved, no CSS variables). */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  filterText: string;
  sourceText: string;
  dateText: string;
  legend: LegendItem[];
  /** `@font-face` sources as data URLs (woff2). */
  fontDataUrls: string[];
  rtl: boolean;
}

const FONT_FAMILY = 'Vazirmatn Variable';
const PAD = 24;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function composeExportSvg(o: ComposeOptions): { svg: string; width: number; height: number } {
  const width = Math.max(o.chartWidth + PAD * 2, 480);
  const legendRows = o.legend.length > 0 ? 1 : 0;
  const headerHeight = 76;
  const legendHeight = legendRows * 28;
  const footerHeight = 52;
  const height = headerHeight + o.chartHeight + legendHeight + footerHeight;
  // text-anchor follows the inline direction: with direction="rtl", `start` is the right edge.
  const anchor = 'start';
  const edgeX = o.rtl ? width - PAD : PAD;
  const direction = o.rtl ? 'rtl' : 'ltr';
  const text = (y: number, size: number, content: string, weight = 400, fill = '#1d2330') =>
    `<text x="${edgeX}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}" direction="${direction}">${escapeXml(content)}</text>`;

  // Legend items flow from the reading edge: right-to-left in Persian.
  let cursor = edgeX;
  const legendY = headerHeight + o.chartHeight + 18;
  const legend = o.legend
    .map((item) => {
      const labelWidth = item.label.length * 7 + 28;
      const swatchX = o.rtl ? cursor - 12 : cursor;
      const labelX = o.rtl ? cursor - 18 : cursor + 18;
      cursor += o.rtl ? -labelWidth : labelWidth;
      return `<rect x="${swatchX}" y="${legendY - 10}" width="12" height="12" fill="${escapeXml(item.color)}"/><text x="${labelX}" y="${legendY}" font-size="12" fill="#1d2330" text-anchor="${anchor}" direction="${direction}">${escapeXml(item.label)}</text>`;
    })
    .join('');

  const fontFaces = o.fontDataUrls
    .map((url) => `@font-face{font-family:'${FONT_FAMILY}';font-weight:100 900;src:url(${url}) format('woff2');}`)
    .join('');
  const footerY = height - footerHeight + 22;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'${FONT_FAMILY}', Tahoma, sans-serif">`,
    `<style>${fontFaces}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(32, 20, o.title, 700),
    text(58, 13, o.filterText, 400, '#5b6475'),
    `<g transform="translate(${(width - o.chartWidth) / 2}, ${headerHeight})">${o.chartSvg}</g>`,
    legend,
    text(footerY, 12, o.sourceText, 400, '#5b6475'),
    text(footerY + 18, 12, o.dateText, 400, '#5b6475'),
    '</svg>',
  ].join('');
  return { svg, width, height };
}
