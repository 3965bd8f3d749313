// Seeds a new database: reference data, the article's facts, and the demo dataset.
import { PROVINCES, SECTORS } from '@hamgen/shared';
import type { Db } from '../client.ts';
import { decisionSearchText, meetingSearchText, organizationSearchText } from '../normalized-columns.ts';
import {
  attendees,
  decisionOrganizations,
  decisionProvinces,
  decisions,
  meetings,
  organizationEvents,
  organizations,
  provinces,
  sectors,
} from '../schema.ts';
import { seedArticle } from './article.ts';
import { buildDemoDataset, type DemoOptions } from './demo.ts';

const CHUNK = 500;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export function seedReference(db: Db): void {
  db.insert(provinces)
    .values(
      PROVINCES.map(({ code, nameFa, nameEn, capitalFa, codeBefore2020 }) => ({
        code,
        nameFa,
        nameEn,
        capitalFa,
        codeBefore2020,
      })),
    )
    .run();
  db.insert(sectors)
    .values([...SECTORS])
    .run();
}

export function seedDemo(db: Db, options: DemoOptions = {}): { organizations: number; meetings: number } {
  const dataset = buildDemoDataset(options);
  const meetingIds: number[] = [];
  for (const batch of chunks(dataset.meetings)) {
    const rows = db
      .insert(meetings)
      .values(
        batch.map(({ attendees: _a, decisions: _d, ...m }) => ({
          ...m,
          source: 'demo',
          searchText: meetingSearchText(m),
        })),
      )
      .returning({ id: meetings.id })
      .all();
    meetingIds.push(...rows.map((r) => r.id));
  }
  const meetingId = (index: number | null) => (index === null ? null : (meetingIds[index] ?? null));

  const organizationIds: number[] = [];
  for (const batch of chunks(dataset.organizations)) {
    const rows = db
      .insert(organizations)
      .values(
        batch.map(({ meetingIndex, events: _e, ...o }) => ({
          ...o,
          approvedInMeetingId: meetingId(meetingIndex),
          source: 'demo',
          searchText: organizationSearchText(o),
        })),
      )
      .returning({ id: organizations.id })
      .all();
    organizationIds.push(...rows.map((r) => r.id));
  }

  const events = dataset.organizations.flatMap((o, i) =>
    o.events.map((e) => ({ ...e, organizationId: organizationIds[i] as number, source: 'demo' })),
  );
  for (const batch of chunks(events)) db.insert(organizationEvents).values(batch).run();

  const attendeeRows = dataset.meetings.flatMap((m, i) =>
    m.attendees.map((a, seq) => ({ ...a, meetingId: meetingIds[i] as number, seq: seq + 1, source: 'demo' })),
  );
  for (const batch of chunks(attendeeRows)) db.insert(attendees).values(batch).run();

  for (const [i, m] of dataset.meetings.entries()) {
    for (const [seq, d] of m.decisions.entries()) {
      const { provinceCodes, organizationIndexes, ...fields } = d;
      const [row] = db
        .insert(decisions)
        .values({
          ...fields,
          meetingId: meetingIds[i] as number,
          seq: seq + 1,
          source: 'demo',
          searchText: decisionSearchText(d),
        })
        .returning({ id: decisions.id })
        .all();
      if (!row) continue;
      if (provinceCodes.length > 0) {
        db.insert(decisionProvinces)
          .values(provinceCodes.map((provinceCode) => ({ decisionId: row.id, provinceCode })))
          .run();
      }
      if (organizationIndexes.length > 0) {
        db.insert(decisionOrganizations)
          .values(
            organizationIndexes.map((oi) => ({ decisionId: row.id, organizationId: organizationIds[oi] as number })),
          )
          .run();
      }
    }
  }
  return { organizations: organizationIds.length, meetings: meetingIds.length };
}

/** Seeds everything in one transaction: a half-seeded database never exists. */
export function seedDatabase(db: Db, options: { demo?: boolean } & DemoOptions = {}): void {
  db.$client.transaction(() => {
    seedReference(db);
    seedArticle(db);
    if (options.demo !== false) seedDemo(db, options);
  })();
}

const DEMO_TABLES = ['decisions', 'attendees', 'organization_events', 'organizations', 'meetings', 'reported_figures'];

/** Deletes every row whose source is 'demo'; links cascade. Returns rows removed per table. */
export function removeDemoData(db: Db): Record<string, number> {
  const removed: Record<string, number> = {};
  db.$client.transaction(() => {
    for (const table of DEMO_TABLES) {
      removed[table] = db.$client.prepare(`DELETE FROM ${table} WHERE source = 'demo'`).run().changes;
    }
  })();
  return removed;
}
