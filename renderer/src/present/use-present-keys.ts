/**
 * The keys reveal.js does not handle the way a lecture needs. They are read first (capture
 * phase, on the window), before reveal.js's own listener sees them:
 * - a slide number, then Enter, jumps to that slide (reveal.js only has its G box); Esc
 *   cancels a number being typed, and does nothing else (slide-number.ts has the rule);
 * - Esc otherwise closes the overview when it is open, and otherwise leaves (also while
 *   blacked out, where reveal.js ignores every key but the resume keys);
 * - F toggles full screen (reveal.js can only enter it); S opens or closes the speaker view;
 * - Ctrl/⌘ shortcuts stop here, so the editor underneath does not undo or edit mid-lecture.
 * Everything else (arrows, Space, Page keys, Home/End, B and ., O) is reveal.js's.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { RevealApi } from 'reveal.js';
import { slideNumberTyping } from './slide-number';

export interface PresentKeyActions {
  reveal: RefObject<RevealApi | null>;
  leave: () => void;
  toggleSpeaker: () => void;
  toggleFullscreen: () => void;
}

/** Installs the keys; returns the slide number being typed ('' when none). */
export function usePresentKeys({
  reveal,
  leave,
  toggleSpeaker,
  toggleFullscreen,
}: PresentKeyActions): string {
  const [digits, setDigits] = useState('');
  useEffect(() => {
    const number = slideNumberTyping(setDigits);
    const onKey = (e: KeyboardEvent) => {
      const r = reveal.current;
      const consume = () => {
        e.preventDefault();
        e.stopPropagation();
      };
      if (e.ctrlKey || e.metaKey) return e.stopPropagation();
      if (e.altKey || !r?.isReady()) return;
      const step = number.key(e.key);
      if (step) {
        if (step.jumpTo !== undefined) r.slide(Math.min(step.jumpTo, r.getTotalSlides() - 1));
        return consume();
      }
      if (e.key === 'Escape') {
        if (r.isOverview()) r.toggleOverview(false);
        else leave();
        return consume();
      }
      const k = e.key.toLowerCase();
      if (k === 'f' && !e.shiftKey) {
        toggleFullscreen();
        return consume();
      }
      if (k === 's' && !e.shiftKey) {
        toggleSpeaker();
        return consume();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [reveal, leave, toggleSpeaker, toggleFullscreen]);
  return digits;
}
