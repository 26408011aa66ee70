// Who reported a generated case, as a record would name them: the grid's 网格长 for a grid
// worker's report (the name the grid card shows), the caller for the 12345 hotline and for a
// resident's own report, the sensor platform for a sensor's alarm. Names only: the case's source
// says which kind of reporter it was, in the reader's language.
import type { Case } from '../../shared/domain/case.ts';
import type { GridWorker } from '../../shared/domain/model.ts';
import { SENSOR_PLATFORM } from '../../shared/domain/actor.ts';
import { callerName } from './chinese-names.ts';
import type { Rng } from './prng.ts';

export type ReporterName = (source: Case['source'], gridCode: string, rng: Rng) => string;

export function createReporterNames(workers: readonly GridWorker[]): ReporterName {
  const leaders = new Map<string, string>();
  for (const w of workers) if (w.role === 'leader') for (const code of w.gridCodes) if (!leaders.has(code)) leaders.set(code, w.name);
  return (source, gridCode, rng) => {
    if (source === 'sensor') return SENSOR_PLATFORM;
    if (source === 'grid-worker') {
      return leaders.get(gridCode) ?? '网格员';
    }
    return callerName(rng);
  };
}
