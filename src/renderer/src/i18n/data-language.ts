// Which names of the reference data the UI's language reads, as its texts say
// (data.language): the catalog's categories and the departments and seats, in
// Chinese, or in English where the data has English names.
import type { CatalogLanguage } from '../../../shared/catalog.ts';

export const dataLanguage = (t: (key: string) => string): CatalogLanguage => (t('data.language') === 'en' ? 'en' : 'zh');

/** A department's or seat's name in the language, in Chinese where it has no English one. */
export const nameIn = (x: { name: string; nameEn?: string | null }, language: CatalogLanguage): string => (language === 'en' && x.nameEn ? x.nameEn : x.name);
