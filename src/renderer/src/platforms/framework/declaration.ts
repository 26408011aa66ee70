// A platform panel is data: which figures it shows, which charts of which
// series or cases, and where a click leads. One renderer (Panel.tsx) draws all
// seven; adding a platform or a chart is editing a declaration, not a page.
import type { KpiKey } from '../../../../shared/domain/kpi.ts';
import type { Platform } from '../../../../shared/domain/model.ts';
import type { CaseFilter } from '../data/case-math.ts';
import type { CaseLink } from '../data/case-links.ts';

/** What a metric figure folds: today so far, the latest reading, or the month so far (with 环比/同比). */
export type FigureWindow = 'today' | 'latest' | 'month';

export type FigureDecl =
  /** A KPI of the platform's cases from the shared KPI functions, opening the queue behind it. */
  | { from: 'kpi'; kpi: KpiKey; link: CaseLink }
  /** A platform metric (metricCatalog key), rolled up over its dimensions. */
  | { from: 'metric'; key: string; window: FigureWindow }
  /** How many grids the city is divided into. */
  | { from: 'grids' }
  /** The grid workers on the roster, with the 1+6+N split. */
  | { from: 'workers' }
  /** 微心愿: claimed of all, from the KPI functions' 认领率. */
  | { from: 'wishes' }
  /** The platform's recent cases that match a filter (e.g. 校园安全). */
  | { from: 'cases'; labelKey: string; filter: CaseFilter; link: CaseLink };

export type TrendWindow = 'hours48' | 'days30' | 'days90';

export type ChartSource =
  /** A metric over time; `split` draws one line per dimension value (per hall, per field…). */
  | { from: 'metric-trend'; key: string; window: TrendWindow; split?: boolean }
  /**
   * Metrics per dimension value (per hall, per park), latest or month so far: one bar series per
   * key, or with `ratio` the first key per unit of the second (energy per output), times `scale`.
   */
  | { from: 'metric-by-dim'; keys: readonly string[]; window: 'latest' | 'month'; ratio?: { unitKey: string; scale: number } }
  /** The platform's recent cases by major category; past `top` categories the rest add up to 其他. */
  | { from: 'case-categories'; filter: CaseFilter; top?: number }
  /** The grid workers on the roster by 1+6+N kind. */
  | { from: 'worker-kinds' }
  /** Mean hours of capture → disposal → feedback. */
  | { from: 'case-stages'; filter: CaseFilter };

export type ChartDecl = {
  id: string;
  /** Key under platforms.chart in the messages. */
  titleKey: string;
  kind: 'line' | 'bar' | 'hbar' | 'pie';
  source: ChartSource;
  /** Where a click on the chart leads (case charts only). */
  link?: CaseLink;
  /** Shown on the workstation only: the wall keeps two charts, large enough to read from across the room. */
  deskOnly?: true;
};

export type PanelDecl = {
  platform: Platform;
  figures: readonly FigureDecl[];
  charts: readonly ChartDecl[];
  /** The platform's own cases. */
  cases: CaseLink;
};
