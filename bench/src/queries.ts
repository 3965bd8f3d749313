// What each aggregate costs without the cache: the query functions called in-process on the scale
// database, first call (SQLite's page cache empty; the OS file cache is warm from the copy) and
// the median over varied filters. Filters go through the shared schemas, as the routes do.
import {
  organizationListQuerySchema,
  type StatsFilter,
  statsFilterSchema,
  type TimelineQuery,
  timelineQuerySchema,
} from '@hamgen/shared';
import {
  computeOverview,
  computeTimeline,
  countByProvince,
  countBySector,
  type Db,
  listOrganizations,
  openDatabase,
  searchAll,
} from './api.ts';
import { SEARCH_QUERIES } from './load-plan.ts';
import { median } from './stats.ts';

export interface QueryTiming {
  name: string;
  firstMs: number;
  medianMs: number;
  maxMs: number;
  calls: number;
}

/** The first is no filter at all; the rest mix years, places, sectors, kinds and statuses. */
const FILTERS = [
  '',
  'from=1395&to=1400',
  'from=1399&to=1399',
  'to=1390',
  'from=1400',
  'province=IR-23',
  'province=IR-10&from=1390&to=1400',
  'sector=food',
  'sector=basic-metals&from=1395',
  'kind=national_association',
  'kind=provincial_house&to=1398',
  'status=active',
  'status=dissolved&from=1380&to=1395',
  'province=IR-08&sector=chemicals',
  'from=1402&to=1402',
  'province=IR-29&status=forming',
  'sector=textiles&kind=provincial_association',
  'from=1385&to=1389&province=IR-03',
  'from=1398&to=1401&sector=mining',
  'from=1378&to=1404',
  'from=1390&to=1399&stack=kind',
];

const params = (query: string) => Object.fromEntries(new URLSearchParams(query));
const statsFilter = (query: string): StatsFilter => statsFilterSchema.parse(params(query.replace(/&?stack=\w+/, '')));
const timelineQuery = (query: string): TimelineQuery => timelineQuerySchema.parse(params(query));

const filterAt = (i: number) => statsFilter(FILTERS[i] ?? '');
const searchAt = (i: number) => SEARCH_QUERIES[i % SEARCH_QUERIES.length] ?? '';

function listQueryAt(i: number) {
  const q = i % 3 === 1 ? `&q=${encodeURIComponent(searchAt(i))}` : '';
  const filter = (FILTERS[i] ?? '').replace(/&?stack=\w+/, '');
  return organizationListQuerySchema.parse(params(`${filter}${q}&page=${1 + (i % 5)}`));
}

const withInput =
  <T>(input: T, query: (db: Db, input: T) => unknown) =>
  (db: Db) =>
    query(db, input);

/** `prepare` parses the i-th input outside the timed part and returns the call to time. */
const CASES: { name: string; prepare: (i: number) => (db: Db) => unknown }[] = [
  { name: 'computeOverview', prepare: (i) => withInput(filterAt(i), computeOverview) },
  { name: 'countByProvince', prepare: (i) => withInput(filterAt(i), countByProvince) },
  { name: 'countBySector', prepare: (i) => withInput(filterAt(i), countBySector) },
  { name: 'computeTimeline', prepare: (i) => withInput(timelineQuery(FILTERS[i] ?? ''), computeTimeline) },
  { name: 'searchAll', prepare: (i) => withInput(searchAt(i), (db, q) => searchAll(db, q, 10)) },
  { name: 'listOrganizations', prepare: (i) => withInput(listQueryAt(i), listOrganizations) },
];

function timed(db: Db, call: (db: Db) => unknown): number {
  const started = performance.now();
  call(db);
  return performance.now() - started;
}

export function timeQueries(databasePath: string): QueryTiming[] {
  const db = openDatabase(databasePath);
  try {
    return CASES.map(({ name, prepare }) => {
      const firstMs = timed(db, prepare(0));
      const times = FILTERS.slice(1).map((_, k) => timed(db, prepare(k + 1)));
      return { name, firstMs, medianMs: median(times), maxMs: Math.max(...times), calls: times.length };
    });
  } finally {
    db.$client.close();
  }
}
