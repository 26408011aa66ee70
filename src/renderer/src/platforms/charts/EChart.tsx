// One echarts chart as a React element. The chart is created once per mount
// and disposed on unmount (a wall runs for days: an instance left behind keeps
// its canvas and listeners alive). Updates merge into the live chart
// (notMerge false) so animations carry over and nothing is rebuilt; series
// are replaced by id so a series that disappears does not linger.
import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts.ts';

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
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: false, replaceMerge: ['series'], lazyUpdate: true });
  }, [option]);

  return <div ref={el} className={className ?? 'pf-chart'} data-testid={testId} data-points={pointCount(option)} />;
}
