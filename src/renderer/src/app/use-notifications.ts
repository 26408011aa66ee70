// Tell the person at the seat when something needs them: a case assigned to
// the seat, a step turning yellow (about to breach), an escalation (督办).
// An in-app toast with a short tone; a system notification when the window is
// hidden (native under Electron). A mute for off-duty hours.
//
// It reads only what changed: the ids a cases.changed event names, one
// cases.get each. A big catch-up (more ids than a person could read as
// toasts) reads the seat's own queue instead. Lights turning yellow with time
// are judged every minute from the cases already in hand, without a query.
import { notification } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../shared/contract.ts';
import { useApi } from '../api/context.ts';
import { concerns, noticeFor, see, worthKeeping, type Seen, type Viewer } from './notice-rules.ts';

const MUTE_KEY = 'gcc.muted';
/** More changed ids than this in one event is replication catching up, not news. */
const MAX_IDS = 100;

function tone() {
  // Before any click or key on the page a browser keeps audio closed (and says so in the console): the toast alone tells.
  if (navigator.userActivation && !navigator.userActivation.hasBeenActive) return;
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
  const mutedRef = useRef(muted);
  useEffect(() => {
    mutedRef.current = muted;
    localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
  }, [muted]);

  useEffect(() => {
    let alive = true;
    const seen = new Map<string, Seen>();
    const pending = new Set<string>();
    let viewer: Viewer | null = null;
    let frame = 0;
    const tell = (title: string, body: string) => {
      if (mutedRef.current) return;
      notification.info({ title, description: body, placement: 'bottomRight' });
      tone();
      if (document.hidden && 'Notification' in window && Notification.permission === 'granted') new Notification(title, { body });
    };
    const judge = (c: CaseListItem, quiet: boolean) => {
      if (!viewer || !concerns(viewer, c)) return void seen.delete(c.id);
      const now = see(c, new Date().toISOString());
      const notice = quiet ? null : noticeFor(viewer, seen.get(c.id), now);
      if (worthKeeping(c)) seen.set(c.id, now);
      else seen.delete(c.id);
      if (notice) tell(t(`notify.${notice}`), `${c.code ?? ''} ${c.title}`);
    };
    // What is open at start is learned quietly: the operator sees it in the queues.
    const learn = async () => {
      const s = await api.query('session.info', {});
      const open = s.role === 'seat' ? await api.query('cases.queue', {}) : await api.query('cases.list', { queue: 'supervised', limit: 200 });
      // Known only once both answered: until then changes wait, and nothing already seen alerts again.
      viewer = { role: s.role, seatId: s.seatId };
      if (alive) for (const c of open) judge(c, true);
    };
    // Unlearned (the core out of reach), it is tried again with the next change, so alerts do not stop for the session.
    let ready = learn().catch(() => undefined);
    const flush = async () => {
      await ready;
      if (!viewer) {
        ready = learn().catch(() => undefined);
        await ready;
        if (!viewer) return;
      }
      const ids = [...pending];
      pending.clear();
      let cases: (CaseListItem | null)[];
      try {
        cases = ids.length > MAX_IDS && viewer.role === 'seat'
          ? await api.query('cases.queue', {})
          : (await Promise.all(ids.slice(0, MAX_IDS).map((id) => api.query('cases.get', { id }))));
      } catch {
        // Kept for the next change's look.
        ids.forEach((id) => pending.add(id));
        return;
      }
      if (!alive) return;
      for (const c of cases) if (c) judge(c, false);
      // Gone from the replica (left this seat's scope): forget it.
      if (ids.length <= MAX_IDS) ids.forEach((id, i) => { if (!cases[i]) seen.delete(id); });
    };
    const off = api.on('cases.changed', ({ ids }) => {
      ids.forEach((id) => pending.add(id));
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void flush());
    });
    // Lights turn yellow with time, not only with changes.
    const timer = setInterval(() => {
      for (const { c } of [...seen.values()]) judge(c, false);
    }, 60_000);
    if ('Notification' in window && Notification.permission === 'default') void Notification.requestPermission();
    return () => {
      alive = false;
      off();
      clearInterval(timer);
      cancelAnimationFrame(frame);
    };
  }, [api, t]);
  return [muted, setMuted];
}
