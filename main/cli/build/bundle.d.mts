/** Types of bundle.mjs (plain JavaScript, run by plain node), for the tests that import it. */
import type { Plugin } from 'esbuild';

export const OUT_DIR: string;
export const BUNDLE: string;
/** True when the bundle is missing or older than a file it was built from. */
export function isStale(): boolean;
/** Builds out/cli afresh. */
export function buildCli(): Promise<void>;
/** The esbuild plugin that bundles compromise's model precomputed (none if compromise changed). */
export function compromiseModel(): Promise<Plugin[]>;
