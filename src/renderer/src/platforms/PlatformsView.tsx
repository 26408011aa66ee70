// The seven platform panels on the workstation: the city's headline figures
// with their 环比 / 同比, then one card per platform, all drawn from the
// declarations in declarations/.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeScaleFrom } from '../bigscreen/time-scale.ts';
import { cityFigureReads, cityFigures } from './city/city-figures.ts';
import { PanelDataProvider, usePanelData } from './data/panel-data.tsx';
import { panels } from './declarations/index.ts';
import { deskStyle } from './framework/chart-style.ts';
import { FigureTile } from './framework/FigureTile.tsx';
import { Panel } from './framework/Panel.tsx';
import { useMemoOnReads } from './framework/panel-reads.ts';
import { ScopeNote } from '../app/ScopeNote.tsx';

export function PlatformsView() {
  // A soak test may compress time here too (#/platforms?speed=240); a desk runs at 1.
  const [speed] = useState(() => timeScaleFrom(location.hash));
  return (
    <PanelDataProvider timeScale={speed}>
      <div className="pf-view" data-testid="platforms-view">
        <ScopeNote testId="platforms-scope" />
        <CityStrip />
        <div className="pf-grid">
          {panels.map((p) => <Panel key={p.platform} decl={p} style={deskStyle} variant="desk" />)}
        </div>
      </div>
    </PanelDataProvider>
  );
}

function CityStrip() {
  const { t } = useTranslation();
  const data = usePanelData();
  const figures = useMemoOnReads(data, cityFigureReads, () => cityFigures(data, t), [t]);
  return (
    <div className="pf-city" aria-label={t('platforms.city')}>
      {figures.map((f) => <FigureTile key={f.id} figure={f} className="pf-city-figure" />)}
    </div>
  );
}
