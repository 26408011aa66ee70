// 席位看板: every department seat, live. A case dragged from the list onto a
// seat is dispatched there — the same command as the dispatch form.
import { App as AntApp, Badge, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.ts';
import { useLiveQuery } from '../api/use-live-query.ts';
import { errorText } from '../i18n/refusal.ts';
import { useDirectory } from './use-directory.ts';

export const CASE_DRAG_TYPE = 'application/x-gcc-case';
const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);

export function SeatBoard({ dropToDispatch }: { dropToDispatch: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = AntApp.useApp();
  const rows = useLiveQuery('seats.board', {}, ['cases.changed', 'metrics.changed', 'reference.changed']) ?? [];
  const { names } = useDirectory();
  const [over, setOver] = useState<string | null>(null);
  const drop = async (seatId: string, departmentId: string, caseId: string) => {
    setOver(null);
    try {
      await api.command('cases.act', { caseId, action: { type: 'dispatch', departmentId, seatId } });
      message.success(t('board.dispatched'));
    } catch (err) {
      message.error(errorText(err, t));
    }
  };
  if (rows.length === 0) return <Empty description={t('board.empty')} />;
  return (
    <div className="seat-board" data-testid="seat-board">
      {rows.map((r) => (
        <div
          key={r.seatId}
          className={`seat-card${over === r.seatId ? ' drop' : ''}${r.overdue > 0 ? ' late' : ''}`}
          data-testid="seat-card"
          data-seat-id={r.seatId}
          onDragOver={(e) => {
            if (!dropToDispatch || !e.dataTransfer.types.includes(CASE_DRAG_TYPE)) return;
            e.preventDefault();
            setOver(r.seatId);
          }}
          onDragLeave={() => setOver(null)}
          // Reached only through onDragOver's preventDefault, which a role that may not dispatch never gets.
          onDrop={(e) => void drop(r.seatId, r.departmentId, e.dataTransfer.getData(CASE_DRAG_TYPE))}
        >
          <div className="seat-card-head">
            <Badge status={r.online ? 'success' : 'default'} text={names.seat(r.seatId, r.seatName)} />
          </div>
          <div className="seat-card-liaison">{r.liaison ?? t('board.noLiaison')} · {r.online ? t('board.onDuty') : t('board.offDuty')}</div>
          <div className="seat-card-figures">
            <span>{t('board.queue')} <b>{r.queue}</b></span>
            <span className={r.overdue > 0 ? 'seat-late' : ''}>{t('board.overdue')} <b>{r.overdue}</b></span>
            <span>{t('board.avg')} {r.avgHandleMinutes === null ? <b>—</b> : <><b>{(r.avgHandleMinutes / 60).toFixed(1)}</b>h</>}</span>
            <span>{t('board.onTime')} <b>{pct(r.onTimeToday)}</b></span>
          </div>
        </div>
      ))}
    </div>
  );
}
