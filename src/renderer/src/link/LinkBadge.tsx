// The link state, shown everywhere: 在线 / 离线 · N 条待同步 / 同步中 / 需处理 N,
// and when offline, how old the data is.
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../shared/contract.ts';
import { useDateTime } from '../i18n/date-time.ts';
import { chinaDate, chinaIso } from '../platforms/data/china-time.ts';

const COLORS = { online: 'success', offline: 'error', syncing: 'processing' } as const;

export function LinkBadge({ state, onAttention }: { state: LinkState | null; onAttention?: () => void }) {
  const { t } = useTranslation();
  const fmt = useDateTime();
  if (!state) return null;
  // Today's sync by its time alone: in a 1,366 px header the date pushed the time itself out of sight.
  const last = state.lastSyncAt ? Date.parse(state.lastSyncAt) : null;
  const fresh = last !== null && !Number.isNaN(last)
    ? t('link.freshAt', { time: chinaDate(last) === chinaDate(Date.now()) ? chinaIso(last).slice(11, 19) : fmt(state.lastSyncAt) })
    : t('link.never');
  return (
    <Space size={4} className="link-state" data-testid="link-state" data-status={state.status}>
      <Tag color={COLORS[state.status]} className="link-tag">
        {t(`link.${state.status}`)}
        {state.pending > 0 && ` · ${t('link.pending', { count: state.pending })}`}
      </Tag>
      {state.attention > 0 && (
        <Tag color="warning" className="attention-tag" onClick={onAttention} data-testid="attention-tag" role="button">
          {t('link.attention', { count: state.attention })}
        </Tag>
      )}
      {state.status !== 'online' && <span className="link-fresh" title={fresh}>{fresh}</span>}
    </Space>
  );
}
