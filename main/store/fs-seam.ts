/**
 * The file-system seam of the deck store. Production passes Node's `fs/promises`; fault
 * tests wrap it to inject ENOSPC, EACCES or EBUSY at a chosen call, on the real disk.
 */
import * as fsp from 'node:fs/promises';

export type StoreFs = Pick<
  typeof fsp,
  | 'open'
  | 'readFile'
  | 'writeFile'
  | 'rename'
  | 'stat'
  | 'lstat'
  | 'realpath'
  | 'copyFile'
  | 'link'
  | 'unlink'
  | 'rm'
  | 'mkdir'
  | 'readdir'
  | 'chmod'
  | 'access'
>;

export const nodeFs: StoreFs = fsp;
