// Which of `count` panels is showing: the next one every `periodMs`. A panel chosen by hand
// stays its full period before the rotation moves on from it.
import { useCallback, useEffect, useState } from 'react';

export function useRotation(count: number, periodMs: number): [index: number, show: (index: number) => void] {
  const [state, setState] = useState({ index: 0, chosen: 0 });
  useEffect(() => {
    const timer = setInterval(() => setState((s) => ({ ...s, index: (s.index + 1) % count })), periodMs);
    return () => clearInterval(timer);
  }, [count, periodMs, state.chosen]);
  const show = useCallback((index: number) => setState((s) => ({ index, chosen: s.chosen + 1 })), []);
  return [state.index % count, show];
}
