export * from './describe-filter.ts';
export * from './domain.ts';
export * from './filters.ts';
export * from './jalali.ts';
export * from './labels-fa.ts';
export * from './lists.ts';
export * from './normalize-fa.ts';
export * from './provinces.ts';
