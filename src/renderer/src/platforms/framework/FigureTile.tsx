// One figure: label, number and unit, a note, and its 环比 / 同比. A figure
// with cases behind it is a link to them in the dispatch workstation.
import { memo, type CSSProperties } from 'react';
import { dispatchHref } from '../data/case-links.ts';
import type { Figure } from './figures.ts';
import { numberEms } from './format.ts';
import { Phrased } from './Phrased.tsx';

// Memoised: a figure not recomputed (see panel-reads.ts) is the same object, and its tile need not render.
/** `onOpen`: the figure opens something of its own (the wishes behind 认领率) rather than cases. */
export const FigureTile = memo(function FigureTile({ figure, className = '', onOpen, openLabel }: { figure: Figure; className?: string; onOpen?: () => void; openLabel?: string }) {
  const body = (
    <>
      <span className="pf-figure-label pf-phrased" title={figure.label}><Phrased text={figure.label} /></span>
      <span className="pf-figure-value">
        <span className="pf-figure-number" style={{ '--pf-ems': numberEms(figure.amount.text) } as CSSProperties}>{figure.amount.text}</span>
        <span className="pf-figure-unit">{figure.amount.unit}</span>
      </span>
      {(figure.note || figure.detail || figure.compare.length > 0) && (
        <span className="pf-figure-sub">
          {figure.note && <span className="pf-figure-note pf-phrased"><Phrased text={figure.note} /></span>}
          {figure.detail && <span className="pf-figure-detail pf-phrased"><Phrased text={figure.detail} /></span>}
          {/* A change breaks, if it must, between its name and its value (环比 / ↑23.3个百分点), never inside the value. */}
          {figure.compare.map((c) => (
            <span key={c.label} className={`pf-change pf-change-${c.direction}`}>
              {c.label} <span className="pf-nowrap">{c.text}</span>
            </span>
          ))}
        </span>
      )}
    </>
  );
  const props = { className: `pf-figure ${className}`, 'data-testid': `figure-${figure.id}`, 'data-value': figure.raw ?? '' };
  if (onOpen) return <button type="button" {...props} className={`${props.className} pf-figure-button`} onClick={onOpen} title={openLabel}>{body}</button>;
  return figure.link ? <a {...props} href={dispatchHref(figure.link)}>{body}</a> : <div {...props}>{body}</div>;
});
