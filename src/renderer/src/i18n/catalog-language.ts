// Which names of the case category catalog the UI's language reads, as its
// texts say (catalog.language): Chinese, or English where the catalog has it.
import type { CatalogLanguage } from '../../../shared/catalog.ts';

export const catalogLanguage = (t: (key: string) => string): CatalogLanguage => (t('catalog.language') === 'en' ? 'en' : 'zh');
