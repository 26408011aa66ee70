// Which names of the reference data the UI's language reads, as its texts say
// (data.language): the catalog's categories, the departments and seats and the
// places, in Chinese, or in English where the data has English names (places in pinyin).
import type { CatalogLanguage } from '../../../shared/catalog.ts';
import { placeNameEn } from '../../../shared/place-name-en.ts';

export const dataLanguage = (t: (key: string) => string): CatalogLanguage => (t('data.language') === 'en' ? 'en' : 'zh');

/** A department's or seat's name in the language, in Chinese where it has no English one. */
export const nameIn = (x: { name: string; nameEn?: string | null }, language: CatalogLanguage): string => (language === 'en' && x.nameEn ? x.nameEn : x.name);

/** A division's or grid's name in the language: in English, its pinyin and what it is (shared/place-name-en.ts). */
export const placeNameIn = (name: string, language: CatalogLanguage): string => (language === 'en' ? placeNameEn(name) : name);
