// Tell the person at the seat when something needs them: a case assigned to
// the seat, a step turning yellow (about to breach), an escalation (督办).
// An in-app toast with a short tone; a system notification when the window is
// hidden (native under Electron). A mute for off-duty hours.
import { notification } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../shared/contract.ts';
import { slaStatus } from '../../../shared/domain/sla.ts';
import { useApi } from '../api/context.ts';
import { runningStep } from '../dispatch/SlaLight.tsx';

const MUTE_KEY = 'gcc.muted';
type Seen = { state: string; supervision: number; yellow: boolean };

function tone() {
  try {
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.4);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.4);
    osc.onended = () => void ctx.close();
  } catch {
    // No audio device: the toast still shows.
  }
}

export function useNotifications(): [boolean, (muted: boolean) => void] {
  const { t } = useTranslation();
  const api = useApi();
  const [muted, setMuted] = useState(() => localStorage.getItem(MUTE_KEY) === '1');
  const seen = useRef<Map<string, Seen> | null>(null);
  const mutedRef = useRef(muted);
  useEffect(() => {
    mutedRef.current = muted;
    localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
  }, [muted]);

  useEffect(() => {
    let frame = 0;
    const tell = (title: string, body: string) => {
      if (mutedRef.current) return;
      notification.info({ title, description: body, placement: 'bottomRight' });
      tone();
      if (document.hidden && 'Notification' in window && Notification.permission === 'granted') new Notification(title, { body });
    };
    const check = async () => {
      const session = await api.query('session.info', {});
      const list: CaseListItem[] = await api.query('cases.list', { queue: 'all', limit: 500 });
      const now = new Date().toISOString();
      const mine = session.role === 'seat' ? list.filter((c) => c.seatId === session.seatId) : list;
      const next = new Map<string, Seen>();
      for (const c of mine) {
        const step = runningStep(c);
        const yellow = step ? slaStatus(c, step, now)?.light === 'yellow' : false;
        next.set(c.id, { state: c.state, supervision: c.supervisionCount, yellow });
        const before = seen.current?.get(c.id);
        if (!seen.current) continue; // the first look only learns what is there
        const label = `${c.code ?? ''} ${c.title}`;
        if (c.state === 'dispatched' && before?.state !== 'dispatched' && session.role === 'seat') tell(t('notify.assigned'), label);
        else if (yellow && !before?.yellow) tell(t('notify.breach'), label);
        else if (before && c.supervisionCount > before.supervision) tell(t('notify.supervised'), label);
      }
      seen.current = next;
    };
    const off = api.on('cases.changed', () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void check());
    });
    void check();
    // Lights turn yellow with time, not only with changes.
    const timer = setInterval(() => void check(), 60_000);
    if ('Notification' in window && Notification.permission === 'default') void Notification.requestPermission();
    return () => {
      off();
      clearInterval(timer);
      cancelAnimationFrame(frame);
    };
  }, [api, t]);
  return [muted, setMuted];
}
