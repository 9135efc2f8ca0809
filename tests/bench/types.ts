/** One line of `npm run bench`: a measurement, the baseline measured beside it, and the ratio. */
export interface BenchRow {
  /** What was measured, e.g. "open + validate 1,000 slides". */
  name: string;
  value: number;
  unit: 'ms' | 'MB' | 's';
  /** What the same work costs done the plainest way, in the same run. */
  baseline?: { name: string; value: number };
  /** The goal in words, e.g. "≤ 3× baseline" or "p95 < 16 ms". */
  target?: string;
  /** Whether the target holds in this run. */
  met?: boolean;
}

/** A bench module's default export. */
export type Bench = () => Promise<BenchRow[]>;
