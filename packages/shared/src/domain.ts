// The vocabulary of the domain (docs/product.md, "Domain model"). Labels live in the web app's
// locale files; these are the stable codes stored in the database and used in URLs.

export const ORGANIZATION_KINDS = [
  'provincial_association',
  'national_association',
  'provincial_house',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_STATUSES = ['forming', 'active', 'suspended', 'dissolved'] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

export const DECISION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** `import:<file>` rows come from a spreadsheet import; the rest are fixed. */
export type Source = 'article' | 'manual' | 'demo' | `import:${string}`;

export interface Sector {
  code: string;
  nameFa: string;
  nameEn: string;
}

export const SECTORS: readonly Sector[] = [
  { code: 'food', nameFa: 'صنایع غذایی', nameEn: 'Food and beverages' },
  { code: 'textiles', nameFa: 'نساجی و پوشاک', nameEn: 'Textiles and clothing' },
  { code: 'leather', nameFa: 'چرم و کفش', nameEn: 'Leather and footwear' },
  { code: 'wood-paper', nameFa: 'چوب، کاغذ و چاپ', nameEn: 'Wood, paper and printing' },
  { code: 'chemicals', nameFa: 'شیمیایی و پتروشیمی', nameEn: 'Chemicals and petrochemicals' },
  { code: 'pharma', nameFa: 'دارویی و بهداشتی', nameEn: 'Pharmaceuticals and hygiene' },
  { code: 'plastics-rubber', nameFa: 'پلاستیک و لاستیک', nameEn: 'Plastics and rubber' },
  { code: 'non-metallic', nameFa: 'کانی‌های غیرفلزی', nameEn: 'Non-metallic minerals' },
  { code: 'basic-metals', nameFa: 'فلزات پایه', nameEn: 'Basic metals' },
  { code: 'metal-products', nameFa: 'محصولات فلزی', nameEn: 'Fabricated metal products' },
  { code: 'machinery', nameFa: 'ماشین‌آلات و تجهیزات', nameEn: 'Machinery and equipment' },
  { code: 'electrical', nameFa: 'برق و الکترونیک', nameEn: 'Electrical and electronics' },
  { code: 'auto-parts', nameFa: 'خودرو و قطعات', nameEn: 'Automotive and parts' },
  { code: 'mining', nameFa: 'معدن و صنایع معدنی', nameEn: 'Mining' },
  { code: 'handicrafts', nameFa: 'صنایع دستی', nameEn: 'Handicrafts' },
  { code: 'multi', nameFa: 'چندبخشی', nameEn: 'Cross-sector' },
];

export const SECTOR_CODES = SECTORS.map((s) => s.code) as [string, ...string[]];

/** Association records start with the legal basis of 1377–1378 (see the seed notes). */
export const FIRST_JALALI_YEAR = 1378;
/** Filters accept any year in this window; data outside it is refused on import. */
export const MIN_FILTER_YEAR = 1300;
export const MAX_FILTER_YEAR = 1500;
