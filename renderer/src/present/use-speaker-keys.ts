/**
 * The speaker window's keys, sent to the audience view (which owns the presentation):
 * the same keys as there, so a clicker works whichever window has focus.
 */
import { useEffect, useState } from 'react';
import type { NavigateAction } from './protocol';
import { slideNumberKey } from './slide-number';

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']);

/** Installs the keys; returns the slide number being typed ('' when none). */
export function useSpeakerKeys(navigate: (action: NavigateAction, position?: number) => void): string {
  const [digits, setDigits] = useState('');
  useEffect(() => {
    let typed = '';
    const set = (v: string) => {
      typed = v;
      setDigits(v);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // Typing the planned duration is not navigation.
      if (e.target instanceof HTMLInputElement) return;
      let action: NavigateAction | null = null;
      const step = slideNumberKey(typed, e.key);
      if (step) {
        set(step.typed);
        if (step.jumpTo !== undefined) navigate('goto', step.jumpTo);
      } else if (NEXT.has(e.key)) action = 'next';
      else if (PREV.has(e.key)) action = 'prev';
      else if (e.key === 'Home') action = 'first';
      else if (e.key === 'End') action = 'last';
      else if (['b', 'B', '.'].includes(e.key)) action = 'blackout';
      else return;
      e.preventDefault();
      if (action) {
        set('');
        navigate(action);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
  return digits;
}
