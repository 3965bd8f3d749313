import { describe, expect, it } from 'vitest';
import { composeExportSvg, escapeXml } from './compose-svg.ts';

const base = {
  chartSvg: '<svg width="500" height="300"><rect width="10" height="20" fill="#1f6fb2"/></svg>',
  chartWidth: 500,
  chartHeight: 300,
  title: 'تشکل‌ها به تفکیک استان',
  filterText: 'سال ۱۳۹۹',
  sourceText: 'منبع: داده نمونه (ساختگی)',
  dateText: 'تاریخ خروجی: ۶ آذر ۱۴۰۵',
  legend: [
    { label: 'بدون تشکل', color: '#eee' },
    { label: '۱ تا ۳', color: '#1f6fb2' },
  ],
  fontDataUrls: ['data:font/woff2;base64,AAAA'],
  rtl: true,
};

describe('composeExportSvg', () => {
  it('parses as SVG and draws title, filters, legend, source and date', () => {
    const { svg, width, height } = composeExportSvg(base);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([base.title, base.filterText, base.sourceText, base.dateText, '۱ تا ۳']),
    );
    expect(doc.querySelector('style')?.textContent).toContain("@font-face{font-family:'Vazirmatn Variable'");
    expect(doc.querySelector('style')?.textContent).toContain('data:font/woff2;base64,AAAA');
    expect(width).toBe(548);
    expect(height).toBe(76 + 300 + 28 + 52);
  });

  it('anchors text at the right edge in Persian and the left in English', () => {
    const fa = new DOMParser().parseFromString(composeExportSvg(base).svg, 'image/svg+xml');
    // With direction="rtl" the start of a line is its right end.
    expect(fa.querySelector('text')?.getAttribute('direction')).toBe('rtl');
    expect(fa.querySelector('text')?.getAttribute('text-anchor')).toBe('start');
    expect(fa.querySelector('text')?.getAttribute('x')).toBe('524');
    const en = new DOMParser().parseFromString(composeExportSvg({ ...base, rtl: false }).svg, 'image/svg+xml');
    expect(en.querySelector('text')?.getAttribute('direction')).toBe('ltr');
    expect(en.querySelector('text')?.getAttribute('x')).toBe('24');
  });

  it('escapes markup in labels', () => {
    expect(escapeXml('<b>&"\'')).toBe('&#60;b&#62;&#38;&#34;&#39;');
    const { svg } = composeExportSvg({ ...base, title: '<script>alert(1)</script>' });
    expect(svg).not.toContain('<script>');
  });
});
