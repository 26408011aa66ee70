// Demo logins, at least one per role: city and 郊区 leaders, intake and dispatch
// desks at both centers, one street-center dispatcher, a liaison per bureau
// seat, and a few 网格长 of 郊区. Each is named as a person is, by name alone:
// the interface says their role and seat in the reader's language.
import type { GridWorker, Seat } from '../../shared/domain/model.ts';
import { chineseName } from './chinese-names.ts';
import { CITY_CODE, JIAOQU_CODE, type DepartmentDirectory } from './departments.ts';
import { rngFor } from './prng.ts';
import { seatId } from './build-seats.ts';
import type { DemoAccount, DivisionRow } from './types.ts';

const GRID_WORKER_ACCOUNTS = 5;

export function buildAccounts(
  directory: DepartmentDirectory,
  seats: readonly Seat[],
  workers: readonly GridWorker[],
  divisions: readonly DivisionRow[],
  seed: number,
): DemoAccount[] {
  const rng = rngFor(seed, 'accounts');
  // Named in the order the desks come (the title only tells the reader of this file who is who).
  const person = (_title: string) => chineseName(rng);
  const city = directory.cityCenterId;
  const district = directory.jiaoquCenterId;
  const accounts: DemoAccount[] = [
    { username: 'admin', displayName: '', role: 'admin' },
    { username: 'leader', displayName: person('市领导'), role: 'leader', seatId: seatId(CITY_CODE, 'leader'), departmentId: city },
    { username: 'intake', displayName: person('市指挥中心受理员'), role: 'intake', departmentId: city, seatId: seatId(CITY_CODE, 'intake-1') },
    { username: 'dispatcher', displayName: person('市指挥中心派遣员'), role: 'dispatcher', departmentId: city, seatId: seatId(CITY_CODE, 'dispatch-1') },
    { username: 'jq-leader', displayName: person('郊区领导'), role: 'leader', departmentId: district, seatId: seatId(JIAOQU_CODE, 'leader'), countyCode: JIAOQU_CODE },
    { username: 'jq-intake', displayName: person('郊区指挥中心受理员'), role: 'intake', departmentId: district, seatId: seatId(JIAOQU_CODE, 'intake-1'), countyCode: JIAOQU_CODE },
    { username: 'jq-dispatcher', displayName: person('郊区指挥中心派遣员'), role: 'dispatcher', departmentId: district, seatId: seatId(JIAOQU_CODE, 'dispatch-1'), countyCode: JIAOQU_CODE },
  ];

  const streetTown = divisions.find((d) => d.level === 'town' && d.countyCode === JIAOQU_CODE && d.name.endsWith('街道'));
  if (streetTown) {
    const office = directory.townOffices.get(streetTown.code);
    accounts.push({
      username: 'street-dispatcher',
      displayName: person(`${streetTown.name}派遣员`),
      role: 'dispatcher',
      departmentId: office,
      seatId: seatId(streetTown.code, 'street'),
      countyCode: JIAOQU_CODE,
      townCode: streetTown.code,
    });
  }

  // One liaison per bureau seat, at the city center (seat-chengguan) and at 郊区's own bureaus (seat-jq-chengguan).
  for (const seat of seats) {
    const atCity = seat.centerCode === CITY_CODE && directory.cityBureauIds.includes(seat.departmentId);
    const atDistrict = seat.centerCode === JIAOQU_CODE && seat.departmentId.startsWith('jq-') && seat.departmentId !== district;
    if (!atCity && !atDistrict) continue;
    accounts.push({
      username: `seat-${seat.departmentId}`,
      displayName: person(`${directory.shortNames.get(seat.departmentId) ?? seat.departmentId}席位`),
      role: 'seat',
      departmentId: seat.departmentId,
      seatId: seat.id,
      ...(atDistrict ? { countyCode: JIAOQU_CODE } : {}),
    });
  }

  // 网格长 of the first grid of 郊区's first towns, starting with the street dispatcher's town.
  const townOrder = divisions
    .filter((d) => d.level === 'town' && d.countyCode === JIAOQU_CODE)
    .map((d) => d.code)
    .sort((a, b) => Number(b === streetTown?.code) - Number(a === streetTown?.code) || a.localeCompare(b));
  const leaders = townOrder
    .map((town) => workers.find((w) => w.role === 'leader' && (w.gridCodes[0] as string).startsWith(town.slice(0, 9))))
    .filter((w): w is GridWorker => !!w)
    .slice(0, GRID_WORKER_ACCOUNTS);
  leaders.forEach((worker, i) => {
    const gridCode = worker.gridCodes[0] as string;
    accounts.push({
      username: i === 0 ? 'grid-worker' : `grid-worker-${i + 1}`,
      displayName: worker.name,
      role: 'grid-worker',
      countyCode: `${gridCode.slice(0, 6)}000000`,
      townCode: `${gridCode.slice(0, 9)}000`,
      workerId: worker.id,
    });
  });
  // Named last, so that the other desks keep the names they were drawn before the administrator had one.
  accounts[0]!.displayName = chineseName(rng);
  return accounts;
}
