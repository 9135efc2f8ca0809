/**
 * Child process for the kill-during-save test: saves the decks of `killPool()` in turn to
 * the given path, forever, printing "saved <n>" after each save, until it is killed.
 * Run as `node --import tsx save-child.ts <deck path>`.
 */
import { readDeckFile, saveDeck } from '../../../main/store';
import { killPool } from './kill-pool';

const path = process.argv[2];
if (!path) throw new Error('usage: save-child.ts <deck path>');

const pool = killPool();
const opened = await readDeckFile(path);
if (!opened.ok) {
  process.stderr.write(`cannot open: ${JSON.stringify(opened.problems)}\n`);
  process.exit(2);
}
let stamp = opened.value.stamp;
for (let n = 1; ; n++) {
  const saved = await saveDeck(path, pool[n % pool.length]!, { expected: stamp });
  if (!saved.ok) {
    process.stderr.write(`save failed: ${JSON.stringify(saved)}\n`);
    process.exit(3);
  }
  stamp = saved.value.stamp;
  process.stdout.write(`saved ${n}\n`);
}
