// Where a workstation's case figures come from. A workstation holds the cases of its account's
// scope only (a department's for a liaison, a county's or a town's for their dispatchers), so its
// 受理数 or its seat board's counts are that scope's, beside the city's grids and workers: said once
// above them. A city-wide account needs no note.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../api/use-live-query.ts';
import { useDirectory } from '../dispatch/use-directory.ts';

export function ScopeNote({ testId }: { testId: string }) {
  const { t } = useTranslation();
  const session = useLiveQuery('session.info', {}, ['link.changed']);
  const { names } = useDirectory();
  if (!session) return null;
  const text = session.role === 'seat' && session.departmentId
    ? t('scope.department', { name: names.department(session.departmentId) })
    : session.townCode || session.countyCode
      ? t('scope.place', { name: names.division(session.townCode ?? session.countyCode) })
      : null;
  return text ? <div className="scope-note" role="note" data-testid={testId}>{text}</div> : null;
}
