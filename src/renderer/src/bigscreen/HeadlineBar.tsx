// The headline figures across the top of the wall.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cityFigures } from '../platforms/city/city-figures.ts';
import { usePanelData } from '../platforms/data/panel-data.tsx';
import { FigureTile } from '../platforms/framework/FigureTile.tsx';

export function HeadlineBar() {
  const { t } = useTranslation();
  const data = usePanelData();
  const figures = useMemo(() => cityFigures(data, t), [data, t]);
  return (
    <div className="bs-headline" data-testid="bs-headline">
      {figures.map((f) => <FigureTile key={f.id} figure={f} className="bs-kpi" />)}
    </div>
  );
}
