// Checks a city's own grid boundary file (GeoJSON or a zipped Shapefile, in
// WGS84/CGCS2000 or GCJ-02) and shows the report: what is wrong, in which
// feature, and where on the map. A clean file goes as it is to the center's
// import (the grids.import command), which reads and checks it again with the
// same code and writes all of it or none; its answer replaces the local report.
import { Alert, Button, Modal, Radio, Table, Tag, Tooltip } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Division, Grid } from '../../../../shared/domain/model.ts';
import { validateGridImport, type DistrictBoundary, type GridImportResult, type ImportIssue, type ImportReport } from '../../../../shared/grid-import.ts';
import type { GridFileCrs } from '../../../../shared/grid-crs.ts';
import { bytesToBase64, looksLikeZip, MAX_GRID_IMPORT_BYTES, type GridImportInput, type GridImportMode } from '../../../../shared/grid-file.ts';
import { useApi } from '../../api/context.ts';
import { errorText } from '../../i18n/refusal.ts';

class FileTooLarge extends Error {}

/** The file as read: what goes to the center, and the GeoJSON (in WGS84) the preview checks. */
type ReadFile = { send: GridImportInput; geojson: unknown };

async function readGridFile(file: File, crs: GridFileCrs): Promise<ReadFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The zip reader (jszip, shapefile) loads only when a zip is picked.
  const { gridFileGeoJson } = await import('../../../../shared/grid-file-read.ts');
  // What crosses to the core must fit one message (a zip goes as base64, a third larger): a larger file is said so, not sent to drop the link.
  const zip = looksLikeZip(bytes);
  if ((zip ? Math.ceil(bytes.length / 3) * 4 : bytes.length) > MAX_GRID_IMPORT_BYTES) throw new FileTooLarge();
  const send: GridImportInput = zip ? { shapefileZip: bytesToBase64(bytes), crs } : { geojson: JSON.parse(new TextDecoder().decode(bytes)) as unknown, crs };
  return { send, geojson: await gridFileGeoJson({ ...send, crs }) };
}

/** The counties' boundaries the map draws, read once: the check says when a grid lies outside the county of its code. */
let districtBoundaries: Promise<DistrictBoundary[]> | null = null;
const loadDistrictBoundaries = () =>
  (districtBoundaries ??= fetch(new URL('map/districts.geojson', document.baseURI).href)
    .then(async (r) => ((await r.json()) as { features: DistrictBoundary[] }).features)
    // Without them the check goes on without this one test, and tries again next time.
    .catch(() => ((districtBoundaries = null), [])));

type Props = { open: boolean; divisions: readonly Division[]; existing: readonly Grid[]; onClose: () => void; onShow: (at: [number, number]) => void };

