// Schema migrations, one file per version, applied in order inside one transaction each.
import v001 from './001-initial.ts';
import v002 from './002-search.ts';

export const migrations: readonly string[] = [v001, v002];
