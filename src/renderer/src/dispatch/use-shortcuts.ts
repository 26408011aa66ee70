// Keyboard for the frequent moves: Ctrl/⌘+K palette, / search, j/k next and
// previous case, Alt+1…9 the case's n-th offered action. Ignored while typing.
import { useEffect } from 'react';

type Handlers = { palette: () => void; search: () => void; move: (delta: 1 | -1) => void; action: (n: number) => void };

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function useShortcuts(h: Handlers): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        return h.palette();
      }
      if (typing(e.target) || document.querySelector('.ant-modal-wrap')) return;
      if (e.altKey && /^[1-9]$/.test(e.key)) return void (e.preventDefault(), h.action(Number(e.key) - 1));
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '/') return void (e.preventDefault(), h.search());
      if (e.key === 'j') h.move(1);
      if (e.key === 'k') h.move(-1);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [h]);
}
