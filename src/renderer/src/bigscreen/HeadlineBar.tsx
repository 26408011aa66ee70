// The headline figures across the top of the wall.
import { useTranslation } from 'react-i18next';
import { cityFigureReads, cityFigures } from '../platforms/city/city-figures.ts';
import { usePanelData } from '../platforms/data/panel-data.tsx';
import { FigureTile } from '../platforms/framework/FigureTile.tsx';
import { useMemoOnReads } from '../platforms/framework/panel-reads.ts';

export function HeadlineBar() {
  const { t } = useTranslation();
  const data = usePanelData();
  const figures = useMemoOnReads(data, cityFigureReads, () => cityFigures(data, t), [t]);
  return (
    <div className="bs-headline" data-testid="bs-headline">
      {figures.map((f) => <FigureTile key={f.id} figure={f} className="bs-kpi" />)}
    </div>
  );
}
