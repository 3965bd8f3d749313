// The trigram indexes of migration 0002 on a real SQLite file: words meet across Persian letter
// variants, short words fall back to LIKE, the planner uses the index, and every kind of write
// (insert, update, delete, the attendee trigger) leaves each index equal to its table.
import { compactFa } from '@hamgen/shared';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { attendees, meetings, organizations } from '../../db/schema.ts';
import { createTestDb } from '../../test/test-db.ts';
import { matchesWords, searchNeedle } from './text-match.ts';

const db = createTestDb();
const NAMES = ['انجمن صنایع همگن لبنیات استان کرمان', 'کمیسیون نظارت بر تشکل‌های صنعتی', 'انجمن نخ و پارچه یزد'];
const ids = NAMES.map(
  (nameFa) =>
    db
      .insert(organizations)
      .values({
        nameFa,
        kind: 'provincial_association',
        provinceCode: 'IR-29',
        sectorCode: 'food',
        establishedOn: '1999-06-30',
        jalaliYear: 1378,
        status: 'active',
        source: 'manual',
        searchText: compactFa(nameFa),
      })
      .returning({ id: organizations.id })
      .get().id,
);
// Only this test's rows: the seeded ones share many words with them.
const found = (q: string) =>
  db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(inArray(organizations.id, ids), matchesWords(organizations, searchNeedle(q))))
    .all()
    .map((r) => r.id);
const intact = (table: string) =>
  db.$client.prepare(`INSERT INTO ${table}_fts(${table}_fts, rank) VALUES ('integrity-check', 1)`).run();

describe('the trigram search index', () => {
  it.each([
    ['لبنيات كرمان', [0]],
    ['لبنیات تهران', []],
    ['تشکلها', [1]],
    ['تشکل‌ها', [1]],
    ['تشكل', [1]],
    ['نخ', [2]],
    ['نخ یزد', [2]],
    ['"OR', []],
    // A control character is a space between words, not a letter of one.
    ['لبنیات\0', [0]],
    ['\0\0\0 کرمان', [0]],
  ])('%s finds %j', (q, expected) => {
    expect(found(q)).toEqual(expected.map((i) => ids[i]));
  });

  it('looks words up in the index instead of scanning the table', () => {
    const query = db
      .select({ id: organizations.id })
      .from(organizations)
      .where(matchesWords(organizations, searchNeedle('لبنیات')))
      .toSQL();
    const plan = db.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/VIRTUAL TABLE INDEX/);
  });

  it('stays equal to the table through updates and deletes', () => {
    db.update(organizations)
      .set({ nameFa: 'انجمن کاشی', searchText: compactFa('انجمن کاشی') })
      .where(eq(organizations.id, ids[2] as number))
      .run();
    expect(found('پارچه')).toEqual([]);
    expect(found('کاشی')).toEqual([ids[2]]);
    db.delete(organizations)
      .where(eq(organizations.id, ids[1] as number))
      .run();
    expect(found('تشکل')).toEqual([]);
    expect(() => intact('organizations')).not.toThrow();
  });

  it('gives attendees their search text by trigger, whoever writes them', () => {
    const meeting = db
      .insert(meetings)
      .values({
        title: 'جلسه آزمون آزمایشی',
        heldOn: '2024-01-01',
        jalaliYear: 1402,
        source: 'manual',
        searchText: compactFa('جلسه آزمون آزمایشی'),
      })
      .returning({ id: meetings.id })
      .get();
    const attendee = db
      .insert(attendees)
      .values({
        meetingId: meeting.id,
        seq: 1,
        name: 'علي رسوليان',
        role: 'دبیر',
        organization: 'انجمن ك',
        source: 'manual',
      })
      .returning({ id: attendees.id })
      .get();
    const text = () =>
      db.select({ t: attendees.searchText }).from(attendees).where(eq(attendees.id, attendee.id)).get()?.t;
    expect(text()).toBe(compactFa('علي رسوليان دبیر انجمن ك'));
    db.update(attendees).set({ role: 'رئیس' }).where(eq(attendees.id, attendee.id)).run();
    expect(text()).toBe(compactFa('علی رسولیان رئیس انجمن ک'));
    const byName = (q: string) =>
      db
        .select({ id: attendees.id })
        .from(attendees)
        .where(and(eq(attendees.meetingId, meeting.id), matchesWords(attendees, searchNeedle(q))))
        .all();
    expect(byName('رسولیان رئیس')).toEqual([{ id: attendee.id }]);
    expect(byName('دبیر')).toEqual([]);
    db.delete(meetings).where(eq(meetings.id, meeting.id)).run();
    expect(byName('رسولیان')).toEqual([]);
    expect(() => intact('attendees')).not.toThrow();
    expect(() => intact('meetings')).not.toThrow();
  });
});
