/** Temp folders on the real disk, and a file-system seam that fails on a chosen call. */
import * as fsp from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { nodeFs, type StoreFs } from '../../../main/store/fs-seam';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the OS temp dir, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-store-'));
  made.push(dir);
  return dir;
}

/** The operations a fault can target; `write` and `fsync` happen on an open file handle. */
export type FaultOp =
  'open' | 'write' | 'fsync' | 'chmod' | 'link' | 'copyFile' | 'rename' | 'stat' | 'readFile';

export interface Fault {
  op: FaultOp;
  code: 'ENOSPC' | 'EACCES' | 'EBUSY' | 'EPERM' | 'EIO';
  /** Fail from this call of `op` on (1 = the first). */
  nth?: number;
  /** How many calls fail (default: every one from `nth` on). */
  times?: number;
}

/** Node's real file system, except that `fault` makes chosen calls fail with an errno error. */
export function faultyFs(fault: Fault): { fs: StoreFs; calls: FaultOp[]; failed: number } {
  const state = { calls: [] as FaultOp[], failed: 0, seen: new Map<FaultOp, number>() };
  const trip = (op: FaultOp, target?: unknown) => {
    state.calls.push(op);
    const n = (state.seen.get(op) ?? 0) + 1;
    state.seen.set(op, n);
    const from = fault.nth ?? 1;
    if (op === fault.op && n >= from && n < from + (fault.times ?? Infinity)) {
      state.failed++;
      const e = new Error(
        `${fault.code}: injected, ${op} ${String(target ?? '')}`,
      ) as NodeJS.ErrnoException;
      e.code = fault.code;
      throw e;
    }
  };
  const wrap = <K extends keyof StoreFs>(op: K & FaultOp) =>
    (async (...args: unknown[]) => {
      trip(op, args[0]);
      return (nodeFs[op] as (...a: unknown[]) => unknown)(...args);
    }) as StoreFs[K];
  const fs: StoreFs = {
    ...nodeFs,
    stat: wrap('stat'),
    readFile: wrap('readFile'),
    chmod: wrap('chmod'),
    link: wrap('link'),
    copyFile: wrap('copyFile'),
    rename: wrap('rename'),
    open: (async (...args: Parameters<typeof fsp.open>) => {
      trip('open', args[0]);
      const handle = await fsp.open(...args);
      return new Proxy(handle, {
        get(target, prop) {
          const value = Reflect.get(target, prop, target) as unknown;
          if (typeof value !== 'function') return value;
          const op: FaultOp | undefined =
            prop === 'write' || prop === 'writeFile'
              ? 'write'
              : prop === 'sync' || prop === 'datasync'
                ? 'fsync'
                : undefined;
          return (...a: unknown[]) => {
            if (op) trip(op);
            return (value as (...x: unknown[]) => unknown).apply(target, a);
          };
        },
      });
    }) as StoreFs['open'],
  };
  return {
    fs,
    get calls() {
      return state.calls;
    },
    get failed() {
      return state.failed;
    },
  };
}
