// The previous value while a new one is equal in content: panels recompute
// small chart data on every refresh, and an unchanged chart should not be
// redrawn. Compared as JSON, so meant for small values (a chart's points).
import { useState } from 'react';

export function useSameValue<T>(value: T): T {
  const [kept, setKept] = useState(() => ({ value, json: JSON.stringify(value) }));
  if (kept.value === value) return value;
  const json = JSON.stringify(value);
  if (json === kept.json) return kept.value;
  // Adjusting state while rendering is React's documented way to derive from changing props.
  setKept({ value, json });
  return value;
}
