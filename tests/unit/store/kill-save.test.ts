/**
 * A process saving a deck over and over, killed with SIGKILL at random moments: after every
 * kill the deck file is one of the complete versions written, never a mix or a truncation.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDeck } from '../../../common/deck/serialize';
import { readDeckFile } from '../../../main/store';
import { isStoreTempName } from '../../../main/store/paths';
import { killPool } from './kill-pool';
import { tempDir } from './helpers';

const CHILD = join(import.meta.dirname, 'save-child.ts');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the child, waits until it has reported `after` saves plus a random extra moment, kills it. */
async function runAndKill(
  path: string,
  after: number,
): Promise<{ saves: number; stderr: string; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let saves = 0;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      saves += (d.toString().match(/saved/g) ?? []).length;
      if (saves >= after) resolve();
    });
    exited.then(() => resolve(), resolve);
  });
  await sleep(Math.random() * 25); // land anywhere inside the next save
  child.kill('SIGKILL');
  return { saves, stderr, signal: await exited };
}

describe('kill during save', () => {
  it('always leaves the old or the new valid deck (200+ saves, SIGKILL at random points)', async () => {
    const dir = tempDir();
    const path = join(dir, 'deck.lectern');
    const versions = new Set(killPool().map(serializeDeck));
    writeFileSync(path, serializeDeck(killPool()[0]!));
    let total = 0;
    let kills = 0;
    let tempsLeft = 0;
    while (total < 220 || kills < 6) {
      const { saves, stderr, signal } = await runAndKill(path, 10 + Math.floor(Math.random() * 40));
      expect(stderr).toBe('');
      expect(signal).toBe('SIGKILL');
      total += saves;
      kills++;

      const text = readFileSync(path, 'utf8');
      expect(
        versions.has(text),
        `after kill ${kills} the deck is one of the written versions`,
      ).toBe(true);
      const reopened = await readDeckFile(path);
      expect(reopened.ok, `after kill ${kills} the deck opens`).toBe(true);
      const backup = readFileSync(`${path}.bak`, 'utf8');
      expect(versions.has(backup), `after kill ${kills} the backup is a whole version`).toBe(true);
      // A kill mid-write may leave the killed writer's hidden temp files, nothing else; the
      // next writer's first save sweeps them, so they never pile up.
      const others = readdirSync(dir).filter(
        (n) => n !== 'deck.lectern' && n !== 'deck.lectern.bak',
      );
      expect(others.filter((n) => !isStoreTempName(n))).toEqual([]);
      expect(others.length).toBeLessThanOrEqual(2);
      tempsLeft += others.length;
    }
    expect(total).toBeGreaterThanOrEqual(200);
    console.log(
      `kill-during-save: ${kills} kills, ${total} saves, ${tempsLeft} interrupted temp files left`,
    );
  }, 240_000);
});
