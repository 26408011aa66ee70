// Names for codes: departments, seats, divisions and categories, from the
// reference data the core keeps.
import { useMemo } from 'react';
import type { QueryOutput } from '../../../shared/contract.ts';
import { useLiveQuery } from '../api/use-live-query.ts';

export type Directory = QueryOutput<'reference.directory'>;

export function useDirectory() {
  const directory = useLiveQuery('reference.directory', {}, ['reference.changed']);
  const names = useMemo(() => {
    const dept = new Map(directory?.departments.map((d) => [d.id, d.name]));
    const seat = new Map(directory?.seats.map((s) => [s.id, s.name]));
    const division = new Map(directory?.divisions.map((d) => [d.code, d.name]));
    const category = new Map(directory?.catalog.map((c) => [`${c.kind}:${c.minorCode}`, c]));
    return {
      department: (id: string | null) => (id ? (dept.get(id) ?? id) : '—'),
      seat: (id: string | null) => (id ? (seat.get(id) ?? id) : '—'),
      division: (code: string | null) => (code ? (division.get(code) ?? code) : '—'),
      category: (kind: string | null, code: string) => {
        const c = category.get(`${kind ?? ''}:${code}`);
        return c ? `${c.kind} · ${c.majorName} · ${c.minorName}` : code;
      },
    };
  }, [directory]);
  return { directory, names };
}
