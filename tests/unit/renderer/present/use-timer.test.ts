/** The speaker view's stopwatch, on a fake clock: elapsed time across pauses, reset, the first start. */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStopwatch } from '../../../../renderer/src/present/use-timer';
import { renderHook } from '../hook';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-10-01T09:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('the stopwatch', () => {
  it('stands at zero until started, then counts while running and holds while paused', () => {
    const watch = renderHook(() => useStopwatch(), undefined);
    wait(3000);
    expect(watch.current).toMatchObject({ elapsedMs: 0, running: false });

    act(() => watch.current.toggle());
    wait(5000);
    expect(watch.current).toMatchObject({ elapsedMs: 5000, running: true });

    act(() => watch.current.toggle()); // pause
    wait(60_000);
    expect(watch.current).toMatchObject({ elapsedMs: 5000, running: false });

    act(() => watch.current.toggle()); // resume: adds on to what was banked
    wait(2000);
    expect(watch.current.elapsedMs).toBe(7000);
  });

  it('keeps the wall clock ticking, four times a second', () => {
    const watch = renderHook(() => useStopwatch(), undefined);
    const start = watch.current.now;
    wait(250);
    expect(watch.current.now).toBe(start + 250);
    wait(1000);
    expect(watch.current.now).toBe(start + 1250);
  });

  it('reset goes back to zero and keeps running, or stays paused, as it was', () => {
    const watch = renderHook(() => useStopwatch(), undefined);
    act(() => watch.current.toggle());
    wait(4000);
    act(() => watch.current.reset());
    expect(watch.current).toMatchObject({ elapsedMs: 0, running: true });
    wait(1000);
    expect(watch.current.elapsedMs).toBe(1000);

    act(() => watch.current.toggle()); // pause
    act(() => watch.current.reset());
    wait(5000);
    expect(watch.current).toMatchObject({ elapsedMs: 0, running: false });
  });

  it('starts by itself once (the first slide change), and never again after the lecturer paused it', () => {
    const watch = renderHook(() => useStopwatch(), undefined);
    act(() => watch.current.startOnce());
    wait(2000);
    act(() => watch.current.toggle()); // the lecturer pauses
    act(() => watch.current.startOnce()); // the next slide change
    wait(2000);
    expect(watch.current).toMatchObject({ elapsedMs: 2000, running: false });
  });

  it('stops ticking when the speaker view closes', () => {
    const watch = renderHook(() => useStopwatch(), undefined);
    expect(vi.getTimerCount()).toBe(1);
    watch.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
