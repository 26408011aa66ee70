// Schema migrations, one file per version, applied in order inside one transaction each.
import v001 from './001-initial.ts';
import v002 from './002-search.ts';
import v003 from './003-reference.ts';
import v004 from './004-search-deferred.ts';
import v005 from './005-search-merge.ts';
import v006 from './006-attachment-uploads.ts';

export const migrations: readonly string[] = [v001, v002, v003, v004, v005, v006];
