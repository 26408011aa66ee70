// The wall's platform slot: one panel at a time. Each rotation unmounts the
// previous panel, so its charts are disposed rather than kept hidden and
// updating for days.
import { useTranslation } from 'react-i18next';
import type { PanelDecl } from '../platforms/framework/declaration.ts';
import type { ChartStyle } from '../platforms/framework/chart-style.ts';
import { Panel } from '../platforms/framework/Panel.tsx';

export function RotatingPanel({ decls, index, style, onShow }: { decls: readonly PanelDecl[]; index: number; style: ChartStyle; onShow: (index: number) => void }) {
  const { t } = useTranslation();
  const decl = decls[index]!;
  return (
    <div className="bs-rotating" data-testid="bs-rotating" data-platform={decl.platform} data-index={index}>
      <Panel key={decl.platform} decl={decl} style={style} variant="wall" />
      <ol className="bs-dots" aria-label={t('bigscreen.platforms')}>
        {/* A dot brings its platform in (a leader pointing at the wall's controller), and the rotation goes on from there. */}
        {decls.map((d, i) => (
          <li key={d.platform}>
            <button type="button" className={i === index ? 'bs-dot bs-dot-active' : 'bs-dot'} aria-label={t(`platforms.name.${d.platform}`)} aria-current={i === index} title={t(`platforms.name.${d.platform}`)} onClick={() => onShow(i)} data-testid="bs-dot" />
          </li>
        ))}
      </ol>
    </div>
  );
}
