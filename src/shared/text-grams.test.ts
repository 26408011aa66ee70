import { describe, expect, it } from 'vitest';
import { shortQueryMatch, textGrams, trigramMatch } from './text-grams.ts';

describe('text grams', () => {
  it('indexes characters and pairs of each run', () => {
    expect(textGrams('井盖缺失').split(' ').sort()).toEqual(['井', '井盖', '失', '盖', '盖缺', '缺', '缺失'].sort());
    expect(textGrams('占道 JQ-01')).toContain('占道');
    expect(textGrams('占道 JQ-01').split(' ')).toContain('jq');
    expect(textGrams('道 路').split(' ')).not.toContain('道路');
  });

  it('builds MATCH expressions by query length', () => {
    expect(shortQueryMatch('占道')).toBe('"占道"');
    expect(shortQueryMatch('井')).toBe('"井"');
    expect(shortQueryMatch('井盖缺')).toBeNull();
    expect(trigramMatch('井盖')).toBeNull();
    expect(trigramMatch('井盖"缺')).toBe('"井盖""缺"');
  });
});
