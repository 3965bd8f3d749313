import { PROVINCES } from '@hamgen/shared';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import geometry from '../../../public/data/provinces-map.json';
import { i18n } from '../../lib/i18n.ts';
import type { MapRow } from './map-data.ts';
import { ProvinceMapView } from './province-map-view.tsx';

const ProvinceMap = (props: Omit<Parameters<typeof ProvinceMapView>[0], 'geometry'>) => (
  <ProvinceMapView geometry={geometry} {...props} />
);

// The seed article's 1399: six provinces with associations, the other 25 with none.
const ARTICLE: Record<string, number> = { 'IR-03': 3, 'IR-04': 2, 'IR-06': 2, 'IR-08': 3, 'IR-09': 2, 'IR-26': 3 };
const rows: MapRow[] = PROVINCES.map((p) => ({
  province: p.code,
  nameFa: p.nameFa,
  nameEn: p.nameEn,
  count: ARTICLE[p.code] ?? 0,
  demo: p.code === 'IR-03' ? 1 : 0,
}));

const provincePath = (container: HTMLElement, code: string) => {
  const path = container.querySelector<SVGPathElement>(`[data-province="${code}"]`);
  if (!path) throw new Error(`no path for ${code}`);
  return path;
};

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('fa'));
});

describe('ProvinceMap', () => {
  it('draws 31 focusable provinces inside a map named by its title', () => {
    const { container } = render(<ProvinceMap rows={rows} title="نقشه تشکل‌ها" onSelect={() => {}} />);
    const map = screen.getByRole('group', { name: 'نقشه تشکل‌ها' });
    const paths = map.querySelectorAll('path[data-province]');
    expect(paths).toHaveLength(31);
    for (const path of paths) expect(path.getAttribute('tabindex')).toBe('0');
    expect(provincePath(container, 'IR-03').getAttribute('aria-label')).toBe('آذربایجان شرقی: ۳ تشکل');
    expect(screen.getAllByRole('button')).toHaveLength(31);
  });

  it('marks zero provinces with the hatch and colours the others by step', () => {
    const { container } = render(<ProvinceMap rows={rows} title="map" />);
    const zero = provincePath(container, 'IR-23');
    expect(zero.classList.contains('is-zero')).toBe(true);
    expect(zero.getAttribute('fill')).toMatch(/^url\(#hatch-[\w-]+\)$/);
    expect(container.querySelector(zero.getAttribute('fill')?.slice(4, -1) ?? '')?.tagName).toBe('pattern');
    expect(container.querySelectorAll('path.is-zero')).toHaveLength(25);
    // 2 and 3 are the only counts: two classes, on the two darkest steps.
    expect(provincePath(container, 'IR-04').classList.contains('is-step-4')).toBe(true);
    expect(provincePath(container, 'IR-03').classList.contains('is-step-5')).toBe(true);
  });

  it('calls onSelect with the code on Enter, Space and click', () => {
    const onSelect = vi.fn();
    const { container } = render(<ProvinceMap rows={rows} title="map" onSelect={onSelect} />);
    const path = provincePath(container, 'IR-26');
    path.focus();
    fireEvent.keyDown(path, { key: 'Enter' });
    fireEvent.keyDown(path, { key: ' ' });
    fireEvent.keyDown(path, { key: 'a' });
    fireEvent.click(provincePath(container, 'IR-23'));
    expect(onSelect.mock.calls).toEqual([['IR-26'], ['IR-26'], ['IR-23']]);
  });

  it('shows a tooltip with name, Persian-digit count and demo rows on focus; Escape hides it', () => {
    const { container } = render(<ProvinceMap rows={rows} title="map" />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    const path = provincePath(container, 'IR-03');
    fireEvent.focus(path);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('آذربایجان شرقی');
    expect(tip.textContent).toContain('۳ تشکل');
    expect(tip.textContent).toContain('۱ مورد داده نمونه');
    expect(container.querySelector('[data-outline="IR-03"].is-focus')).not.toBeNull();
    fireEvent.keyDown(path, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    // The focus ring stays: only the tooltip is dismissed.
    expect(container.querySelector('[data-outline="IR-03"].is-focus')).not.toBeNull();
    fireEvent.blur(path);
    expect(container.querySelector('[data-outline]')).toBeNull();
  });

  it('shows the tooltip on hover and hides it when the pointer leaves', () => {
    const { container } = render(<ProvinceMap rows={rows} title="map" />);
    const tehran = provincePath(container, 'IR-23');
    fireEvent.mouseEnter(tehran);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('تهران');
    expect(tip.textContent).toContain('۰ تشکل');
    expect(tip.textContent).not.toContain('نمونه');
    fireEvent.mouseLeave(tehran);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('lists the none swatch and each class with its range in the UI language', async () => {
    const spread = rows.map((r, i) => ({ ...r, count: i + 1 }));
    const { rerender } = render(<ProvinceMap rows={spread} title="map" />);
    const legend = screen.getByRole('list', { name: 'تعداد تشکل‌ها' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['بدون تشکل', '۱ تا ۷', '۸ تا ۱۳', '۱۴ تا ۱۹', '۲۰ تا ۲۵', '۲۶ تا ۳۱']);
    await act(() => i18n.changeLanguage('en'));
    rerender(<ProvinceMap rows={spread} title="map" />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'None',
      '1–7',
      '8–13',
      '14–19',
      '20–25',
      '26–31',
    ]);
    expect(screen.getByRole('img', { name: 'Tehran: 24 organizations' })).toBeTruthy();
  });

  it('outlines the highlighted province and marks it current', () => {
    const { container } = render(<ProvinceMap rows={rows} title="map" highlight="IR-08" />);
    expect(container.querySelector('[data-outline="IR-08"].is-highlight')).not.toBeNull();
    expect(provincePath(container, 'IR-08').getAttribute('aria-current')).toBe('true');
    expect(container.querySelectorAll('[aria-current]')).toHaveLength(1);
  });
});
