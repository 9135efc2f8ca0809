/** The header of one block in the inspector: what it is, and move up/down and remove. */
import type { Block } from '../../../common/deck/schema';

const NAMES: Record<Block['type'], string> = {
  bullets: 'Bullets',
  text: 'Text',
  quote: 'Quote',
  figure: 'Figure',
  references: 'References',
  formula: 'Formula',
};

export function BlockTitle({
  block,
  onRemove,
  onMove,
  first,
  last,
}: {
  block: Block;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
  first: boolean;
  last: boolean;
}) {
  const name =
    block.type === 'figure'
      ? block.figure.kind === 'chart'
        ? 'Chart'
        : 'Image'
      : NAMES[block.type];
  return (
    <div className="block-title">
      <h3>{name}</h3>
      <button
        type="button"
        disabled={first}
        onClick={() => onMove(-1)}
        aria-label={`Move ${name.toLowerCase()} up`}
      >
        ↑
      </button>
      <button
        type="button"
        disabled={last}
        onClick={() => onMove(1)}
        aria-label={`Move ${name.toLowerCase()} down`}
      >
        ↓
      </button>
      <button
        type="button"
        className="danger"
        onClick={onRemove}
        aria-label={`Remove ${name.toLowerCase()}`}
      >
        Remove
      </button>
    </div>
  );
}
