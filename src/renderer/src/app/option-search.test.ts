import { describe, expect, it } from 'vitest';
import { keywordsOf, optionMatches } from './option-search.ts';

describe('a picker\'s search', () => {
  const street = { value: '230803001000', label: 'Xilin Subdistrict', keywords: keywordsOf('Xilin Subdistrict', '西林街道', 'Xilin Subdistrict') };
  it('finds an option by any of its names, ignoring case and the spaces around', () => {
    expect(optionMatches('西林', street)).toBe(true);
    expect(optionMatches(' xilin ', street)).toBe(true);
    expect(optionMatches('SUBDISTRICT', street)).toBe(true);
    expect(optionMatches('东风', street)).toBe(false);
  });
  it('falls back to a text label, and narrows nothing on spaces alone', () => {
    expect(optionMatches('urg', { label: 'Urgent' })).toBe(true);
    expect(optionMatches('x', { label: 'Urgent' })).toBe(false);
    expect(optionMatches('   ', { label: 'Urgent' })).toBe(true);
    expect(optionMatches('a', undefined)).toBe(false);
  });
  it('keeps each word once', () => {
    expect(keywordsOf('A', 'a', null, 'B', undefined, 'A')).toBe('a b');
  });
});
