// One grid's card, floating over the map: its 网格长 and 网格员 (with their
// 1+6+N kind and phone, masked by the core by role), its size, its open cases
// with SLA lights (a click selects the case everywhere), and its KPIs.
import { Button, Empty, Spin, Tag, Tooltip } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { dataLanguage, placeNameIn } from '../i18n/data-language.ts';
import type { QueryOutput } from '../../../shared/contract.ts';
import { useLiveQuery } from '../api/use-live-query.ts';
import { GRID_COLORS } from './grid-layers.ts';
import { gridLevel, SLA_RECHECK_MS } from '../../../shared/grid-status.ts';

type Card = QueryOutput<'grids.card'>;
type OpenCase = Card['openCases'][number];
type Worker = Card['workers'][number];

const LIGHT = { green: '#52c41a', yellow: '#faad14', red: '#ff4d4f' } as const;
const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);
const plain = (v: number | null) => (v === null ? '—' : String(v));

function WorkerRow({ w }: { w: Worker }) {
  const { t } = useTranslation();
  return (
    <div className="map-worker" data-testid="map-worker" data-role={w.role}>
      <Tag color={w.role === 'leader' ? 'gold' : 'blue'} className="map-worker-role">{t(`mapView.role.${w.role}`)}</Tag>
      <span className="map-worker-name">{w.name}</span>
      <span className="map-worker-kind">{t(`mapView.workerKind.${w.kind}`, { defaultValue: w.kind })}</span>
      <span className="map-worker-phone">{w.phone}</span>
    </div>
  );
}

function CaseRow({ c, selected, onSelect }: { c: OpenCase; selected: boolean; onSelect: (c: OpenCase) => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={`map-card-case${selected ? ' selected' : ''}`} onClick={() => onSelect(c)} data-testid="map-card-case" data-case-id={c.id}>
      <Tooltip title={c.light ? t(`mapView.light.${c.light}`) : t(`state.${c.state}`)}>
        <i className="map-light" style={{ background: c.light ? LIGHT[c.light] : 'transparent' }} data-light={c.light ?? 'none'} />
      </Tooltip>
      <span className="map-card-case-title">{c.title}</span>
      <span className="map-card-case-code">{c.code ?? t('cases.noCode')}</span>
    </button>
  );
}

type Props = {
  gridCode: string; selectedId: string | null; onSelectCase: (c: OpenCase) => void; onClose: () => void;
  /** Folded to its head: on a narrow map pane the whole card covered most of the map. */
  folded: boolean; onFold: (folded: boolean) => void;
};

export function GridCard({ gridCode, selectedId, onSelectCase, onClose, folded, onFold }: Props) {
  const { t } = useTranslation();
  const card = useLiveQuery('grids.card', { gridCode }, ['cases.changed', 'reference.changed'], true, SLA_RECHECK_MS);
  // Only this grid's card: the live query answers for the grid asked, never the one before (a grid gone shows as gone).
  const current = card;
  const grid = current?.grid;
  const level = current ? gridLevel({ gridCode, open: current.openCases.length, yellow: current.openCases.filter((c) => c.light === 'yellow').length, red: current.openCases.filter((c) => c.light === 'red').length }) : 'quiet';
  useEffect(() => {
    // Escape closes the card as it closes the map's popups, unless a dialog or popup of its own is open to take it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if ([...document.querySelectorAll('.ant-modal-wrap, .ant-popover, .ant-select-dropdown')].some((el) => el.checkVisibility())) return;
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const name = grid ? placeNameIn(grid.name, dataLanguage(t)) : undefined;
  const leaders = current?.workers.filter((w) => w.role === 'leader') ?? [];
  const members = current?.workers.filter((w) => w.role !== 'leader') ?? [];
  return (
    <section className={`map-card${folded ? ' folded' : ''}`} data-testid="grid-card" data-grid-code={gridCode} data-folded={folded} aria-label={t('mapView.card.title')}>
      <header className="map-card-head">
        <i className="map-card-level" style={{ background: GRID_COLORS[level] }} />
        <div className="map-card-title">
          {/* A long name is cut to the card's width: the whole of it on hover. */}
          <div className="map-card-name" title={name}>{name ?? t('mapView.card.title')}</div>
          <div className="map-card-code">{gridCode}</div>
        </div>
        <Button type="text" size="small" onClick={() => onFold(!folded)} aria-expanded={!folded} aria-label={t(folded ? 'mapView.card.unfold' : 'mapView.card.fold')}
          title={t(folded ? 'mapView.card.unfold' : 'mapView.card.fold')} data-testid="grid-card-fold">{folded ? '▸' : '▾'}</Button>
        <Button type="text" size="small" onClick={onClose} aria-label={t('mapView.card.close')} data-testid="grid-card-close">✕</Button>
      </header>
      {folded ? null : !current ? <div className="map-card-loading"><Spin size="small" /> {t('mapView.card.loading')}</div>
        : !grid ? <Empty description={t('mapView.card.missing')} />
        : (
          <div className="map-card-body">
            <div className="map-card-facts">
              <div><span>{t('mapView.card.kind')}</span><b>{t(`mapView.gridKind.${grid.kind}`, { defaultValue: grid.kind })}</b></div>
              <div><span>{t('mapView.card.households')}</span><b>{grid.households.toLocaleString()}</b></div>
              <div><span>{t('mapView.card.population')}</span><b>{grid.population.toLocaleString()}</b></div>
              <div><span>{t('mapView.card.area')}</span><b>{t('mapView.card.areaValue', { value: grid.areaKm2.toFixed(grid.areaKm2 < 1 ? 3 : 2) })}</b></div>
            </div>
            <h4>{t('mapView.card.team')}</h4>
            {current.workers.length === 0 ? <div className="map-card-empty">{t('mapView.card.noWorkers')}</div> : (
              <div className="map-workers">
                {leaders.map((w) => <WorkerRow key={w.id} w={w} />)}
                {members.map((w) => <WorkerRow key={w.id} w={w} />)}
              </div>
            )}
            <h4>{t('mapView.card.openCases')} <span className="map-card-count">{current.openCases.length}</span></h4>
            {current.openCases.length === 0 ? <div className="map-card-empty">{t('mapView.card.noOpenCases')}</div> : (
              <div className="map-card-cases">
                {current.openCases.map((c) => <CaseRow key={c.id} c={c} selected={c.id === selectedId} onSelect={onSelectCase} />)}
              </div>
            )}
            {current.kpis && (
              <>
                <h4>{t('mapView.card.kpis')}</h4>
                <div className="map-kpis" data-testid="grid-card-kpis">
                  <div><b>{plain(current.kpis.accepted)}</b><span>{t('mapView.card.accepted')}</span></div>
                  <div><b>{percent(current.kpis.finishRate)}</b><span>{t('mapView.card.finishRate')}</span></div>
                  <div><b>{percent(current.kpis.satisfactionRate)}</b><span>{t('mapView.card.satisfactionRate')}</span></div>
                  <div className={current.kpis.overdue ? 'map-kpi-bad' : undefined}><b>{plain(current.kpis.overdue)}</b><span>{t('mapView.card.overdue')}</span></div>
                </div>
              </>
            )}
          </div>
        )}
    </section>
  );
}
