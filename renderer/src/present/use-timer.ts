/** The speaker view's stopwatch (elapsed time with pause and reset) and the wall clock. */
import { useCallback, useEffect, useState } from 'react';

export interface Stopwatch {
  elapsedMs: number;
  running: boolean;
  /** Date.now() at the last tick, for the clock. */
  now: number;
  toggle: () => void;
  reset: () => void;
  /** Starts the stopwatch unless it has been started before. */
  startOnce: () => void;
}

interface Watch {
  /** Time banked before the current run. */
  banked: number;
  /** When the current run started; null when paused. */
  since: number | null;
  started: boolean;
}

export function useStopwatch(): Stopwatch {
  const [now, setNow] = useState(() => Date.now());
  const [w, setW] = useState<Watch>({ banked: 0, since: null, started: false });
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, []);
  const toggle = useCallback(() => {
    setW((p) =>
      p.since === null
        ? { ...p, since: Date.now(), started: true }
        : { ...p, banked: p.banked + Date.now() - p.since, since: null },
    );
  }, []);
  const reset = useCallback(() => {
    setW((p) => ({ banked: 0, since: p.since === null ? null : Date.now(), started: true }));
  }, []);
  const startOnce = useCallback(() => {
    setW((p) => (p.started ? p : { banked: 0, since: Date.now(), started: true }));
  }, []);
  const elapsedMs = w.banked + (w.since === null ? 0 : Math.max(0, now - w.since));
  return { elapsedMs, running: w.since !== null, now, toggle, reset, startOnce };
}
