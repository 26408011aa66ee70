// What the list's count line says: the total where it is known, and never a
// full list's length as if it were the total while the total is counted.
export type ListCount = { key: 'cases.countOf' | 'cases.counting' | 'cases.count'; count?: number; shown?: number } | null;

export function listCount(o: { asking: boolean; search: boolean; full: boolean; shown: number; total: number | undefined }): ListCount {
  if (o.asking) return null;
  if (!o.search && o.total !== undefined && o.total > o.shown) return { key: 'cases.countOf', count: o.total, shown: o.shown };
  // It read 共 500 件 beside 全部 8802 until the count came.
  if (!o.search && o.full && o.total === undefined) return { key: 'cases.counting', shown: o.shown };
  return { key: 'cases.count', count: o.shown };
}
