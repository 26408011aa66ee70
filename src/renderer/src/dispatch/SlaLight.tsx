// The traffic light of a case's running step (签收, 处置 or 核查), with time left;
// and, once the result is in, whether it came after the deadline: such a case
// stays in 已超期 while its verification clock is still green, and counts as
// late in 按期结案率 once closed.
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
  // The result's own lateness: a closed case keeps it (按期结案率 counts it late), as 已超期 held it until the close.
  const late = c.resolvedAt !== null && c.deadlineAt !== null && Date.parse(c.resolvedAt) > Date.parse(c.deadlineAt);
  return (
    <>
      {step && status && (
        <Tooltip title={t('sla.due', { time: fmt(status.dueAt) })}>
          <Tag color={COLOR[status.light]} data-testid="sla-light" data-light={status.light}>
            {t(`sla.step.${step}`)} · {status.remaining >= 0 ? t('sla.left', { hours: hours(status.remaining) }) : t('sla.over', { hours: hours(status.remaining) })}
          </Tag>
        </Tooltip>
      )}
      {late && (
        <Tooltip title={t('sla.lateWhen', { due: fmt(c.deadlineAt!), at: fmt(c.resolvedAt!) })}>
          <Tag color="error" data-testid="sla-late">{t('sla.late')}</Tag>
        </Tooltip>
      )}
    </>
  );
}
