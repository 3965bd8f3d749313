import { describe, expect, it } from 'vitest';
import { apiClient, queryOf } from '../../test/api-client.ts';
import { createTestApi } from '../../test/test-db.ts';

const { app, scalar } = createTestApi();
const organizations = apiClient(app).api.organizations;

async function list(query: string) {
  const res = await organizations.$get({ query: queryOf(query) });
  return { status: res.status, body: await res.json() };
}
type Row = Awaited<ReturnType<typeof list>>['body']['rows'][number];

describe('GET /api/organizations', () => {
  it('pages through the filtered set', async () => {
    const first = await list('province=IR-23&pageSize=10');
    const expected = scalar("SELECT count(*) FROM organizations WHERE province_code = 'IR-23'");
    expect(first.body.total).toBe(expected);
    expect(first.body.rows).toHaveLength(10);
    const lastPage = Math.ceil(expected / 10);
    const last = await list(`province=IR-23&pageSize=10&page=${lastPage}`);
    expect(last.body.rows.length).toBe(expected - (lastPage - 1) * 10);
    const beyond = await list(`province=IR-23&pageSize=10&page=${lastPage + 1}`);
    expect(beyond.status).toBe(200);
    expect(beyond.body.rows).toEqual([]);
    expect(beyond.body.total).toBe(expected);
  });

  it.each([
    ['year', (a: Row, b: Row) => a.jalaliYear <= b.jalaliYear],
    ['-members', (a: Row, b: Row) => a.members >= b.members],
  ])('sorts by %s', async (sort, ordered) => {
    const { body } = await list(`sort=${sort}&pageSize=50`);
    for (let i = 1; i < body.rows.length; i++) {
      expect(ordered(body.rows[i - 1] as Row, body.rows[i] as Row)).toBe(true);
    }
  });

  it('finds a Persian name typed with Arabic letters, ZWNJ or Persian digits', async () => {
    const persian = await list(`q=${encodeURIComponent('کرمان')}&pageSize=100`);
    const arabic = await list(`q=${encodeURIComponent('كرمان')}&pageSize=100`);
    expect(persian.body.total).toBeGreaterThan(0);
    expect(arabic.body.total).toBe(persian.body.total);
    expect(arabic.body.rows.every((r) => r.nameFa.includes('کرمان'))).toBe(true);
    const spaced = await list(`q=${encodeURIComponent('صنایع همگن')}`);
    const joined = await list(`q=${encodeURIComponent('صنايع‌همگن')}`);
    expect(joined.body.total).toBe(spaced.body.total);
  });

  it('finds rows holding every word of a multi-word query', async () => {
    const { body } = await list(`q=${encodeURIComponent('همگن  كرمان')}&pageSize=100`);
    expect(body.total).toBe(
      scalar("SELECT count(*) FROM organizations WHERE search_text LIKE '%همگن%' AND search_text LIKE '%کرمان%'"),
    );
    expect(body.total).toBeGreaterThan(0);
    expect(body.rows.every((r) => r.nameFa.includes('همگن') && r.nameFa.includes('کرمان'))).toBe(true);
  });

  it('matches % and _ literally', async () => {
    const { body } = await list(`q=${encodeURIComponent('%')}`);
    expect(body.total).toBe(0);
  });

  it.each(['page=0', 'pageSize=101', 'pageSize=abc', 'sort=nonsense', 'from=1401&to=1399', `q=${'ا'.repeat(201)}`])(
    'refuses %s with 400',
    async (query) => {
      expect((await list(query)).status).toBe(400);
    },
  );
});

describe('GET /api/organizations/:id', () => {
  it('returns history and the approving meeting', async () => {
    const id = scalar(
      "SELECT id FROM organizations WHERE approved_in_meeting_id IS NOT NULL AND status = 'dissolved' LIMIT 1",
    );
    const res = await organizations[':id'].$get({ param: { id: String(id) } });
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body.organization.id).toBe(id);
    expect(body.events[0]?.type).toBe('formed');
    expect(body.events.at(-1)?.type).toBe('status_change');
    expect(body.approvedIn?.id).toBe(scalar('SELECT approved_in_meeting_id FROM organizations WHERE id = ?', id));
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await app.request('/api/organizations/999999')).status).toBe(404);
    expect((await app.request('/api/organizations/abc')).status).toBe(400);
    expect((await app.request('/api/organizations/-1')).status).toBe(400);
  });
});
