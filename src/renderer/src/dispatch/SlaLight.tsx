// The traffic light of a case's running step (签收, 处置 or 核查), with time left.
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/domain/case.ts';
import { slaStatus } from '../../../shared/domain/sla.ts';
import { runningStep } from '../../../shared/case-filter.ts';
import { useDateTime } from '../i18n/date-time.ts';

const COLOR = { green: 'success', yellow: 'warning', red: 'error' } as const;


const hours = (minutes: number) => (Math.abs(minutes) / 60).toFixed(1);

export function SlaLight({ c, now }: { c: Case; now: string }) {
  const { t } = useTranslation();
  const fmt = useDateTime();
  const step = runningStep(c);
  const status = step ? slaStatus(c, step, now) : null;
  if (!step || !status) return null;
  const text = status.remaining >= 0 ? t('sla.left', { hours: hours(status.remaining) }) : t('sla.over', { hours: hours(status.remaining) });
  return (
    <Tooltip title={t('sla.due', { time: fmt(status.dueAt) })}>
      <Tag color={COLOR[status.light]} data-testid="sla-light" data-light={status.light}>
        {t(`sla.step.${step}`)} · {text}
      </Tag>
    </Tooltip>
  );
}
