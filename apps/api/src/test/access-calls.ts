// The requests of the role matrix (lib/auth/access.test.ts): for each route, who may call it — this
// test's own statement of the rules, deliberately not read from POLICY — and a request that
// succeeds for whoever may. Rows it needs are made fresh for every call (PATCH bumps versions,
// DELETE removes, logout ends a session).
import type { UserRole } from '@hamgen/shared';
import type { Db } from '../db/client.ts';
import { createTestUser, scalarOf, signIn, type TestApp, type TestSession } from './test-db.ts';

export type Who = 'anonymous' | UserRole;
export type Rule = 'public' | 'editor' | 'admin' | 'self-or-admin';
export interface Call {
  method: string;
  path: string;
  body?: unknown;
  form?: FormData;
  /** Use this session instead of the shared one of the role (logout ends its session). */
  session?: TestSession | null;
}

export function routeCalls(api: { app: TestApp; db: Db }, loginUser: () => string) {
  const { db } = api;
  const scalar = scalarOf(db);
  let seq = 0;
  const meetingId = () => scalar('SELECT min(id) FROM meetings');
  const organizationId = () =>
    Number(
      db.$client
        .prepare(
          `INSERT INTO organizations (name_fa, kind, province_code, sector_code, established_on, jalali_year, status, source)
           VALUES (?, 'provincial_association', 'IR-23', 'food', '2024-08-02', 1403, 'active', 'manual')`,
        )
        .run(`انجمن ماتریس ${++seq}`).lastInsertRowid,
    );
  const newMeetingId = () =>
    Number(
      db.$client
        .prepare(
          `INSERT INTO meetings (held_on, jalali_year, title, source) VALUES ('2024-08-02', 1403, 'جلسه ماتریس', 'manual')`,
        )
        .run().lastInsertRowid,
    );
  const decisionId = () =>
    Number(
      db.$client
        .prepare(
          `INSERT INTO decisions (meeting_id, seq, text, status, source) VALUES (?, 99, 'مصوبه ماتریس', 'open', 'manual')`,
        )
        .run(meetingId()).lastInsertRowid,
    );
  const pdfForm = () => {
    const form = new FormData();
    form.set('file', new File([`%PDF-1.4\n% matrix ${++seq}\n%%EOF\n`], 'minutes.pdf'));
    return form;
  };
  const attachmentId = () =>
    Number(
      db.$client
        .prepare(
          `INSERT INTO meeting_attachments (meeting_id, file_name, content_type, size, sha256, data, created_at)
           VALUES (?, 'm.pdf', 'application/pdf', 5, '', ?, '2024-08-02T08:00:00.000Z')`,
        )
        .run(meetingId(), Buffer.from('%PDF-')).lastInsertRowid,
    );
  const csvForm = () => {
    const form = new FormData();
    form.set(
      'file',
      new File(
        [`name_fa,kind,province,sector,established_on,status\nانجمن ${++seq},ملی,,food,1403/01/01,فعال\n`],
        'm.csv',
      ),
    );
    form.set('dryRun', 'true');
    return form;
  };

  /** Who may call each route, and a request that succeeds for whoever may. */
  const expected: Record<string, { rule: Rule; call: (who: Who) => Promise<Call> | Call }> = {
    'POST /api/auth/login': {
      rule: 'public',
      // Signing in again replaces the caller's session, so each role uses a session of its own.
      call: async (who) => ({
        method: 'POST',
        path: '/api/auth/login',
        body: { username: loginUser(), password: 'a-long-test-password' },
        session: who === 'anonymous' ? null : await signIn(api, who),
      }),
    },
    'POST /api/auth/logout': {
      rule: 'public',
      call: async (who) => ({
        method: 'POST',
        path: '/api/auth/logout',
        session: who === 'anonymous' ? null : await signIn(api, who),
      }),
    },
    'POST /api/organizations': {
      rule: 'editor',
      call: () => ({
        method: 'POST',
        path: '/api/organizations',
        body: {
          nameFa: `انجمن نو ${++seq}`,
          kind: 'national_association',
          provinceCode: null,
          sectorCode: 'food',
          establishedOn: '1403/01/01',
          status: 'active',
        },
      }),
    },
    'PATCH /api/organizations/:id': {
      rule: 'editor',
      call: () => ({
        method: 'PATCH',
        path: `/api/organizations/${organizationId()}`,
        body: { version: 1, members: 3 },
      }),
    },
    'DELETE /api/organizations/:id': {
      rule: 'editor',
      call: () => ({ method: 'DELETE', path: `/api/organizations/${organizationId()}?version=1` }),
    },
    'POST /api/meetings': {
      rule: 'editor',
      call: () => ({
        method: 'POST',
        path: '/api/meetings',
        body: { heldOn: '1403/02/02', title: 'جلسه', attendees: [{ name: 'حاضر' }] },
      }),
    },
    'PATCH /api/meetings/:id': {
      rule: 'editor',
      call: () => ({
        method: 'PATCH',
        path: `/api/meetings/${newMeetingId()}`,
        body: { version: 1, location: 'تهران' },
      }),
    },
    'DELETE /api/meetings/:id': {
      rule: 'editor',
      call: () => ({ method: 'DELETE', path: `/api/meetings/${newMeetingId()}?version=1` }),
    },
    'POST /api/decisions': {
      rule: 'editor',
      call: () => ({ method: 'POST', path: '/api/decisions', body: { meetingId: meetingId(), text: 'مصوبه تازه' } }),
    },
    'PATCH /api/decisions/:id': {
      rule: 'editor',
      call: () => ({ method: 'PATCH', path: `/api/decisions/${decisionId()}`, body: { version: 1, topic: 'موضوع' } }),
    },
    'DELETE /api/decisions/:id': {
      rule: 'editor',
      call: () => ({ method: 'DELETE', path: `/api/decisions/${decisionId()}?version=1` }),
    },
    'POST /api/meetings/:id/attachments': {
      rule: 'editor',
      call: () => ({ method: 'POST', path: `/api/meetings/${meetingId()}/attachments`, form: pdfForm() }),
    },
    'DELETE /api/meetings/:id/attachments/:attachmentId': {
      rule: 'editor',
      call: () => ({ method: 'DELETE', path: `/api/meetings/${meetingId()}/attachments/${attachmentId()}` }),
    },
    'POST /api/import/organizations': {
      rule: 'editor',
      call: () => ({ method: 'POST', path: '/api/import/organizations', form: csvForm() }),
    },
    'GET /api/import/organizations/template.csv': {
      rule: 'editor',
      call: () => ({ method: 'GET', path: '/api/import/organizations/template.csv' }),
    },
    'GET /api/import/organizations/template.xlsx': {
      rule: 'editor',
      call: () => ({ method: 'GET', path: '/api/import/organizations/template.xlsx' }),
    },
    'GET /api/users': { rule: 'admin', call: () => ({ method: 'GET', path: '/api/users' }) },
    'POST /api/users': {
      rule: 'admin',
      call: () => ({ method: 'POST', path: '/api/users', body: { username: `matrix${++seq}`, role: 'viewer' } }),
    },
    'PATCH /api/users/:id': {
      rule: 'admin',
      call: async () => {
        const target = await createTestUser(db, { role: 'viewer' });
        return { method: 'PATCH', path: `/api/users/${target.id}`, body: { version: 1, displayName: 'نام تازه' } };
      },
    },
    'POST /api/users/:id/password': {
      rule: 'self-or-admin',
      call: async () => {
        const target = await createTestUser(db, { role: 'viewer' });
        return {
          method: 'POST',
          path: `/api/users/${target.id}/password`,
          body: { newPassword: 'another-long-password' },
        };
      },
    },
    'POST /api/users/:id/password-reset': {
      rule: 'admin',
      call: async () => {
        const target = await createTestUser(db, { role: 'viewer' });
        return { method: 'POST', path: `/api/users/${target.id}/password-reset` };
      },
    },
    'GET /api/users/:id/sessions': {
      rule: 'admin',
      call: async () => ({
        method: 'GET',
        path: `/api/users/${(await createTestUser(db, { role: 'viewer' })).id}/sessions`,
      }),
    },
    'DELETE /api/users/:id/sessions': {
      rule: 'admin',
      call: async () => ({
        method: 'DELETE',
        path: `/api/users/${(await createTestUser(db, { role: 'viewer' })).id}/sessions`,
      }),
    },
    'GET /api/audit': { rule: 'admin', call: () => ({ method: 'GET', path: '/api/audit' }) },
    'GET /api/backups': { rule: 'admin', call: () => ({ method: 'GET', path: '/api/backups' }) },
    'GET /api/audit/export.csv': { rule: 'admin', call: () => ({ method: 'GET', path: '/api/audit/export.csv' }) },
  };
  return expected;
}
