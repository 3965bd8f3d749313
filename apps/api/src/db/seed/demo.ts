// The deterministic synthetic dataset (source = 'demo') that gives every view something to
// show across the 31 provinces and the years 1378–1404. It agrees with the article: 1399 holds
// exactly its 15 associations, all in its six provinces (the split among them is invented and
// badged as demo, never presented as the article's). It is shaped around that one real figure
// so that no year looks like a collapse: provincial homogeneous-industry associations form about
// as many a year as the article's 1399 (rising slowly from ~10 to ~18), national associations,
// provincial houses and other bodies a few a year on top (none in 1399, whose total is the
// article's). See db/seed/README.md.
import {
  FIRST_JALALI_YEAR,
  jalaliToIso,
  jalaliYearOf,
  type OrganizationKind,
  type OrganizationStatus,
  PROVINCES,
  SECTORS,
  toPersianDigits,
} from '@hamgen/shared';
import type { OrganizationFields } from '../schema.ts';
import { ARTICLE_1399_ASSOCIATIONS, ARTICLE_1399_PROVINCES } from './article.ts';
import { ATTENDEE_ROLES, DECISION_TEMPLATES, FIRST_NAMES, LAST_NAMES, PRODUCTS_BY_SECTOR } from './demo-vocabulary.ts';
import { createRandom, type Random } from './random.ts';

export const DEMO_LAST_YEAR = 1404;
const ARTICLE_YEAR = 1399;
/** The demo world ends here, so the dataset never depends on the day it is generated. */
const AS_OF = '2026-03-20';

export interface DemoOptions {
  seed?: number;
  /** Multiplies the associations per year (1 gives about 500; the benchmark uses more). */
  scale?: number;
  /** Meetings per year on average (about 1.5 gives ~40 meetings). */
  meetingsPerYear?: number;
  /** Follow-up decisions per meeting on average, beside the approval (default: 2 to 5). */
  decisionsPerMeeting?: number;
}

export interface DemoMeeting {
  heldOn: string;
  jalaliYear: number;
  number: number;
  title: string;
  summary: string;
  agenda: string;
  location: string;
  attendees: { name: string; role: string; organization: string; isNewMember: boolean }[];
  decisions: DemoDecision[];
}

export interface DemoDecision {
  text: string;
  topic: string;
  responsible: string;
  dueOn: string;
  status: 'open' | 'in_progress' | 'done';
  provinceCodes: string[];
  /** Indexes into the organizations array. */
  organizationIndexes: number[];
}

export interface DemoOrganization extends OrganizationFields {
  /** Index into the meetings array. */
  meetingIndex: number | null;
  lastElectionOn: string | null;
  events: { happenedOn: string; type: 'formed' | 'election' | 'status_change'; note: string }[];
}

export interface DemoDataset {
  meetings: DemoMeeting[];
  organizations: DemoOrganization[];
}

// Larger provinces form more associations; weights are rough and invented.
const PROVINCE_WEIGHT: Record<string, number> = {
  'IR-23': 9,
  'IR-10': 6,
  'IR-09': 5,
  'IR-03': 5,
  'IR-07': 4,
  'IR-06': 3,
  'IR-00': 3,
  'IR-30': 3,
  'IR-26': 3,
  'IR-21': 3,
  'IR-08': 3,
  'IR-02': 2,
  'IR-01': 2,
  'IR-04': 2,
  'IR-25': 2,
  'IR-20': 2,
};
const provinceWeights = PROVINCES.map((p) => PROVINCE_WEIGHT[p.code] ?? 1);

/**
 * Provincial associations formed in a year: the article's 15 in 1399 is the scale, so other
 * years fall in the same range (about 10 in 1378 rising to about 18 in 1404, ± 4).
 */
export function provincialPerYear(random: Random, year: number): number {
  return Math.max(1, Math.round(10 + 0.3 * (year - FIRST_JALALI_YEAR)) + random.int(-4, 4));
}
/** National associations, provincial houses and other bodies a year (any year but 1399). */
export const OTHERS_PER_YEAR = [2, 6] as const;

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function randomDateIn(random: Random, year: number, fromMonth = 1, toMonth = 12): string {
  const month = random.int(fromMonth, toMonth);
  const day = random.int(1, month <= 6 ? 31 : month < 12 ? 30 : 29);
  return jalaliToIso({ year, month, day });
}

