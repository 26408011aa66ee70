// 交办单: the printable sheet of one case. Printing (to paper or PDF) uses the
// print stylesheet, which shows only this sheet.
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CaseListItem, QueryOutput } from '../../../shared/contract.ts';
import type { useDirectory } from './use-directory.ts';
import { useDateTime } from '../i18n/date-time.ts';
import { regridText } from './CaseTimeline.tsx';

type Props = { c: CaseListItem; timeline: QueryOutput<'cases.timeline'> | undefined; names: ReturnType<typeof useDirectory>['names'] };

export function CaseSheet({ c, timeline, names }: Props) {
  const { t } = useTranslation();
  const fmt = useDateTime();
  const rows: [string, string][] = [
    [t('field.code'), c.code ?? t('cases.noCode')], [t('report.fieldTitle'), c.title], [t('field.category'), names.category(c.categoryKind, c.categoryCode)],
    [t('field.place'), names.place(c)], [t('field.address'), c.address || '—'],
    [t('field.department'), names.department(c.departmentId)], [t('field.seat'), names.seat(c.seatId)],
    [t('field.reportedAt'), fmt(c.reportedAt)], [t('field.deadline'), fmt(c.deadlineAt)], [t('export.state'), t(`state.${c.state}`)],
    [t('report.fieldDescription'), c.description || '—'],
    [t('attach.title'), c.attachments?.map((a) => t('attach.sheetItem', { name: a.name, sha: a.sha256.slice(0, 16) })).join(t('list.separator')) || '—'],
  ];
  // Outside #root, so the print stylesheet can hide the app and keep only this.
  return createPortal(
    <section className="case-sheet" aria-hidden="true">
      <h1>{t('sheet.title')}</h1>
      <table>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}><th>{k}</th><td>{v}</td></tr>
          ))}
        </tbody>
      </table>
      <h2>{t('detail.timeline')}</h2>
      <ol>
        {(timeline?.events ?? []).map((e) => (
          <li key={e.seq}>{fmt(e.at)} {t(`action.${e.action}`)} · {names.person(e.actorId)}{e.action === 'regrid' ? ` · ${regridText(t, e)}` : ''}{typeof e.detail?.recordedAt === 'string' ? ` · ${t('detail.recordedAt', { time: fmt(e.detail.recordedAt) })}` : ''}{e.note ? ` · ${e.note}` : ''}</li>
        ))}
      </ol>
      <p className="case-sheet-sign">{t('sheet.sign')}</p>
    </section>,
    document.body,
  );
}
