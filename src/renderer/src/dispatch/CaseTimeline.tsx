// The case's 流转记录: every event, who, which seat, when, what, and the note.
import { Empty, Timeline } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../../shared/domain/case-event.ts';
import type { QueryOutput } from '../../../shared/contract.ts';
import { useDateTime } from '../i18n/date-time.ts';

type Props = { timeline: QueryOutput<'cases.timeline'> | undefined; seatName: (id: string | null) => string; personName: (username: string) => string };

/** A regrid event's grids, from and to: what the timeline and the printed sheet say of it. */
export function regridText(t: TFunction, e: CaseEvent): string {
  const grid = (code: string | number | undefined) => (code ? String(code) : t('detail.noGrid'));
  return t('detail.regridded', { from: grid(e.detail?.fromGrid), to: grid(e.detail?.toGrid) });
}

export function CaseTimeline({ timeline, seatName, personName }: Props) {
  const { t } = useTranslation();
  const fmt = useDateTime();
  if (!timeline || timeline.events.length === 0) {
    // Not there yet is not the same as none: a case always has at least its report.
    const why = !timeline ? 'detail.timelineLoading' : timeline.fetchedAt === null ? 'detail.timelineUnfetched' : 'detail.noTimeline';
    return <Empty description={t(why)} image={Empty.PRESENTED_IMAGE_SIMPLE} data-testid="timeline-empty" />;
  }
  return (
    <>
      {timeline.fetchedAt && <div className="timeline-fetched">{t('detail.timelineAt', { time: fmt(timeline.fetchedAt) })}</div>}
      <Timeline
        data-testid="case-timeline"
        items={timeline.events.map((e) => ({
          key: e.seq,
          color: e.action === 'verifyFail' || e.action === 'return' || e.action === 'reject' ? 'red' : e.action === 'close' || e.action === 'rate' ? 'green' : 'blue',
          content: (
            <div className="timeline-item" data-testid="timeline-item" data-action={e.action}>
              <div><strong>{t(`action.${e.action}`)}</strong> · <span data-testid="timeline-actor" title={e.actorId}>{personName(e.actorId)}</span>{e.seatId ? ` · ${seatName(e.seatId)}` : ''}</div>
              <div className="timeline-meta">{fmt(e.at)}{e.toState ? ` → ${t(`state.${e.toState}`)}` : ''}</div>
              {e.action === 'regrid' && <div className="timeline-note">{regridText(t, e)}</div>}
              {typeof e.detail?.recordedAt === 'string' && <div className="timeline-note" data-testid="timeline-recorded">{t('detail.recordedAt', { time: fmt(e.detail.recordedAt) })}</div>}
              {(e.action === 'requestExtension' || e.action === 'approveExtension') && typeof e.detail?.hours === 'number' && (
                <div className="timeline-note">{t('detail.hours', { hours: e.detail.hours, count: e.detail.hours })}</div>
              )}
              {e.note && <div className="timeline-note">{e.note}</div>}
            </div>
          ),
        }))}
      />
    </>
  );
}