const personName = (random: Random) => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;

function buildMeetings(random: Random, meetingsPerYear: number): DemoMeeting[] {
  const result: DemoMeeting[] = [];
  for (let year = FIRST_JALALI_YEAR; year <= DEMO_LAST_YEAR; year++) {
    const extra = meetingsPerYear - 1;
    const count = 1 + Math.floor(extra) + (random.chance(extra % 1) ? 1 : 0);
    // 1399's first meeting comes early, so it can approve all of that year's associations.
    const dates = Array.from({ length: count }, (_, i) =>
      year === ARTICLE_YEAR && i === 0 ? randomDateIn(random, year, 1, 2) : randomDateIn(random, year),
    ).sort();
    for (const heldOn of dates) {
      const number = result.length + 1;
      const roster = ATTENDEE_ROLES.filter((_, i) => i < 3 || random.chance(0.5));
      result.push({
        heldOn,
        jalaliYear: year,
        number,
        title: `جلسه شماره ${toPersianDigits(number)} کمیسیون نظارت بر تشکل‌های صنعتی و معدنی`,
        summary: 'بررسی درخواست‌های تشکیل انجمن‌های صنایع همگن و پیگیری مصوبات جلسات پیشین (داده نمونه).',
        agenda: 'درخواست‌های تشکیل؛ گزارش انتخابات؛ پیگیری مصوبات',
        location: 'تهران، وزارت صنعت، معدن و تجارت',
        attendees: roster.map((r, i) => ({
          name: personName(random),
          role: r.role,
          organization: r.organization,
          isNewMember: i > 2 && random.chance(0.1),
        })),
        decisions: [],
      });
    }
  }
  return result;
}

function decisionStatus(random: Random, year: number): DemoDecision['status'] {
  const weights = year <= 1400 ? [5, 15, 80] : year <= 1402 ? [20, 30, 50] : [45, 35, 20];
  return random.weighted(['open', 'in_progress', 'done'] as const, weights);
}

function organizationStatus(random: Random, year: number): OrganizationStatus {
  if (year >= 1403) return random.weighted(['forming', 'active'] as const, [40, 60]);
  const age = DEMO_LAST_YEAR - year;
  return random.weighted(['active', 'suspended', 'dissolved'] as const, [80, 8 + age / 3, 4 + age / 2]);
}

