import { describe, expect, it } from 'vitest';
import { apiClient } from '../../test/api-client.ts';
import { createTestApi } from '../../test/test-db.ts';
import { median } from './provinces.db.ts';

const { app, scalar } = createTestApi();
const province = apiClient(app).api.provinces[':code'];

describe('median', () => {
  it.each([
    [[], 0],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('%o -> %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('GET /api/provinces/:code', () => {
  it('compares the province with the national median', async () => {
    const res = await province.$get({ param: { code: 'IR-03' }, query: { from: '1399', to: '1399' } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.province.nameFa).toBe('آذربایجان شرقی');
    expect(body.metrics.formed?.value).toBe(
      scalar("SELECT count(*) FROM organizations WHERE province_code = 'IR-03' AND jalali_year = 1399"),
    );
    // Six of 31 provinces formed associations in 1399, so the median province formed none.
    expect(body.metrics.formed?.median).toBe(0);
    expect(body.metrics.total?.value).toBe(
      scalar("SELECT count(*) FROM organizations WHERE province_code = 'IR-03' AND jalali_year <= 1399"),
    );
    expect(body.metrics.total?.rank).toBeGreaterThanOrEqual(1);
  });

  it('refuses an unknown province', async () => {
    const res = await province.$get({ param: { code: 'IR-31' }, query: {} });
    expect(res.status).toBe(400);
  });
});
