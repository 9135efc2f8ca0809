/** What the next press of → will show: the next fragment of this slide, or the next slide. */
import type { PresentState } from './protocol';

export interface Step {
  /** Position among the shown slides. */
  position: number;
  /** Last fragment shown at that step (-1: none). */
  fragment: number;
}

/** The step after `state`; null at the end of the presentation. */
export function nextStep(state: PresentState): Step | null {
  if (state.fragment < state.fragments - 1)
    return { position: state.position, fragment: state.fragment + 1 };
  if (state.position + 1 < state.total) return { position: state.position + 1, fragment: -1 };
  return null;
}
