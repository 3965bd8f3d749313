/** A province's or sector's name in the reading language: the English name only in the English UI. */
export const localName = (item: { nameFa: string; nameEn: string }, en: boolean): string =>
  en ? item.nameEn : item.nameFa;
