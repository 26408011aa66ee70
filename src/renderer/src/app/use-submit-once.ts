// A dialog's OK that acts once, however often it is pressed while its work is on the way: a second
// click can come before the button shows it is busy (validation is awaited first), so the guard is
// held from the click, not from the next render.
import { useRef, useState } from 'react';

/** `submit` runs `work` unless a run is in flight; `busy` is for the button's loading state. */
export function useSubmitOnce(work: () => Promise<void>): { submit: () => void; busy: boolean } {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const submit = () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    void work().finally(() => {
      inFlight.current = false;
      setBusy(false);
    });
  };
  return { submit, busy };
}
