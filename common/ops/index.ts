/** Deck operations and the undo history: the editor's whole way of changing a deck. */
export { OPS, isOpName, opDef, type Op, type OpArgs, type OpName } from './registry';
export { applyOp, coalesceKey, opLabel, type Applied, type Change } from './apply';
export {
  bailToMark,
  canRedo,
  canUndo,
  createEditorState,
  DEFAULT_HISTORY,
  dispatch,
  endMark,
  isDirty,
  keepExisting,
  mark,
  markSaved,
  redo,
  redoLabel,
  revision,
  undo,
  undoLabel,
  type EditorState,
  type HistoryEntry,
  type HistoryOptions,
} from './history';
export { collectIds, nextId, type IdKind } from './ids';
export {
  axisKindOf,
  chartKindOf,
  chartSpec,
  isOwnChart,
  parseCell,
  pasteTable,
  tableOf,
  withTable,
  CHART_KINDS,
  CHART_KIND_NAMES,
  type AxisKind,
  type Cell,
  type ChartKind,
  type DataTable,
} from './chart';
export { CHART_KIND_OPS } from './chart-kinds';
export {
  LIMITS,
  pasteBullets,
  pasteLine,
  pasteText,
  stripInlineMarkdown,
  toLine,
  toText,
  type PastedBullet,
} from './paste';
export { MAX_BULLET_DEPTH } from './bullets';
export { blockBuildState, buildsStepByStep, slideBuildState, type BuildState } from './build-steps';
export type { MetaChange } from './meta';
export type { ReferenceDetail } from './references';
export { OpRefused, type OpDef } from './types';