export function GridImportDialog({ open, divisions, existing, onClose, onShow }: Props) {
  const { t } = useTranslation();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [fileName, setFileName] = useState('');
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [picked, setPicked] = useState<File | null>(null);
  const [crs, setCrs] = useState<GridFileCrs>('wgs84');
  // A city's own file usually divides whole communities anew: their stored grids give way to it.
  const [mode, setMode] = useState<GridImportMode>('communities');
  const [toSend, setToSend] = useState<GridImportInput | null>(null);
  const [result, setResult] = useState<GridImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Checks run one per pick or option change; only the latest may show its report (a big zip read slowly must not land over a newer one).
  const latestCheck = useRef(0);
  const api = useApi();

  const submit = async () => {
    // The answer belongs to this file and these options: a file picked meanwhile has its own report.
    const seq = latestCheck.current;
    setSending(true);
    setFailure(null);
    try {
      if (!toSend) return;
      const answer = await api.command('grids.import', { ...toSend, mode });
      if (seq === latestCheck.current) setResult(answer);
    } catch (err) {
      if (seq === latestCheck.current) setFailure(errorText(err, t));
    } finally {
      setSending(false);
    }
  };

  const check = async (file: File, fileCrs: GridFileCrs, fileMode: GridImportMode = mode) => {
    const seq = ++latestCheck.current;
    setResult(null);
    setFailure(null);
    setToSend(null);
    try {
      const read = await readGridFile(file, fileCrs);
      const [workers, districts] = await Promise.all([api.query('reference.workerGrids', {}), loadDistrictBoundaries()]);
      const checked = validateGridImport(read.geojson, { divisions, existing, mode: fileMode, workers, districts });
      if (seq !== latestCheck.current) return;
      setToSend(read.send);
      setReport(checked);
      setUnreadable(null);
    } catch (err) {
      if (seq !== latestCheck.current) return;
      setReport(null);
      // A zip's own reason (no .dbf, projected coordinates …) says what to fix; a parse error means
      // the file is not JSON; anything else is the check's own failure, said as it is.
      const zip = err instanceof Error && err.name === 'ShapefileZipError';
      setUnreadable(zip ? t('mapView.import.notZip', { message: errorText(err, t) })
        : err instanceof FileTooLarge ? t('mapView.import.tooLarge', { mb: MAX_GRID_IMPORT_BYTES / 1024 / 1024 })
        : err instanceof SyntaxError ? t('mapView.import.notJson')
          : t('mapView.import.checkFailed', { message: errorText(err, t) }));
    }
  };

  const read = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setPicked(file);
    void check(file, crs);
  };

  const changeCrs = (next: GridFileCrs) => {
    setCrs(next);
    if (picked) void check(picked, next);
  };
  const changeMode = (next: GridImportMode) => {
    setMode(next);
    if (picked) void check(picked, crs, next);
  };

  const issues = result?.issues ?? report?.issues ?? [];
  const problem = (i: ImportIssue) => {
    if (i.code === 'outside-district') {
      const county = i.otherCode && divisions.find((d) => d.code === i.otherCode)?.name;
      return county ? t('mapView.import.issue.outside-district', { other: county }) : t('mapView.import.issue.outsideCity');
    }
    return t(`mapView.import.issue.${i.stored ? 'overlapStored' : i.code}`, { other: i.otherCode ?? '', area: i.areaM2?.toLocaleString() ?? '', count: i.count ?? 0 });
  };
  return (
    <Modal open={open} onCancel={onClose} title={t('mapView.import.title')} width={760} destroyOnHidden
      footer={[
        <Tooltip key="submit" title={report?.errors ? t('mapView.import.submitNote') : undefined}>
          <Button type="primary" disabled={!report || !toSend || report.errors > 0 || !!result?.imported} loading={sending} onClick={() => void submit()} data-testid="grid-import-submit">{t('mapView.import.submit')}</Button>
        </Tooltip>,
      ]}>
      <div className="map-import" data-testid="grid-import">
        <p className="map-import-hint">{t('mapView.import.hint')}</p>
        <div className="map-import-pick">
          <input ref={input} hidden type="file" accept=".geojson,.json,.zip,application/geo+json,application/json,application/zip" onChange={read} data-testid="grid-import-file" />
          {/* While the center takes an import, file and options stay as sent: its answer is about them. */}
          <Button onClick={() => input.current?.click()} disabled={sending} data-testid="grid-import-pick">{t('mapView.import.pick')}</Button>
          {fileName && <span className="map-import-file">{fileName}</span>}
        </div>
        <div className="map-import-crs">
          <span>{t('mapView.import.crs')}</span>
          <Radio.Group size="small" value={crs} disabled={sending} onChange={(e) => changeCrs(e.target.value as GridFileCrs)} data-testid="grid-import-crs"
            options={[{ value: 'wgs84', label: t('mapView.import.crsWgs84') }, { value: 'gcj02', label: t('mapView.import.crsGcj02') }]} />
        </div>
        <div className="map-import-crs">
          <span>{t('mapView.import.mode')}</span>
          <Radio.Group size="small" value={mode} disabled={sending} onChange={(e) => changeMode(e.target.value as GridImportMode)} data-testid="grid-import-mode"
            options={[{ value: 'communities', label: t('mapView.import.modeCommunities') }, { value: 'codes', label: t('mapView.import.modeCodes') }]} />
        </div>
        {unreadable && <Alert type="error" showIcon title={unreadable} data-testid="grid-import-unreadable" />}
        {result && (
          <Alert type={result.imported ? 'success' : 'error'} showIcon data-testid="grid-import-result" data-imported={String(result.imported)}
            title={result.imported ? t('mapView.import.imported', { accepted: result.accepted, replaced: result.replaced }) : t('mapView.import.rejected', { rejected: result.rejected })} />
        )}
        {failure && <Alert type="error" showIcon data-testid="grid-import-result" data-imported="false" title={t('mapView.import.failed', { message: failure })} />}
        {report && (
          <>
            {/* Once the center has answered, its verdict and its issues stand in for the local check's. */}
            {!result && (
              <Alert type={report.errors ? 'error' : report.warnings ? 'warning' : 'success'} showIcon data-testid="grid-import-summary"
                title={report.errors || report.warnings ? t('mapView.import.summary', { features: report.features, grids: report.grids.length, errors: report.errors, warnings: report.warnings }) : t('mapView.import.clean')} />
            )}
            {issues.length > 0 && (
              <Table<ImportIssue & { key: number }>
                size="small"
                className="map-import-issues"
                pagination={{ pageSize: 8, hideOnSinglePage: true }}
                dataSource={issues.map((i, key) => ({ ...i, key }))}
                data-testid="grid-import-issues" data-source={result ? 'center' : 'local'}
                columns={[
                  { title: t('mapView.import.severity'), dataIndex: 'severity', width: 70, render: (s: string) => <Tag color={s === 'error' ? 'red' : 'gold'}>{t(`mapView.import.${s}`)}</Tag> },
                  { title: t('mapView.import.feature'), dataIndex: 'feature', width: 60, render: (f: number | null) => (f === null ? '—' : `#${f + 1}`) },
                  { title: t('mapView.import.grid'), dataIndex: 'gridCode', width: 150, render: (c: string | null) => <span className="map-import-code">{c ?? '—'}</span> },
                  { title: t('mapView.import.problem'), render: (_: unknown, i) => problem(i) },
                  // Only when some issue has a place: a column empty in every row only takes room.
                  ...(issues.some((i) => i.at) ? [{ title: t('mapView.import.where'), width: 70, render: (_: unknown, i: ImportIssue) => i.at && <Button size="small" type="link" onClick={() => onShow(i.at!)}>{t('mapView.import.show')}</Button> }] : []),
                ]}
              />
            )}
          </>
        )}
      </div>
    </Modal>
  );
}
