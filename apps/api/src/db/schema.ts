// The domain of docs/product.md as SQLite tables. Every fact-bearing row carries `source`
// ('article' | 'manual' | 'demo' | 'import:<file>'); searchable rows carry `search_text`, the
// compact normalized form of their words (see normalizeFa in @hamgen/shared).
import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const sourceColumn = () => text('source').notNull();
const sourceCheck = (table: string, column: { name: string }) =>
  check(
    `${table}_source_check`,
    sql`${sql.identifier(column.name)} IN ('article', 'manual', 'demo') OR ${sql.identifier(column.name)} LIKE 'import:%'`,
  );
const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  /** Optimistic concurrency: an edit names the version it read, and a stale one is refused. */
  version: integer('version').notNull().default(1),
};

export const provinces = sqliteTable('provinces', {
  code: text('code').primaryKey(),
  nameFa: text('name_fa').notNull(),
  nameEn: text('name_en').notNull(),
  capitalFa: text('capital_fa').notNull(),
  codeBefore2020: text('code_before_2020').notNull(),
});

export const sectors = sqliteTable('sectors', {
  code: text('code').primaryKey(),
  nameFa: text('name_fa').notNull(),
  nameEn: text('name_en').notNull(),
});

export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    heldOn: text('held_on').notNull(),
    /** True when only a bound is known (the article's meeting: on or before its report date). */
    heldOnApproximate: integer('held_on_approximate', { mode: 'boolean' }).notNull().default(false),
    jalaliYear: integer('jalali_year').notNull(),
    number: integer('number'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    agenda: text('agenda').notNull().default(''),
    location: text('location'),
    source: sourceColumn(),
    sourceNote: text('source_note'),
    searchText: text('search_text').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('meetings_held_on_idx').on(t.heldOn), sourceCheck('meetings', t.source)],
);

export const attendees = sqliteTable(
  'attendees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    organization: text('organization').notNull().default(''),
    isNewMember: integer('is_new_member', { mode: 'boolean' }).notNull().default(false),
    source: sourceColumn(),
    /** compactFa of name, role and organization, written by a trigger (migration 0002), never by code. */
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [index('attendees_meeting_idx').on(t.meetingId, t.seq), sourceCheck('attendees', t.source)],
);

export const organizations = sqliteTable(
  'organizations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nameFa: text('name_fa').notNull(),
    nameEn: text('name_en'),
    kind: text('kind', {
      enum: ['provincial_association', 'national_association', 'provincial_house', 'other'],
    }).notNull(),
    /** Null for national associations. */
    provinceCode: text('province_code').references(() => provinces.code),
    sectorCode: text('sector_code')
      .notNull()
      .references(() => sectors.code),
    establishedOn: text('established_on').notNull(),
    jalaliYear: integer('jalali_year').notNull(),
    status: text('status', { enum: ['forming', 'active', 'suspended', 'dissolved'] }).notNull(),
    members: integer('members').notNull().default(0),
    approvedInMeetingId: integer('approved_in_meeting_id').references(() => meetings.id, {
      onDelete: 'set null',
    }),
    lastElectionOn: text('last_election_on'),
    source: sourceColumn(),
    searchText: text('search_text').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    // Stats filter by year first, then group by province, sector or kind. `source` last: every
    // count is split by source (demo badge), and with it these indexes answer without the table.
    index('organizations_year_idx').on(t.jalaliYear, t.provinceCode, t.sectorCode, t.kind, t.status, t.source),
    index('organizations_province_idx').on(t.provinceCode, t.jalaliYear, t.source),
    index('organizations_meeting_idx').on(t.approvedInMeetingId),
    // Kind, then source: the overview's totals group by both over most of the table and stream
    // from this index in that order (no temp b-tree), and the national count is one seek.
    index('organizations_kind_idx').on(t.kind, t.source, t.jalaliYear, t.provinceCode, t.sectorCode, t.status),
    sourceCheck('organizations', t.source),
    check('organizations_members_check', sql`${t.members} >= 0`),
  ],
);

/**
 * How many associations share each combination of the stats filter's columns and `source`: the
 * overview counts from here instead of stepping through 100k index entries (34k rows at that
 * scale, and far fewer in a real ministry's data). Kept in step with `organizations` by the
 * triggers of migration 0007, whoever writes (the app, an import, the demo seed, a removal);
 * a combination no association has any more is deleted. A national association's missing
 * province is '' here, so the key has no NULL in it.
 */
export const organizationCounts = sqliteTable(
  'organization_counts',
  {
    kind: text('kind').notNull(),
    source: text('source').notNull(),
    jalaliYear: integer('jalali_year').notNull(),
    provinceCode: text('province_code').notNull(),
    sectorCode: text('sector_code').notNull(),
    status: text('status').notNull(),
    n: integer('n').notNull(),
  },
  // Kind, then source, as organizations_kind_idx: the totals group by both and stream in order.
  (t) => [primaryKey({ columns: [t.kind, t.source, t.jalaliYear, t.provinceCode, t.sectorCode, t.status] })],
);

/** An association's own facts, as the demo seed and a file import both supply them. */
export type OrganizationFields = Pick<
  typeof organizations.$inferSelect,
  'nameFa' | 'kind' | 'provinceCode' | 'sectorCode' | 'establishedOn' | 'jalaliYear' | 'status' | 'members'
>;

export const organizationEvents = sqliteTable(
  'organization_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    happenedOn: text('happened_on').notNull(),
    type: text('type', { enum: ['formed', 'election', 'status_change', 'note'] }).notNull(),
    note: text('note').notNull().default(''),
    source: sourceColumn(),
  },
  (t) => [
    index('organization_events_org_idx').on(t.organizationId, t.happenedOn),
    sourceCheck('organization_events', t.source),
  ],
);