function buildOrganization(
  random: Random,
  year: number,
  provinceCode: string | null,
  kind: OrganizationKind,
  yearMeetings: { m: DemoMeeting; i: number }[],
  names: Map<string, number>,
  forceMeeting = false,
): DemoOrganization {
  const sector = random.pick(SECTORS);
  const product = random.pick(PRODUCTS_BY_SECTOR[sector.code] ?? ['صنایع']);
  const province = PROVINCES.find((p) => p.code === provinceCode);
  let nameFa =
    kind === 'national_association'
      ? `انجمن ملی صنایع همگن ${product}`
      : kind === 'provincial_house'
        ? `خانه صنعت، معدن و تجارت ${product} استان ${province?.nameFa}`
        : kind === 'other'
          ? `کانون تولیدکنندگان ${product} استان ${province?.nameFa}`
          : `انجمن صنایع همگن ${product} استان ${province?.nameFa}`;
  const seen = names.get(nameFa) ?? 0;
  names.set(nameFa, seen + 1);
  if (seen > 0) nameFa = `${nameFa} (${toPersianDigits(seen + 1)})`;

  const first = yearMeetings[0];
  const approving = forceMeeting || random.chance(0.7) ? random.pick(yearMeetings) : undefined;
  const meeting = forceMeeting ? first : approving;
  // Formation follows approval by days to weeks, and stays inside the same Jalali year.
  let establishedOn = meeting ? addDays(meeting.m.heldOn, random.int(5, 60)) : randomDateIn(random, year);
  if (jalaliYearOf(establishedOn) !== year) establishedOn = meeting?.m.heldOn ?? establishedOn;

  const status = organizationStatus(random, year);
  const events: DemoOrganization['events'] = [{ happenedOn: establishedOn, type: 'formed', note: '' }];
  let lastElectionOn: string | null = null;
  const endOn =
    status === 'suspended' || status === 'dissolved' ? addDays(establishedOn, random.int(400, 3000)) : AS_OF;
  for (let on = addDays(establishedOn, 1095 + random.int(0, 60)); on < endOn && on < AS_OF; on = addDays(on, 1095)) {
    events.push({ happenedOn: on, type: 'election', note: 'انتخابات هیئت‌مدیره' });
    lastElectionOn = on;
  }
  if (endOn < AS_OF) {
    events.push({ happenedOn: endOn, type: 'status_change', note: status === 'suspended' ? 'تعلیق فعالیت' : 'انحلال' });
  }
  return {
    nameFa,
    kind,
    provinceCode,
    sectorCode: sector.code,
    establishedOn,
    jalaliYear: year,
    status: endOn < AS_OF ? status : status === 'forming' ? 'forming' : 'active',
    members: random.int(5, kind === 'national_association' ? 600 : 180),
    meetingIndex: meeting?.i ?? null,
    lastElectionOn,
    events,
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildDemoDataset(options: DemoOptions = {}): DemoDataset {
  const random = createRandom(options.seed ?? 1399);
  const scale = options.scale ?? 1;
  const meetings = buildMeetings(random, options.meetingsPerYear ?? 1.5);
  // Indexed once: the benchmark's 100k associations × 5k meetings made per-row scans quadratic.
  const meetingsOfYear = new Map<number, { m: DemoMeeting; i: number }[]>();
  for (const [i, m] of meetings.entries()) pushTo(meetingsOfYear, m.jalaliYear, { m, i });
  const organizations: DemoOrganization[] = [];
  const names = new Map<string, number>();

  for (let year = FIRST_JALALI_YEAR; year <= DEMO_LAST_YEAR; year++) {
    const yearMeetings = meetingsOfYear.get(year) ?? [];
    if (year === ARTICLE_YEAR) {
      // The article's figure: 15 associations, every one of the six provinces at least once.
      for (let i = 0; i < ARTICLE_1399_ASSOCIATIONS; i++) {
        const code = ARTICLE_1399_PROVINCES[i % ARTICLE_1399_PROVINCES.length] ?? null;
        organizations.push(buildOrganization(random, year, code, 'provincial_association', yearMeetings, names, true));
      }
      continue;
    }
    const provincial = Math.round(provincialPerYear(random, year) * scale);
    for (let i = 0; i < provincial; i++) {
      const code = random.weighted(PROVINCES, provinceWeights).code;
      organizations.push(buildOrganization(random, year, code, 'provincial_association', yearMeetings, names));
    }
    const others = Math.round(random.int(OTHERS_PER_YEAR[0], OTHERS_PER_YEAR[1]) * scale);
    for (let i = 0; i < others; i++) {
      const kind = random.weighted(['national_association', 'provincial_house', 'other'] as const, [40, 25, 35]);
      const code = kind === 'national_association' ? null : random.weighted(PROVINCES, provinceWeights).code;
      organizations.push(buildOrganization(random, year, code, kind, yearMeetings, names));
    }
  }

  const approvedIn = new Map<number, number[]>();
  for (const [i, o] of organizations.entries()) if (o.meetingIndex !== null) pushTo(approvedIn, o.meetingIndex, i);
  const followUps = options.decisionsPerMeeting;
  for (const [index, meeting] of meetings.entries()) {
    const approved = approvedIn.get(index) ?? [];
    if (approved.length > 0) {
      meeting.decisions.push({
        text: `تأیید تشکیل ${toPersianDigits(approved.length)} تشکل`,
        topic: 'تأیید تشکیل',
        responsible: 'دبیرخانه کمیسیون',
        dueOn: addDays(meeting.heldOn, 30),
        status: 'done',
        provinceCodes: [
          ...new Set(approved.map((i) => organizations[i]?.provinceCode).filter((c): c is string => !!c)),
        ].slice(0, 6),
        organizationIndexes: approved.slice(0, 20),
      });
    }
    const extra = followUps === undefined ? random.int(2, 5) : random.int(Math.max(0, followUps - 2), followUps + 2);
    for (let k = 0; k < extra; k++) {
      const template = random.pick(DECISION_TEMPLATES);
      meeting.decisions.push({
        ...template,
        dueOn: addDays(meeting.heldOn, random.int(30, 240)),
        status: decisionStatus(random, meeting.jalaliYear),
        provinceCodes: random.chance(0.4) ? [random.pick(PROVINCES).code] : [],
        organizationIndexes: [],
      });
    }
  }
  return { meetings, organizations };
}
