// The layer switch: which overlay groups show, each with its key, so the
// switch doubles as the legend.
import { Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PRIORITY_COLORS } from './case-layers.ts';
import { GRID_COLORS } from './grid-layers.ts';
import type { LayerGroup, LayerVisibility } from './layer-groups.ts';

const ORDER: LayerGroup[] = ['gridStatus', 'gridOutline', 'gridLabels', 'cases', 'heat'];

function Swatches({ colors, round = false }: { colors: { color: string; label: string }[]; round?: boolean }) {
  return (
    <div className={round ? 'map-swatches round' : 'map-swatches'}>
      {colors.map((c) => (
        <span key={c.label} className="map-swatch"><i style={{ background: c.color }} />{c.label}</span>
      ))}
    </div>
  );
}

/** The grids' fill by status, and the case points by priority: the same keys in the layer switch and on the map. */
const gridKey = (t: TFunction) => (['open', 'warning', 'overdue'] as const).map((l) => ({ color: GRID_COLORS[l], label: t(`mapView.legend.${l}`) }));
const priorityKey = (t: TFunction) => (['critical', 'urgent', 'normal'] as const).map((p) => ({ color: PRIORITY_COLORS[p], label: t(`priority.${p}`) }));

export function LayerSwitch({ visibility, onChange }: { visibility: LayerVisibility; onChange: (v: LayerVisibility) => void }) {
  const { t } = useTranslation();
  return (
    <div className="map-layer-switch" data-testid="map-layer-switch">
      {ORDER.map((g) => (
        <div key={g} className="map-layer-row">
          <label>
            <Switch size="small" checked={visibility[g]} onChange={(on) => onChange({ ...visibility, [g]: on })} data-testid={`map-layer-${g}`} />
            <span>{t(`mapView.layer.${g}`)}</span>
          </label>
          {g === 'gridStatus' && <Swatches colors={gridKey(t)} />}
          {g === 'cases' && <Swatches colors={priorityKey(t)} />}
        </div>
      ))}
    </div>
  );
}

/**
 * The key, always on the map while its layers show: the grids' fill by status, and the case points
 * by priority. Without the second, a red 特急 cluster read as 已超期 beside a grid key alone.
 */
export function MapLegend({ grids, cases }: { grids: boolean; cases: boolean }) {
  const { t } = useTranslation();
  if (!grids && !cases) return null;
  return (
    <div className="map-legend" data-testid="map-legend">
      {grids && (
        <div className="map-legend-row" data-testid="map-legend-grids">
          <span className="map-legend-head">{t('mapView.legendGrids')}</span>
          <Swatches colors={gridKey(t)} />
        </div>
      )}
      {cases && (
        <div className="map-legend-row" data-testid="map-legend-cases">
          <span className="map-legend-head">{t('mapView.legendCases')}</span>
          <Swatches round colors={priorityKey(t)} />
        </div>
      )}
    </div>
  );
}
