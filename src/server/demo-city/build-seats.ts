// 席位制: departments take seats in a command center. The city center seats
// every city bureau; the 郊区 center seats the district's own bureaus and the
// city bureaus 郊区 relies on; each 郊区 street/township center seats its office.
import type { Seat } from '../../shared/domain/model.ts';
import { CITY_CODE, JIAOQU_CODE, townNameEn, type DepartmentDirectory } from './departments.ts';
import type { DivisionRow } from './types.ts';

/** Seats of the command center itself, who take in (受理) and dispatch (派遣) cases. */
const CENTER_DESKS = [
  ['intake-1', '受理席一', 'intake desk 1'],
  ['intake-2', '受理席二', 'intake desk 2'],
  ['dispatch-1', '派遣席一', 'dispatch desk 1'],
  ['dispatch-2', '派遣席二', 'dispatch desk 2'],
  ['leader', '领导席', 'leader\'s desk'],
] as const;

/** seat-230800-chengguan, seat-230811-jq-chengguan, seat-230811010-street: the center's short code, then the desk. */
export function seatId(centerCode: string, key: string): string {
  const short = centerCode.endsWith('000000') ? centerCode.slice(0, 6) : centerCode.slice(0, 9);
  return `seat-${short}-${key}`;
}

export function buildSeats(directory: DepartmentDirectory, divisions: readonly DivisionRow[]): Seat[] {
  const seats: Seat[] = [];
  const short = (id: string) => directory.shortNames.get(id) ?? id;
  const shortEn = (id: string) => directory.shortNamesEn.get(id) ?? id;
  const center = (centerCode: string, centerId: string) => {
    for (const [key, label, labelEn] of CENTER_DESKS) {
      seats.push({ id: seatId(centerCode, key), departmentId: centerId, centerCode, name: `${short(centerId)}${label}`, nameEn: `${shortEn(centerId)} ${labelEn}` });
    }
  };

  center(CITY_CODE, directory.cityCenterId);
  for (const id of directory.cityBureauIds) {
    seats.push({ id: seatId(CITY_CODE, id), departmentId: id, centerCode: CITY_CODE, name: `${short(id)}席位`, nameEn: `${shortEn(id)} seat` });
  }

  center(JIAOQU_CODE, directory.jiaoquCenterId);
  for (const id of directory.cityBureauIds) {
    const owner = directory.jiaoquOwner.get(id) ?? id;
    if (seats.some((s) => s.centerCode === JIAOQU_CODE && s.departmentId === owner)) continue;
    // A city bureau with no 郊区 branch of its own sits at both centers: the second seat says which, or a board lists two alike.
    const atDistrict = owner === id ? ['（郊区中心）', ' (Jiaoqu center)'] : ['', ''];
    seats.push({ id: seatId(JIAOQU_CODE, owner), departmentId: owner, centerCode: JIAOQU_CODE, name: `${short(owner)}席位${atDistrict[0]}`, nameEn: `${shortEn(owner)} seat${atDistrict[1]}` });
  }

  for (const town of divisions) {
    const office = directory.townOffices.get(town.code);
    if (town.level !== 'town' || !office) continue;
    seats.push({ id: seatId(town.code, 'street'), departmentId: office, centerCode: town.code, name: `${town.name}网格化服务管理中心席位`, nameEn: `${townNameEn(town.name)} grid service center seat` });
  }
  return seats;
}
