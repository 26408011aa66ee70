// Which of `count` panels is showing: the next one every `periodMs`.
import { useEffect, useState } from 'react';

export function useRotation(count: number, periodMs: number): number {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), periodMs);
    return () => clearInterval(timer);
  }, [count, periodMs]);
  return index % count;
}
