// The wall's platform slot: one panel at a time. Each rotation unmounts the
// previous panel, so its charts are disposed rather than kept hidden and
// updating for days.
import { useTranslation } from 'react-i18next';
import type { PanelDecl } from '../platforms/framework/declaration.ts';
import type { ChartStyle } from '../platforms/framework/chart-style.ts';
import { Panel } from '../platforms/framework/Panel.tsx';

export function RotatingPanel({ decls, index, style }: { decls: readonly PanelDecl[]; index: number; style: ChartStyle }) {
  const { t } = useTranslation();
  const decl = decls[index]!;
  return (
    <div className="bs-rotating" data-testid="bs-rotating" data-platform={decl.platform} data-index={index}>
      <Panel key={decl.platform} decl={decl} style={style} variant="wall" />
      <ol className="bs-dots" aria-label={t('bigscreen.platforms')}>
        {decls.map((d, i) => <li key={d.platform} className={i === index ? 'bs-dot bs-dot-active' : 'bs-dot'} />)}
      </ol>
    </div>
  );
}
