// The work queues with live counts; overdue and needs-attention stand out.
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { queueLabelKey, workQueuesFor, type QueueId } from '../../../shared/queues.ts';

type Props = { counts: Partial<Record<QueueId, number>> | undefined; active: QueueId; onChange: (q: QueueId) => void; role: string | undefined };

export function QueueNav({ counts, active, onChange, role }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="queue-nav" aria-label={t('dispatch.queues')}>
      {workQueuesFor(role).map((id) => (
        <button key={id} type="button" className={id === active ? 'queue-chip active' : 'queue-chip'} onClick={() => onChange(id)} data-testid={`queue-${id}`} data-count={counts?.[id]} aria-pressed={id === active}>
          <span>{t(queueLabelKey(id, role))}</span>
          <Badge count={counts?.[id] ?? 0} overflowCount={9999} showZero color={id === 'overdue' && (counts?.overdue ?? 0) > 0 ? '#ff4d4f' : '#2b5c8f'} />
        </button>
      ))}
    </nav>
  );
}
