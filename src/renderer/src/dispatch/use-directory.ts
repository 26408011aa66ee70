// Names for codes: departments, seats, divisions, categories and accounts, from the
// reference data the core keeps.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryNames, categoryPath } from '../../../shared/catalog.ts';
import { GRID_APP_ACCOUNT, SENSOR_PLATFORM, SYSTEM_ACCOUNT } from '../../../shared/domain/actor.ts';
import type { QueryOutput } from '../../../shared/contract.ts';
import { useLiveQuery } from '../api/use-live-query.ts';
import { dataLanguage, nameIn, placeNameIn } from '../i18n/data-language.ts';
import { communityShortName } from '../../../shared/division-names.ts';

export type Directory = QueryOutput<'reference.directory'>;

export function useDirectory() {
  const directory = useLiveQuery('reference.directory', {}, ['reference.changed']);
  const { t } = useTranslation();
  const language = dataLanguage(t);
  const names = useMemo(() => {
    const dept = new Map(directory?.departments.map((d) => [d.id, nameIn(d, language)]));
    const seat = new Map(directory?.seats.map((s) => [s.id, nameIn(s, language)]));
    const division = new Map(directory?.divisions.map((d) => [d.code, d.name]));
    const place = (name: string) => placeNameIn(name, language);
    const category = new Map(directory?.catalog.map((c) => [`${c.kind}:${c.minorCode}`, c]));
    const person = new Map(directory?.staff.map((p) => [p.username, p.displayName]));
    const divisionName = (code: string | null) => {
      const name = code ? division.get(code) : undefined;
      return name ? place(name) : (code ?? '—');
    };
    const communityName = (code: string) => {
      const name = division.get(code);
      return name ? place(communityShortName(name)) : code;
    };
    return {
      department: (id: string | null) => (id ? (dept.get(id) ?? id) : '—'),
      seat: (id: string | null, fallback?: string) => (id ? (seat.get(id) ?? fallback ?? id) : '—'),
      division: divisionName,
      /** A community or village by its short name (长安村, not 长安村委会), as its grids are named. */
      community: communityName,
      /** Where a case is: county · town · community · grid code, as the detail and the 交办单 both say it. */
      place: (c: { countyCode: string | null; townCode: string | null; gridCode: string | null }) =>
        [divisionName(c.countyCode), divisionName(c.townCode), ...(c.gridCode ? [communityName(c.gridCode.slice(0, 12)), c.gridCode] : [])].join(' · '),
      /** An account's name; its login name where the directory has not got it (yet). The sensor feed's account is named in the reader's language. */
      person: (username: string) => (username === SYSTEM_ACCOUNT ? t('people.sensorPlatform') : username === GRID_APP_ACCOUNT ? t('people.gridApp') : (person.get(username) ?? username)),
      /** Who reported a case, as recorded; the sensor platform in the reader's language. */
      reporter: (name: string) => (name === SENSOR_PLATFORM ? t('people.sensorPlatform') : name),
      category: (kind: string | null, code: string) => {
        const c = category.get(`${kind ?? ''}:${code}`);
        if (!c) return code;
        return categoryPath(categoryNames(c, language));
      },
    };
  }, [directory, language, t]);
  return { directory, names, language };
}
