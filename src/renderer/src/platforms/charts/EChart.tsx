// One echarts chart as a React element. The chart is created once per mount
// and disposed on unmount (a wall runs for days: an instance left behind keeps
// its canvas and listeners alive). Updates merge into the live chart
// (notMerge false) so animations carry over and nothing is rebuilt; series
// are replaced by id so a series that disappears does not linger. Updates
// wait their turn in one queue for all charts (chart-update-queue.ts), so a
// refresh that changes many charts spreads over frames instead of one long task.
import { useEffect, useRef } from 'react';
import { createChartUpdateQueue } from './chart-update-queue.ts';
import { echarts, type ChartOption } from './echarts.ts';

/** Milliseconds of chart updates per frame: room for the frame's repaints within a 50 ms task. */
const UPDATE_BUDGET_MS = 16;
const updates = createChartUpdateQueue(UPDATE_BUDGET_MS, { now: () => performance.now(), nextFrame: (run) => requestAnimationFrame(run) });

export type ChartClick = { name: string; seriesName?: string; dataIndex: number; value: unknown };

type Props = {
  option: ChartOption;
  className?: string;
  onClick?: (e: ChartClick) => void;
  testId?: string;
};

/** How many data values the option carries: tests and the soak read it from the DOM. */
function pointCount(option: ChartOption): number {
  const list = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return list.reduce((n, s) => n + (Array.isArray(s.data) ? s.data.length : 0), 0);
}

export function EChart({ option, className, onClick, testId }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.EChartsType | null>(null);
  const onClickRef = useRef(onClick);
  useEffect(() => {
    onClickRef.current = onClick;
  });

  useEffect(() => {
    const node = el.current!;
    const c = echarts.init(node, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p) => onClickRef.current?.({ name: p.name, seriesName: p.seriesName, dataIndex: p.dataIndex, value: p.value }));
    // Charts draw at the element's real pixel size (never CSS-scaled), so a
    // wall at 4K gets sharp canvases; follow every size change of the box.
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(node);
    return () => {
      ro.disconnect();
      updates.drop(c);
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const c = chart.current;
    // Applied at its turn, not deferred again (lazyUpdate), so its cost is counted against the budget.
    if (c) updates.push(c, () => c.setOption(option, { notMerge: false, replaceMerge: ['series'] }));
  }, [option]);

  return <div ref={el} className={className ?? 'pf-chart'} data-testid={testId} data-points={pointCount(option)} />;
}
