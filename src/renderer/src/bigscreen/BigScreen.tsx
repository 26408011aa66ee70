// The leaders' big screen (指挥大屏): headline figures, the seven platforms and
// the monthly trend on the left, the live map of open cases in the middle, a
// platform panel rotating every 15 s on the right, a ticker of new and overdue
// cases along the bottom, the clock and the link state on top. No interaction
// needed, and built to run for days: fixed-size lists, every timer cleared,
// every chart disposed with its panel.
import { useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseMap } from '../map/CaseMap.tsx';
import { PanelDataProvider } from '../platforms/data/panel-data.tsx';
import { panels } from '../platforms/declarations/index.ts';
import { wallStyle } from '../platforms/framework/chart-style.ts';
import { CaseTicker } from './CaseTicker.tsx';
import { ClockBar } from './ClockBar.tsx';
import { useDesignUnit } from './design-unit.ts';
import { HeadlineBar } from './HeadlineBar.tsx';
import { MonthlyTrend } from './MonthlyTrend.tsx';
import { PlatformTable } from './PlatformTable.tsx';
import { RotatingPanel } from './RotatingPanel.tsx';
import { timeScaleFrom } from './time-scale.ts';
import { useOpenCases } from './use-open-cases.ts';
import { useRotation } from './use-rotation.ts';
import { useTicker } from './use-ticker.ts';

const ROTATE_MS = 15_000;
const noSelect = () => undefined;

export function BigScreen() {
  // Read once: a wall is opened with its speed and keeps it.
  const [speed] = useState(() => timeScaleFrom(location.hash));
  return (
    <PanelDataProvider timeScale={speed}>
      <Wall speed={speed} />
    </PanelDataProvider>
  );
}

function Wall({ speed }: { speed: number }) {
  const { t } = useTranslation();
  const u = useDesignUnit();
  const style = useMemo(() => wallStyle(u), [u]);
  const [index, show] = useRotation(panels.length, ROTATE_MS / speed);
  return (
    <div className="bs-root" data-testid="bigscreen" style={{ '--bs-u': `${u}px` } as CSSProperties}>
      <header className="bs-header">
        <div className="bs-titles">
          <h1 className="bs-title">{t('bigscreen.title')}</h1>
          <span className="bs-subtitle" title={t('bigscreen.subtitle')}>{t('bigscreen.subtitle')}</span>
        </div>
        <ClockBar tickMs={1_000 / speed} />
      </header>
      <HeadlineBar />
      <main className="bs-main">
        <div className="bs-left">
          <PlatformTable active={panels[index]!.platform} />
          <MonthlyTrend style={style} />
        </div>
        <OpenCaseMap refreshMs={5_000 / speed} u={u} />
        <RotatingPanel decls={panels} index={index} style={style} onShow={show} />
      </main>
      <LiveTicker refreshMs={2_000 / speed} />
    </div>
  );
}

// The map and the ticker each own their data, so their refreshes redraw only themselves.
/** Map labels and points on the wall, against the workstation's: read from 5 m, not from 60 cm. */
const WALL_MAP_SCALE = 1.7;

function OpenCaseMap({ refreshMs, u }: { refreshMs: number; u: number }) {
  const { t } = useTranslation();
  const { cases: open, changes } = useOpenCases(refreshMs);
  const wall = useMemo(() => ({ sizeScale: WALL_MAP_SCALE * u }), [u]);
  return (
    <section className="bs-box bs-map">
      <h2 className="bs-box-title" data-testid="bs-open-count">{t('bigscreen.openCases', { count: open.length })}</h2>
      <div className="bs-map-frame">
        <CaseMap cases={open} changes={changes} attribution={t('map.attribution')} selectedId={null} onSelect={noSelect} wall={wall} />
      </div>
    </section>
  );
}

function LiveTicker({ refreshMs }: { refreshMs: number }) {
  return <CaseTicker items={useTicker(refreshMs)} />;
}
