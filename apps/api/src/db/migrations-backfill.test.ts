// Migration 0003 carries follow-up notes written before decision_status_history existed (they
// were kept only in the audit log) into the new table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestDb, scalarOf } from '../test/test-db.ts';

const migration = readFileSync(new URL('./migrations/0003_secretariat.sql', import.meta.url), 'utf8');
const backfill = migration.split('--> statement-breakpoint').at(-1) ?? '';

describe('0003 backfill of decision status history', () => {
  it('copies successful status changes of existing decisions from the audit log, nothing else', () => {
    const db = createTestDb();
    const scalar = scalarOf(db);
    const decisionId = scalar('SELECT min(id) FROM decisions');
    const audit = db.$client.prepare(
      `INSERT INTO audit_events (at, user_id, username, action, entity, entity_id, after, note, outcome)
       VALUES (?, 7, 'dabir', ?, 'decision', ?, ?, ?, ?)`,
    );
    audit.run(
      '2024-01-01T08:00:00.000Z',
      'status_change',
      String(decisionId),
      '{"status":"done"}',
      'انجام شد',
      'success',
    );
    audit.run('2024-01-02T08:00:00.000Z', 'status_change', String(decisionId), '{"status":"open"}', 'رد شد', 'failure');
    audit.run('2024-01-03T08:00:00.000Z', 'status_change', '999999', '{"status":"done"}', 'مصوبه حذف‌شده', 'success');
    audit.run('2024-01-04T08:00:00.000Z', 'update', String(decisionId), '{"status":"done"}', null, 'success');
    db.$client.exec('DELETE FROM decision_status_history');

    expect(backfill).toMatch(/INSERT INTO `decision_status_history`/);
    db.$client.exec(backfill);
    const rows = db.$client.prepare('SELECT decision_id, status, note, username FROM decision_status_history').all();
    expect(rows).toEqual([{ decision_id: decisionId, status: 'done', note: 'انجام شد', username: 'dabir' }]);
  });
});
