import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes and CRLF', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n2,,last\n';
    expect(parseCsv(text)).toEqual([
      { a: '1', b: 'x, y', c: 'say "hi"' },
      { a: '2', b: '', c: 'last' },
    ]);
  });

  it('keeps a newline inside quotes and tolerates a missing final newline', () => {
    expect(parseCsv('a,b\n"line1\nline2",z')).toEqual([{ a: 'line1\nline2', b: 'z' }]);
  });

  it('rejects a row with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/row 2/);
  });
});
