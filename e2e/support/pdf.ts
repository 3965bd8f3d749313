import { execFileSync } from 'node:child_process';

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Every word of a PDF with its box in points, read by poppler's pdftotext (Debian's poppler-utils). */
export function pdfWords(path: string): { pages: { width: number; height: number }[]; words: PdfWord[] } {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: { width: number; height: number }[] = [];
  const words: PdfWord[] = [];
  for (const match of html.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
  )) {
    if (match[1]) pages.push({ width: Number(match[1]), height: Number(match[2]) });
    else
      words.push({
        page: pages.length,
        text: match[7] ?? '',
        xMin: Number(match[3]),
        yMin: Number(match[4]),
        xMax: Number(match[5]),
        yMax: Number(match[6]),
      });
  }
  return { pages, words };
}

/** The PDF's pages as PNG files (`<prefix>-1.png`…) at a resolution for looking at them. */
export function pdfToPngs(path: string, prefix: string, dpi = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), path, prefix]);
}
