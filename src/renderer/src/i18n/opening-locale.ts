// Which language a window opens in. The core keeps the operator's choice; a page may remember one
// from before the core kept them, which then becomes the operator's choice.
import type { Locale } from './index.ts';

/**
 * The operator's choice as the core keeps it; without one, the choice this page remembers (and
 * `adopt`: hand it to the core); else the host's default.
 */
export function openingLocale(session: { locale: Locale; localeChosen: boolean }, saved: Locale | null): { locale: Locale; adopt: boolean } {
  if (session.localeChosen || saved === null) return { locale: session.locale, adopt: false };
  return { locale: saved, adopt: true };
}
