// Checks a city's own grid boundary file and shows the report: what is wrong,
// in which feature, and where on the map. A clean file goes to the center's
// import (the grids.import command), which checks it again and writes all of
// it or none; its answer replaces the local report.
import { Alert, Button, Modal, Table, Tag, Tooltip } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Division } from '../../../../shared/domain/model.ts';
import { validateGridImport, type GridImportResult, type ImportIssue, type ImportReport } from '../../../../shared/grid-import.ts';
import { useApi } from '../../api/context.ts';

type Props = { open: boolean; divisions: readonly Division[]; onClose: () => void; onShow: (at: [number, number]) => void };

export function GridImportDialog({ open, divisions, onClose, onShow }: Props) {
  const { t } = useTranslation();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [fileName, setFileName] = useState('');
  const [unreadable, setUnreadable] = useState(false);
  const [geojson, setGeojson] = useState<unknown>(null);
  const [result, setResult] = useState<GridImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const api = useApi();

  const submit = async () => {
    setSending(true);
    setFailure(null);
    try {
      setResult(await api.command('grids.import', { geojson }));
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setSending(false);
    }
  };

  const read = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setResult(null);
    setFailure(null);
    try {
      const parsed: unknown = JSON.parse(await file.text());
      setGeojson(parsed);
      setReport(validateGridImport(parsed, { divisions }));
      setUnreadable(false);
    } catch {
      setReport(null);
      setUnreadable(true);
    }
  };

  const problem = (i: ImportIssue) => t(`mapView.import.issue.${i.code}`, { other: i.otherCode ?? '', area: i.areaM2?.toLocaleString() ?? '' });
  return (
    <Modal open={open} onCancel={onClose} title={t('mapView.import.title')} width={760} destroyOnHidden
      footer={[
        <Tooltip key="submit" title={report?.errors ? t('mapView.import.submitNote') : undefined}>
          <Button type="primary" disabled={!report || report.errors > 0 || !!result?.imported} loading={sending} onClick={() => void submit()} data-testid="grid-import-submit">{t('mapView.import.submit')}</Button>
        </Tooltip>,
      ]}>
      <div className="map-import" data-testid="grid-import">
        <p className="map-import-hint">{t('mapView.import.hint')}</p>
        <div className="map-import-pick">
          <input ref={input} hidden type="file" accept=".geojson,.json,application/geo+json,application/json" onChange={(e) => void read(e)} data-testid="grid-import-file" />
          <Button onClick={() => input.current?.click()}>{t('mapView.import.pick')}</Button>
          {fileName && <span className="map-import-file">{fileName}</span>}
        </div>
        {unreadable && <Alert type="error" showIcon title={t('mapView.import.notJson')} />}
        {result && (
          <Alert type={result.imported ? 'success' : 'error'} showIcon data-testid="grid-import-result" data-imported={String(result.imported)}
            title={result.imported ? t('mapView.import.imported', { accepted: result.accepted }) : t('mapView.import.rejected', { rejected: result.rejected })} />
        )}
        {failure && <Alert type="error" showIcon data-testid="grid-import-result" data-imported="false" title={t('mapView.import.failed', { message: failure })} />}
        {report && (
          <>
            <Alert type={report.errors ? 'error' : report.warnings ? 'warning' : 'success'} showIcon data-testid="grid-import-summary"
              title={report.errors || report.warnings ? t('mapView.import.summary', { features: report.features, grids: report.grids.length, errors: report.errors, warnings: report.warnings }) : t('mapView.import.clean')} />
            {report.issues.length > 0 && (
              <Table<ImportIssue & { key: number }>
                size="small"
                className="map-import-issues"
                pagination={{ pageSize: 8, hideOnSinglePage: true }}
                dataSource={report.issues.map((i, key) => ({ ...i, key }))}
                columns={[
                  { title: t('mapView.import.severity'), dataIndex: 'severity', width: 70, render: (s: string) => <Tag color={s === 'error' ? 'red' : 'gold'}>{t(`mapView.import.${s}`)}</Tag> },
                  { title: t('mapView.import.feature'), dataIndex: 'feature', width: 60, render: (f: number | null) => (f === null ? '—' : `#${f + 1}`) },
                  { title: t('mapView.import.grid'), dataIndex: 'gridCode', width: 150, render: (c: string | null) => <span className="map-import-code">{c ?? '—'}</span> },
                  { title: t('mapView.import.problem'), render: (_: unknown, i) => problem(i) },
                  { title: t('mapView.import.where'), width: 70, render: (_: unknown, i) => i.at && <Button size="small" type="link" onClick={() => onShow(i.at!)}>{t('mapView.import.show')}</Button> },
                ]}
              />
            )}
          </>
        )}
      </div>
    </Modal>
  );
}
