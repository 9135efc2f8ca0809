/** Charts from a section's numbers and dates: the rules are in ./chart/index.ts. */
export { chartFor, type ChartDraft } from './chart/index';
