// The core's record of the operator's choice wins over what a page remembers; a page's older
// choice is adopted only where the core has none.
import { describe, expect, it } from 'vitest';
import { openingLocale } from './opening-locale.ts';

describe('the language a window opens in', () => {
  it('is the choice the core keeps, over what this page last showed', () => {
    expect(openingLocale({ locale: 'zh-CN', localeChosen: true }, 'en')).toEqual({ locale: 'zh-CN', adopt: false });
    expect(openingLocale({ locale: 'en', localeChosen: true }, null)).toEqual({ locale: 'en', adopt: false });
  });

  it('without a kept choice, is the page\'s own, handed to the core, else the host default', () => {
    expect(openingLocale({ locale: 'zh-CN', localeChosen: false }, 'en')).toEqual({ locale: 'en', adopt: true });
    expect(openingLocale({ locale: 'en', localeChosen: false }, null)).toEqual({ locale: 'en', adopt: false });
  });
});