export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    text: text('text').notNull(),
    topic: text('topic').notNull().default(''),
    responsible: text('responsible').notNull().default(''),
    dueOn: text('due_on'),
    status: text('status', { enum: ['open', 'in_progress', 'done'] }).notNull(),
    source: sourceColumn(),
    searchText: text('search_text').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    index('decisions_meeting_idx').on(t.meetingId, t.seq),
    // Covers the overview's open/overdue counts by source and meeting (no table reads).
    index('decisions_status_idx').on(t.status, t.dueOn, t.source, t.meetingId),
    sourceCheck('decisions', t.source),
  ],
);

/**
 * Each decision's follow-up, visible to every reader: its first status when recorded, then one row
 * per status change with the note that came with it. The user is copied like in the audit log.
 */
export const decisionStatusHistory = sqliteTable(
  'decision_status_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    decisionId: integer('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    status: text('status', { enum: ['open', 'in_progress', 'done'] }).notNull(),
    note: text('note'),
    userId: integer('user_id'),
    username: text('username'),
  },
  (t) => [index('decision_status_history_decision_idx').on(t.decisionId, t.at)],
);

/**
 * Files kept with a meeting (signed minutes as PDF or page images). The bytes live in SQLite so
 * that the database's online backup carries them; they are only ever sent as downloads.
 */
export const meetingAttachments = sqliteTable(
  'meeting_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /** Decided from the bytes (pdf, png, jpeg), never from the name or the browser's claim. */
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    createdAt: text('created_at').notNull(),
    userId: integer('user_id'),
    username: text('username'),
  },
  (t) => [index('meeting_attachments_meeting_idx').on(t.meetingId)],
);

export const decisionProvinces = sqliteTable(
  'decision_provinces',
  {
    decisionId: integer('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
  },
  (t) => [
    primaryKey({ columns: [t.decisionId, t.provinceCode] }),
    index('decision_provinces_province_idx').on(t.provinceCode),
  ],
);

export const decisionOrganizations = sqliteTable(
  'decision_organizations',
  {
    decisionId: integer('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.decisionId, t.organizationId] }),
    index('decision_organizations_org_idx').on(t.organizationId),
  ],
);

/**
 * Figures a source reports without the rows behind them, such as the article's
 * "15 associations in six provinces in 1399". Demo rows must agree with these.
 */
export const reportedFigures = sqliteTable(
  'reported_figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    metric: text('metric', { enum: ['associations_formed'] }).notNull(),
    jalaliYear: integer('jalali_year').notNull(),
    value: integer('value').notNull(),
    /** JSON array of province codes the figure covers. */
    provinceCodes: text('province_codes', { mode: 'json' }).$type<string[]>().notNull(),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    source: sourceColumn(),
  },
  (t) => [sourceCheck('reported_figures', t.source)],
);

// ——— Accounts, sessions and the audit log (docs/decisions/007) ———

/** The same list as USER_ROLES in @hamgen/shared (this file stays free of imports for drizzle-kit). */
const USER_ROLES = ['viewer', 'editor', 'admin'] as const;

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Lower-case ASCII; compared as stored. */
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull().default(''),
  role: text('role', { enum: USER_ROLES }).notNull(),
  /** argon2id PHC string; never leaves the server. */
  passwordHash: text('password_hash').notNull(),
  /** Accounts are disabled, never deleted, so the audit log's user ids keep meaning something. */
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  lastLoginAt: text('last_login_at'),
  passwordChangedAt: text('password_changed_at'),
  /** Set for a generated or admin-reset password: every write but choosing a new one is refused. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  ...timestamps,
});

export const sessions = sqliteTable(
  'sessions',
  {
    /** sha256 (hex) of the cookie's token: a copy of this table cannot be replayed as cookies. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Epoch milliseconds, from the app's clock (tests move it). */
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    /** Absolute end, however active the session is. */
    expiresAt: integer('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;

/**
 * Append-only: the API has no route that changes or deletes a row. User ids are plain integers
 * (no foreign key) and the username is copied, so an event reads the same forever.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** ISO timestamp (UTC, milliseconds) from the app's clock. */
    at: text('at').notNull(),
    userId: integer('user_id'),
    username: text('username'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    note: text('note'),
    requestId: text('request_id'),
    ip: text('ip'),
    outcome: text('outcome', { enum: AUDIT_OUTCOMES }).notNull(),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_entity_idx').on(t.entity, t.entityId),
    index('audit_events_user_idx').on(t.username, t.at),
    // The login rate limit counts recent failures per action, username and address.
    index('audit_events_attempts_idx').on(t.action, t.username, t.ip, t.at),
  ],
);

const ATTEMPT_OUTCOMES = ['pending', 'failure', 'success'] as const;

/**
 * Sign-in attempts, for throttling only (the audit log keeps the history). A row is reserved as
 * 'pending' before the password is checked, so parallel guesses count at once; it becomes
 * 'failure' or 'success' afterwards. Rows older than the longest window are deleted.
 */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Epoch milliseconds, from the app's clock. */
    at: integer('at').notNull(),
    username: text('username').notNull(),
    /** The client's address; '' for in-process requests that have none. */
    ip: text('ip').notNull(),
    outcome: text('outcome', { enum: ATTEMPT_OUTCOMES }).notNull(),
  },
  (t) => [index('login_attempts_user_idx').on(t.username, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);

/**
 * Facts about the database itself, one row per key: e.g. `normalizer_version`, the version of
 * normalizeFa that computed the stored `search_text` columns (recomputed at start when it changes).
 */
export const appMeta = sqliteTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
