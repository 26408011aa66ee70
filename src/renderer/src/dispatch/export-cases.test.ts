import { describe, expect, it } from 'vitest';
import { toCsv } from './export-cases.ts';

describe('csv export', () => {
  it('quotes fields and keeps Chinese readable in Excel', () => {
    const csv = toCsv({ header: ['编号', '标题'], rows: [['JQ-1', '井盖"缺失", 长安路']] });
    expect(csv).toBe('\uFEFF"编号","标题"\r\n"JQ-1","井盖""缺失"", 长安路"\r\n');
  });
});
