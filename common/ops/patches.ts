/**
 * Applying history's patches with structural sharing.
 *
 * immer's own `applyPatches` deep-clones every patch value, in case a caller mutates it
 * later. Our decks and patch values are frozen, so sharing them is safe, and cloning is
 * what made undoing a reorder slow: moving the first of 1,000 slides to the end touches
 * every index, and a clone per slide took a quarter of a second. Here only the objects on
 * each patch's path are copied (once per application), then frozen.
 */
import { freeze, type Patch } from 'immer';

type Container = Record<string | number, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Freezes what a patch carries, so it can be shared by the state it is applied to. */
export function freezePatches(patches: readonly Patch[]): void {
  for (const p of patches) if (isContainer(p.value)) freeze(p.value, true);
}

/** `root` with `patches` applied in order; `root` itself is not changed. Throws on a path that does not exist. */
export function applyShared<T>(root: T, patches: readonly Patch[]): T {
  const mine = new Set<Container>();
  const own = (value: Container): Container => {
    if (mine.has(value)) return value;
    const copy: Container = Array.isArray(value) ? value.slice() : { ...value };
    mine.add(copy);
    return copy;
  };
  let result: unknown = root;
  for (const { op, path, value } of patches) {
    if (path.length === 0) {
      if (op !== 'replace') throw new Error(`cannot ${op} the whole deck`);
      result = value;
      continue;
    }
    if (!isContainer(result)) throw new Error('patch applied to a value that is not an object');
    result = own(result);
    let parent = result as Container;
    for (let i = 0; i < path.length - 1; i++) {
      const key = safeKey(path[i]!);
      const child = (parent as Record<string | number, unknown>)[key];
      if (!isContainer(child)) throw new Error(`patch path ${path.join('/')} does not exist`);
      const next = own(child);
      (parent as Record<string | number, unknown>)[key] = next;
      parent = next;
    }
    const key = safeKey(path[path.length - 1]!);
    if (Array.isArray(parent)) {
      const index = key === '-' ? parent.length : Number(key);
      if (op === 'add') parent.splice(index, 0, value);
      else if (op === 'remove') parent.splice(index, 1);
      else parent[index] = value;
    } else if (op === 'remove') {
      delete parent[key];
    } else {
      parent[key] = value;
    }
  }
  for (const copy of mine) Object.freeze(copy);
  return result as T;
}

/** Refuses keys that reach an object's prototype. */
function safeKey(key: string | number): string | number {
  if (key === '__proto__' || key === 'constructor' || key === 'prototype')
    throw new Error(`refusing patch key "${key}"`);
  return key;
}
