// A chart's live <svg> made self-contained for export: CSS variables and stylesheet rules do not
// travel with a file, so each shape gets its computed fill, stroke and font written inline.
const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'opacity', 'fill-opacity', 'font-size', 'font-weight'] as const;

export function captureSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 600;
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 400;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy || !(original instanceof SVGElement)) return;
    const style = getComputedStyle(original);
    for (const prop of STYLE_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value && value !== 'normal') copy.setAttribute(prop, value);
    }
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
    copy.removeAttribute('style');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // Text in the chart keeps the embedded font.
  clone.setAttribute('font-family', "'Vazirmatn Variable', Tahoma, sans-serif");
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}
