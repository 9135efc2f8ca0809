/**
 * Issue 10's rules that generation does not meet yet. Each stays written as a real test and
 * is skipped with its reason in the test's name and printed once at collection, so the gap
 * is visible in every run and the test comes back by deleting one line here.
 */
import { it } from 'vitest';

export const KNOWN_GAPS = {} as const;

/** `it.skip` with the gap's reason in the name, printed so a run shows what is left. */
export function knownGap(reason: (typeof KNOWN_GAPS)[keyof typeof KNOWN_GAPS]) {
  return (name: string, fn: () => void): void => {
    console.warn(`skipped, known gap: ${name}: ${reason}`);
    it.skip(`${name} [known gap: ${reason}]`, fn);
  };
}
