/**
 * The one path from text to a deck: parse → check shape → migrate → validate → report.
 *
 * Pure (no Node, no DOM) so the store, the command line, the browser edition and the tests
 * all load decks the same way. Bytes-to-text (size limit, strict UTF-8) is the store's job.
 */
import { printParseErrorCode, parse as parseTolerant, type ParseError } from 'jsonc-parser';
import { Deck, DECK_FORMAT, DECK_VERSION } from './schema';
import { migrate, OLDEST_VERSION } from './migrations';
import { error, formatPath, warning, type Problem, type Result } from './problems';

/** Deeper than any real deck (bullets nest a few levels); stops stack-exhausting input early. */
export const MAX_DEPTH = 64;

export interface LoadedDeck {
  deck: Deck;
  /** Set when the file was written by a newer Lectern: editing could drop what we don't know. */
  readOnly: boolean;
  /** The version the file had, when it was migrated on load. */
  migratedFrom?: number;
}

/** Parses and validates the text of a deck file. Never throws on bad input. */
export function parseDeck(input: string): Result<LoadedDeck> {
  const warnings: Problem[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    warnings.push(warning('line 1, column 1', 'a byte-order mark was removed; it will not be saved again'));
  }
  if (text.trim() === '') return fail('line 1, column 1', 'the file is empty; it is not a deck');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return fail(lineColumn(text, nul), 'the file contains NUL bytes; it is binary or damaged, not a deck');

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(...jsonErrorPlace(text, e));
  }

  const deep = tooDeep(raw);
  if (deep) return fail(deep, `is nested more than ${MAX_DEPTH} levels deep; this is not a deck Lectern wrote`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('(the deck)', 'must be a JSON object with "format", "version", "meta" and "slides"');
  }
  const obj = raw as Record<string, unknown>;
  if (obj.format !== undefined && obj.format !== DECK_FORMAT) {
    return fail('format', `is "${String(obj.format).slice(0, 40)}", not "${DECK_FORMAT}"; this is not a Lectern deck`);
  }
  const version = obj.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    return fail('version', `must be a whole number from ${OLDEST_VERSION} to ${DECK_VERSION}; found ${JSON.stringify(version) ?? 'nothing'}`);
  }

  let candidate: Record<string, unknown> = obj;
  let readOnly = false;
  let migratedFrom: number | undefined;
  if (version < DECK_VERSION) {
    candidate = migrate(obj, version);
    migratedFrom = version;
    warnings.push(warning('version', `upgraded from version ${version} to ${DECK_VERSION}; saving writes version ${DECK_VERSION}`));
  } else if (version > DECK_VERSION) {
    // Validate what we understand; the file is opened read-only so nothing we don't know is lost.
    candidate = { ...obj, version: DECK_VERSION };
    readOnly = true;
    warnings.push(warning('version', `was written by a newer Lectern (deck version ${version}); opened read-only`));
  }

  const parsed = Deck.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 50).map((issue) => error(formatPath(issue.path), issue.message)),
    };
  }
  const deck = parsed.data;
  for (const where of droppedFields(candidate, deck)) {
    warnings.push(warning(where, 'is not part of the deck format and was ignored; saving removes it'));
  }
  const duplicates = duplicateIds(deck);
  if (duplicates.length) return { ok: false, problems: duplicates };
  return { ok: true, value: { deck, readOnly, ...(migratedFrom !== undefined ? { migratedFrom } : {}) }, warnings };
}

function fail(where: string, what: string): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [error(where, what)] };
}

/** "line L, column C" (both from 1) for a character offset. */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return `line ${line}, column ${offset - last}`;
}

function jsonErrorPlace(text: string, e: unknown): [string, string] {
  const message = e instanceof Error ? e.message : String(e);
  const position = /position (\d+)/.exec(message);
  if (position) return [lineColumn(text, Number(position[1])), `is not valid JSON (${describe(message)})`];
  if (/end of JSON input/i.test(message)) {
    return [lineColumn(text, text.length), 'the file ends too early (it was cut off or not fully saved)'];
  }
  // Engines word this differently; ask a tolerant parser where the first error is.
  const errors: ParseError[] = [];
  try {
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    return ['line 1, column 1', 'is not valid JSON'];
  }
  const first = errors[0];
  if (!first) return ['line 1, column 1', 'is not valid JSON'];
  return [lineColumn(text, first.offset), `is not valid JSON (${printParseErrorCode(first.error)})`];
}

function describe(message: string): string {
  return message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '').slice(0, 120);
}

/** The path of the first value nested deeper than MAX_DEPTH, found without recursion. */
function tooDeep(root: unknown): string | undefined {
  const stack: Array<{ value: unknown; depth: number; path: PropertyKey[] }> = [{ value: root, depth: 0, path: [] }];
  while (stack.length) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) return formatPath(path.slice(0, 6)) + '…';
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, depth: depth + 1, path: [...path, Array.isArray(value) ? Number(key) : key] });
      }
    }
  }
  return undefined;
}

/** Paths of object keys in `input` that validation dropped (unknown fields, `__proto__`). */
function droppedFields(input: unknown, output: unknown): string[] {
  const found: string[] = [];
  const stack: Array<{ a: unknown; b: unknown; path: PropertyKey[] }> = [{ a: input, b: output, path: [] }];
  while (stack.length && found.length < 20) {
    const { a, b, path } = stack.pop()!;
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) continue;
    if (Array.isArray(a) && Array.isArray(b)) {
      a.forEach((item, i) => stack.push({ a: item, b: b[i], path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(a)) {
      if (!Object.prototype.hasOwnProperty.call(b, key)) found.push(formatPath([...path, key]));
      else stack.push({ a: (a as Record<string, unknown>)[key], b: (b as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return found;
}

/** Slide and block ids must be unique: links, undo and provenance rely on them. */
function duplicateIds(deck: Deck): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  deck.slides.forEach((slide, i) => {
    if (seen.has(slide.id)) problems.push(error(`slides[${i}].id`, `"${slide.id}" is used by an earlier slide`));
    seen.add(slide.id);
  });
  const refs = new Set<string>();
  deck.references.forEach((ref, i) => {
    if (refs.has(ref.id)) problems.push(error(`references[${i}].id`, `"${ref.id}" is used by an earlier reference`));
    refs.add(ref.id);
  });
  return problems;
}
