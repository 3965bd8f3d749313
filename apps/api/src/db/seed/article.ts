// The facts of the seed article (Shata, republished 1400/04/01 = 2021-06-22), stored as
// source = 'article'. Only what the report states: the split of the 15 associations per
// province was not published, so it is recorded as a reported figure, not as rows.
import type { Db } from '../client.ts';
import { decisionSearchText, meetingSearchText } from '../normalized-columns.ts';
import { attendees, decisions, meetings, reportedFigures } from '../schema.ts';

export const ARTICLE_SOURCE_NOTE =
  'گزارش شاتا (پایگاه خبری وزارت صنعت، معدن و تجارت)، بازنشر در ۱ تیر ۱۴۰۰؛ تاریخ دقیق جلسه منتشر نشده است';

/** The six provinces the article names for the 15 associations approved in 1399. */
export const ARTICLE_1399_PROVINCES = ['IR-03', 'IR-26', 'IR-08', 'IR-09', 'IR-06', 'IR-04'] as const;
export const ARTICLE_1399_ASSOCIATIONS = 15;

const MEETING = {
  title: 'جلسه کمیسیون نظارت بر تشکل‌های صنعتی و معدنی',
  summary:
    'معاون طرح و برنامه و رئیس کمیسیون اعلام کرد که در سال ۱۳۹۹، ۱۵ انجمن صنایع همگن در استان‌های آذربایجان شرقی، قزوین، کرمان، خراسان رضوی، خوزستان و آذربایجان غربی با تأیید کمیسیون تشکیل شد. تقویت و ارتقای جایگاه تشکل‌های بخش خصوصی از برنامه‌های وزارتخانه است.',
  agenda:
    'گزارش تشکیل انجمن‌های صنایع همگن در سال ۱۳۹۹؛ تقویت تشکل‌های بخش خصوصی؛ واگذاری تصدی‌ها؛ انتخابات و فعالیت انجمن‌ها و خانه‌های صنعت',
};

const ATTENDEES = [
  {
    name: 'سعید زرندی',
    role: 'معاون طرح و برنامه وزارت و رئیس کمیسیون',
    organization: 'وزارت صنعت، معدن و تجارت',
    isNewMember: false,
  },
  {
    name: 'رسولیان',
    role: 'رئیس سازمان',
    organization: 'سازمان صنایع کوچک و شهرک‌های صنعتی ایران',
    isNewMember: true,
  },
  {
    name: 'سهل‌آبادی',
    role: 'رئیس خانه',
    organization: 'خانه صنعت، معدن و تجارت ایران',
    isNewMember: false,
  },
  {
    name: 'احسانی',
    role: 'رئیس مرکز',
    organization: 'مرکز نوسازی و تحول اداری',
    isNewMember: false,
  },
];

const DECISIONS = [
  {
    text: 'تقویت و ارتقای جایگاه تشکل‌های بخش خصوصی در وزارت صنعت، معدن و تجارت',
    topic: 'تقویت تشکل‌ها',
    responsible: 'معاونت طرح و برنامه وزارت صنعت، معدن و تجارت',
  },
  {
    text: 'واگذاری برخی امور و تصدی‌های وزارتخانه به تشکل‌های صنعتی و معدنی',
    topic: 'واگذاری تصدی‌ها',
    responsible: 'وزارت صنعت، معدن و تجارت',
  },
  {
    text: 'کمک به تشکیل انجمن‌های ملی صنایع همگن',
    topic: 'انجمن‌های ملی',
    responsible: 'کمیسیون نظارت بر تشکل‌های صنعتی و معدنی',
  },
  {
    text: 'اجرای کامل دستورالعمل‌ها و ابلاغیه‌های کمیسیون درباره انتخابات و فعالیت انجمن‌ها و خانه‌های صنعت توسط سازمان‌های صنعت، معدن و تجارت استان‌ها',
    topic: 'انتخابات و فعالیت تشکل‌ها',
    responsible: 'سازمان‌های صنعت، معدن و تجارت استان‌ها',
  },
  {
    text: 'گسترش همکاری میان شهرک‌های صنعتی و انجمن‌ها و خانه‌های صنعت',
    topic: 'همکاری با شهرک‌های صنعتی',
    responsible: 'سازمان صنایع کوچک و شهرک‌های صنعتی ایران',
  },
  {
    text: 'اجرای موضوعات دیگری که به تأیید کمیسیون برسد توسط خانه‌های صنعت',
    topic: 'نقش خانه‌های صنعت',
    responsible: 'خانه صنعت، معدن و تجارت ایران',
  },
];

export function seedArticle(db: Db): { meetingId: number } {
  const [meeting] = db
    .insert(meetings)
    .values({
      // The report appeared on 1400/04/01; the meeting was on or shortly before that day.
      heldOn: '2021-06-22',
      heldOnApproximate: true,
      jalaliYear: 1400,
      number: null,
      ...MEETING,
      source: 'article',
      sourceNote: ARTICLE_SOURCE_NOTE,
      searchText: meetingSearchText(MEETING),
    })
    .returning({ id: meetings.id })
    .all();
  if (!meeting) throw new Error('article meeting was not inserted');

  db.insert(attendees)
    .values(ATTENDEES.map((a, i) => ({ ...a, meetingId: meeting.id, seq: i + 1, source: 'article' })))
    .run();
  db.insert(decisions)
    .values(
      DECISIONS.map((d, i) => ({
        ...d,
        meetingId: meeting.id,
        seq: i + 1,
        // The article states positions, not their follow-up; every record starts open.
        status: 'open' as const,
        source: 'article',
        searchText: decisionSearchText(d),
      })),
    )
    .run();
  db.insert(reportedFigures)
    .values({
      metric: 'associations_formed',
      jalaliYear: 1399,
      value: ARTICLE_1399_ASSOCIATIONS,
      provinceCodes: [...ARTICLE_1399_PROVINCES],
      meetingId: meeting.id,
      note: 'تفکیک استانی این ۱۵ انجمن منتشر نشده است',
      source: 'article',
    })
    .run();
  return { meetingId: meeting.id };
}
