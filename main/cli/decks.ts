/**
 * From what the user typed to deck files, through the store's `resolveDeckPath` and
 * `findDecks`: one deck (info), every deck under some paths (check, migrate), every deck
 * under one folder (list). Problems come back with the name the user typed.
 */
import * as path from 'node:path';
import { warning, type Problem } from '../../common/deck/problems';
import { findDecks, readDeckFile, resolveDeckPath, type OpenedDeck } from '../store';
import { displayPath, printProblems } from './display';

/** A path that named no deck, with why: `file` is how to print it, `abs` its resolved form. */
export interface Unfound {
  file: string;
  abs: string;
  problems: Problem[];
}

export type FoundDeck = { ok: true; abs: string } | ({ ok: false } & Unfound);

/** The deck file for one user-given deck folder or `.lectern` file. */
export async function findDeck(given: string): Promise<FoundDeck> {
  const resolved = await resolveDeckPath(given);
  if (resolved.ok) return { ok: true, abs: resolved.value };
  return { ok: false, file: given, abs: path.resolve(given), problems: resolved.problems };
}

/** One deck argument found and read: its path, how to name it, and the deck as opened. */
export interface OpenedArg {
  abs: string;
  file: string;
  opened: OpenedDeck;
}

/**
 * Finds and reads the one deck a command is given, printing what went wrong; undefined then
 * (the command exits with a failure). The deck's warnings are printed too.
 */
export async function openDeckArg(given: string): Promise<OpenedArg | undefined> {
  const found = await findDeck(given);
  if (!found.ok) {
    printProblems(found.file, found.abs, found.problems);
    return undefined;
  }
  const file = displayPath(found.abs);
  const opened = await readDeckFile(found.abs);
  if (!opened.ok) {
    printProblems(file, found.abs, opened.problems);
    return undefined;
  }
  printProblems(file, found.abs, opened.warnings);
  return { abs: found.abs, file, opened: opened.value };
}

export interface Targets {
  /** Absolute deck file paths, each once, in the order given (decks in a folder sorted). */
  decks: string[];
  /** Arguments that could not be read at all (not there, permission denied). */
  missing: Unfound[];
}

/**
 * Every deck named by `paths`: a deck file, a deck folder, or a folder searched for decks.
 * Prints a warning for a folder with no decks, or with sub-folders that could not be read.
 */
export async function findTargets(paths: readonly string[]): Promise<Targets> {
  const decks: string[] = [];
  const seen = new Set<string>();
  const missing: Unfound[] = [];
  for (const given of paths) {
    const abs = path.resolve(given);
    const found = await findDecks(given);
    if (!found.ok) {
      missing.push({ file: given, abs, problems: found.problems });
      continue;
    }
    printWarnings(found.warnings);
    if (found.value.length === 0)
      printProblems(given, abs, [
        warning(abs, 'holds no decks (no .lectern files were found in it)'),
      ]);
    for (const deck of found.value) {
      if (seen.has(deck)) continue;
      seen.add(deck);
      decks.push(deck);
    }
  }
  return { decks, missing };
}

export type DecksUnder =
  { ok: true; file: string; abs: string; decks: string[] } | ({ ok: false } & Unfound);

/** Every deck file under the folder `given`, sorted; unreadable sub-folders are warned about. */
export async function findDecksUnder(given: string): Promise<DecksUnder> {
  const abs = path.resolve(given);
  const found = await findDecks(given);
  if (!found.ok) return { ok: false, file: given, abs, problems: found.problems };
  printWarnings(found.warnings);
  return { ok: true, file: given, abs, decks: found.value };
}

/** The store's warnings name absolute folders; print them as the user would type them. */
function printWarnings(warnings: readonly Problem[]): void {
  for (const w of warnings) printProblems(displayPath(w.where), w.where, [w]);
}
