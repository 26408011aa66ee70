import { describe, expect, it } from 'vitest';
import { balancedLines, phraseSegments, textWidth } from './balanced-lines.ts';

describe('balanced category names', () => {
  it('leaves a name that fits on one line', () => {
    expect(balancedLines('市政务服务中心', 100, 12)).toEqual(['市政务服务中心']);
  });

  it('breaks a long Chinese name between words into lines of even length, never leaving one character alone', () => {
    // Eight characters fit a line: filled greedily this was 向阳区政务服务中 over 心.
    const lines = balancedLines('向阳区政务服务中心', 8 * 12, 12);
    expect(lines).toEqual(['向阳区政务', '服务中心']);
  });

  it('breaks English between words, on as few lines as fit', () => {
    const lines = balancedLines('Xiangyang District Government Service Center', 120, 11);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Xiangyang District Government Service Center');
    // Two words to a line at most: 'Xiangyang District Government' is wider than 120 px.
    expect(lines).toHaveLength(3);
  });

  it('cuts inside a word only when the word alone is wider than a line', () => {
    const lines = balancedLines('Supercalifragilistic', 40, 10);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(40);
    expect(lines.join('')).toBe('Supercalifragilistic');
  });
});

describe('the pieces a label may break between', () => {
  it('keeps a sign with the word before it, and an opening bracket with the word after it', () => {
    expect(phraseSegments('This month: Energy use').join('|')).toBe('This| |month:| |Energy| |use');
    expect(phraseSegments('本月：民生实事完成').join('|')).not.toMatch(/\|：/);
    expect(phraseSegments('受理数（累计）').some((p) => p.startsWith('）'))).toBe(false);
    expect(phraseSegments('受理数（累计）').some((p) => p.endsWith('（'))).toBe(false);
  });
  it('keeps a middle dot at the end of its line', () => {
    const pieces = phraseSegments('team 22,068 · members & volunteers 4,793');
    expect(pieces.join('')).toBe('team 22,068\u00a0· members & volunteers 4,793');
    expect(pieces).toContain('22,068\u00a0·');
  });
  it('loses no character', () => {
    for (const text of ['This month: Traceable batches', '今日：田间告警', 'a (b) c.', '（开头', '：']) expect(phraseSegments(text).join('')).toBe(text);
  });
});
