/**
 * The exported HTML's offline player is built from its typed source
 * (renderer/src/export-player/player.ts, with the presenter's timer format and slide-number
 * rule): the committed main/export/client/player.js is exactly that build (regenerate with
 * `node main/cli/build/player.mjs`), and it shares the presenter's code rather than a copy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAYER_FILE, playerText } from '../../../main/cli/build/player-text.mjs';

describe('the offline player', () => {
  it('is the build of its typed source (node main/cli/build/player.mjs)', async () => {
    expect(readFileSync(PLAYER_FILE, 'utf8')).toBe(await playerText());
  });

  it('carries the presenter’s timer format and typed slide number', () => {
    const built = readFileSync(PLAYER_FILE, 'utf8');
    expect(built).toContain('// renderer/src/present/pacing.ts');
    expect(built).toContain('// renderer/src/present/slide-number.ts');
    expect(built).toContain('function formatDuration(');
    expect(built).toContain('function slideNumberKey(');
  });
});
