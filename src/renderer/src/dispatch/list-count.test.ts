import { describe, expect, it } from 'vitest';
import { listCount } from './list-count.ts';

describe('the list count line', () => {
  const base = { asking: false, search: false, full: false, shown: 20, total: 20 };
  it('says the total and how many are shown once the total is known', () => {
    expect(listCount({ ...base, full: true, shown: 500, total: 8802 })).toEqual({ key: 'cases.countOf', count: 8802, shown: 500 });
    expect(listCount(base)).toEqual({ key: 'cases.count', count: 20 });
  });
  it('does not give a full list\'s length as the total while it is counted', () => {
    expect(listCount({ ...base, full: true, shown: 500, total: undefined })).toEqual({ key: 'cases.counting', shown: 500 });
  });
  it('counts search hits as they are, and says nothing while a list is asked', () => {
    expect(listCount({ ...base, search: true, full: true, shown: 500, total: undefined })).toEqual({ key: 'cases.count', count: 500 });
    expect(listCount({ ...base, asking: true })).toBeNull();
  });
});
