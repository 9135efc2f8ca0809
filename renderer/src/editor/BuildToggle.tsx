/**
 * A "one by one" checkbox for build steps: checked when everything it covers appears step by
 * step, mixed when only some of it does (ticking it then completes the set).
 */
import { useLayoutEffect, useRef } from 'react';
import type { Block } from '../../../common/deck/schema';
import type { BuildState } from '../../../common/ops';
import './build-steps.css';

export function BuildToggle({
  label,
  state,
  onChange,
}: {
  label: string;
  state: BuildState;
  onChange: (on: boolean) => void;
}) {
  const box = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <label className="build-toggle">
      <input
        ref={box}
        type="checkbox"
        checked={state === 'all'}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}

/** The block toggle's label, or null for a block that is always shown whole. */
export function blockBuildLabel(block: Block): string | null {
  switch (block.type) {
    case 'bullets':
      return 'This list one by one';
    case 'quote':
      return 'Quote as a build step';
    case 'text':
      return 'Text as a build step';
    case 'formula':
      return 'Formula as a build step';
    case 'figure':
      return `${block.figure.kind === 'chart' ? 'Chart' : 'Image'} as a build step`;
    default:
      return null;
  }
}
