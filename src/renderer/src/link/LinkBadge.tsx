// The link state, shown everywhere: 在线 / 离线 · N 条待同步 / 同步中 / 需处理 N,
// and when offline, how old the data is.
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../shared/contract.ts';
import { chinaIso } from '../platforms/data/china-time.ts';

const COLORS = { online: 'success', offline: 'error', syncing: 'processing' } as const;

export function LinkBadge({ state, onAttention }: { state: LinkState | null; onAttention?: () => void }) {
  const { t } = useTranslation();
  if (!state) return null;
  // Month, day and time, no year (11-29 16:53:12): in a 1,366 px header the whole date pushed the time itself out of sight.
  const last = state.lastSyncAt ? Date.parse(state.lastSyncAt) : Number.NaN;
  const fresh = Number.isNaN(last) ? t('link.never') : t('link.freshAt', { time: chinaIso(last).slice(5, 19).replace('T', ' ') });
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
