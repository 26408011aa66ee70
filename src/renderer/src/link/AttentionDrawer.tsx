// Work the center refused: the server's reason beside what the operator did,
// so nothing disappears silently and the operator decides what next.
import { Drawer, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../api/use-live-query.ts';
import { sayRefusal } from '../i18n/refusal.ts';
import { useDateTime } from '../i18n/date-time.ts';

export function AttentionDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useDateTime();
  const items = useLiveQuery('attention.list', {}, ['link.changed'], open) ?? [];
  return (
    <Drawer open={open} onClose={onClose} title={t('attention.title')} width={480}>
      {items.length === 0 ? (
        <Empty description={t('attention.empty')} />
      ) : (
        <List
          data-testid="attention-list"
          dataSource={items}
          renderItem={(item) => (
            <List.Item>
              <div>
                <Typography.Text strong>{t(`mutation.${item.name}`, { defaultValue: item.name })}</Typography.Text>
                <div className="attention-reason">{sayRefusal(item.reason, t)}</div>
                <Typography.Text type="secondary" className="attention-input">{JSON.stringify(item.args)}</Typography.Text>
                <div className="attention-time">{fmt(item.rejectedAt)}</div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
