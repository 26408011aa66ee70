// Draws any platform panel from its declaration: the figures, then the charts.
// The same component fills a card on the workstation and the rotating slot of
// the big screen; only the chart style (text size per screen pixel) differs.
import { useMemo, useRef, useState } from 'react';
import { useSameValue } from '../data/use-same-value.ts';
import { useTranslation } from 'react-i18next';
import { EChart } from '../charts/EChart.tsx';
import { barLink, dispatchHref, openCases } from '../data/case-links.ts';
import { usePanelData } from '../data/panel-data.tsx';
import { chartData, chartIsEmpty, chartLoaded, chartReads, legendNames } from './chart-data.ts';
import { chartOption } from './chart-option.ts';
import { palette, type ChartStyle } from './chart-style.ts';
import type { ChartDecl, FigureDecl, PanelDecl } from './declaration.ts';
import { figureReads, resolveFigure } from './figures.ts';
import { FigureTile } from './FigureTile.tsx';
import { WishesDrawer } from '../wishes/WishesDrawer.tsx';
import { useMemoOnReads } from './panel-reads.ts';
import { useChartRoom } from './use-chart-room.ts';

type Props = { decl: PanelDecl; style: ChartStyle; variant: 'wall' | 'desk' };

export function Panel({ decl, style, variant }: Props) {
  const { t } = useTranslation();
  const charts = decl.charts.filter((c) => variant === 'desk' || !c.deskOnly);
  return (
    <section className={`pf-panel pf-panel-${variant}`} data-testid={`panel-${decl.platform}`} aria-label={t(`platforms.name.${decl.platform}`)}>
      <header className="pf-panel-head">
        <h2 className="pf-panel-title">{t(`platforms.name.${decl.platform}`)}</h2>
        <a className="pf-panel-cases" href={dispatchHref(decl.cases)}>{t('platforms.openCases')}</a>
      </header>
      <div className="pf-figures" data-count={decl.figures.length}>
        {decl.figures.map((f, i) => <PanelFigure key={i} decl={f} platform={decl.platform} desk={variant === 'desk'} />)}
      </div>
      <div className="pf-charts" data-odd={charts.length % 2 === 1 && charts.length > 1 ? '' : undefined}>
        {charts.map((c) => <PanelChart key={c.id} decl={c} platform={decl.platform} style={style} />)}
      </div>
    </section>
  );
}

function PanelFigure({ decl, platform, desk }: { decl: FigureDecl; platform: PanelDecl['platform']; desk: boolean }) {
  const { t } = useTranslation();
  const data = usePanelData();
  const [wishes, setWishes] = useState(false);
  // Recomputed only when what this figure reads has changed (i18next's t was most of the cost).
  const figure = useMemoOnReads(data, figureReads(decl), () => resolveFigure(decl, platform, data, t), [decl, platform, t]);
  // On a desk the 认领率 tile opens the wishes behind it; the wall has no one to click.
  if (decl.from === 'wishes' && desk) {
    return (
      <>
        <FigureTile figure={figure} onOpen={() => setWishes(true)} openLabel={t('wishes.open')} />
        <WishesDrawer open={wishes} onClose={() => setWishes(false)} />
      </>
    );
  }
  return <FigureTile figure={figure} />;
}

function PanelChart({ decl, platform, style }: { decl: ChartDecl; platform: PanelDecl['platform']; style: ChartStyle }) {
  const { t } = useTranslation();
  const data = usePanelData();
  // Recomputed only when what this chart reads has changed (at most two parts of the panel data).
  const d = useMemoOnReads(data, chartReads(decl.source), () => chartData(decl.source, platform, data, t), [decl, platform, t]);
  // A recomputed chart whose data came out the same is not redrawn.
  const stable = useSameValue(d);
  // The chart's own size: whether the names beside many bars have room for two lines.
  const box = useRef<HTMLElement>(null);
  const room = useChartRoom(box, '.pf-chart');
  const option = useMemo(() => chartOption(decl, stable, style, room ?? undefined), [decl, stable, style, room]);
  const legend = legendNames(stable);
  const link = decl.link;
  return (
    <figure className="pf-chart-box" ref={box}>
      <figcaption className="pf-chart-title">{t(`platforms.chart.${decl.titleKey}`)}</figcaption>
      {legend.length > 0 && (
        <ul className="pf-legend">
          {legend.map((name, i) => (
            <li key={name}>
              <span className="pf-legend-mark" style={{ background: palette[i % palette.length] }} />
              {name}
            </li>
          ))}
        </ul>
      )}
      <EChart option={option} className={link ? 'pf-chart pf-chart-link' : 'pf-chart'} onClick={link ? (p) => openCases(barLink(link, stable, p.dataIndex)) : undefined} testId={`chart-${decl.id}`} />
      {chartIsEmpty(stable) && chartLoaded(decl.source, platform, data) && <div className="pf-chart-empty" data-testid="chart-empty">{t('platforms.noData')}</div>}
    </figure>
  );
}
