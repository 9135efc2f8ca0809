#!/usr/bin/env node
// @ts-check
// Builds the exported HTML's offline player (see player-text.mjs) into
// main/export/client/player.js. Run after changing renderer/src/export-player/ or what it
// imports; a unit test fails while they differ.
//   node main/cli/build/player.mjs
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { PLAYER_FILE, playerText } from './player-text.mjs';

writeFileSync(PLAYER_FILE, await playerText());
process.stdout.write(`wrote ${PLAYER_FILE}\n`);
