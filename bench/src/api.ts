// The API's own code used in-process: its seed builds the scale database and its query
// functions are timed without HTTP. @hamgen/api exports only its app, hence source paths.
export { type Db, migrateDatabase, openDatabase } from '../../apps/api/src/db/client.ts';
export type { DemoOptions } from '../../apps/api/src/db/seed/demo.ts';
export { seedDatabase } from '../../apps/api/src/db/seed/index.ts';
export { newRequestId } from '../../apps/api/src/lib/request-id.ts';
export { DATA_SECURITY_HEADERS } from '../../apps/api/src/lib/security-headers.ts';
export { listOrganizations } from '../../apps/api/src/routes/organizations/organizations.db.ts';
export { searchAll } from '../../apps/api/src/routes/search/search.db.ts';
export { computeOverview } from '../../apps/api/src/routes/stats/overview.db.ts';
export { countByProvince, countBySector } from '../../apps/api/src/routes/stats/stats.db.ts';
export { computeTimeline } from '../../apps/api/src/routes/stats/timeline.db.ts';
