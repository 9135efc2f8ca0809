/**
 * The speaker window's keys, sent to the audience view (which owns the presentation):
 * the same keys as there, so a clicker works whichever window has focus, and a slide number
 * is typed by the same rule (slide-number.ts). Keys typed in a text entry (the planned
 * length) are text, not navigation.
 */
import { useEffect, useState } from 'react';
import type { NavigateAction } from './protocol';
import { slideNumberTyping } from './slide-number';

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']);

/** The action a key sends to the audience view, or null for a key the speaker view does not use. */
function actionOf(key: string): NavigateAction | null {
  if (NEXT.has(key)) return 'next';
  if (PREV.has(key)) return 'prev';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  if (key === 'b' || key === 'B' || key === '.') return 'blackout';
  return null;
}

/** Whether keys at `target` type text: an input, a textarea, a select or editable content. */
function typingInto(target: EventTarget | null): boolean {
  if (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  // Also where isContentEditable is missing (jsdom): the nearest contenteditable decides.
  const host = target.closest('[contenteditable]');
  return host !== null && host.getAttribute('contenteditable')?.toLowerCase() !== 'false';
}

/** Installs the keys; returns the slide number being typed ('' when none). */
export function useSpeakerKeys(
  navigate: (action: NavigateAction, position?: number) => void,
): string {
  const [digits, setDigits] = useState('');
  useEffect(() => {
    const number = slideNumberTyping(setDigits);
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (typingInto(e.target)) return;
      const step = number.key(e.key);
      if (step) {
        e.preventDefault();
        if (step.jumpTo !== undefined) navigate('goto', step.jumpTo);
        return;
      }
      const action = actionOf(e.key);
      if (!action) return;
      e.preventDefault();
      navigate(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
  return digits;
}
