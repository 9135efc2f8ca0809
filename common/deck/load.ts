/**
 * The one path from text to a deck: parse → check shape → migrate → validate → report.
 *
 * Pure (no Node, no DOM) so the store, the command line, the browser edition and the tests
 * all load decks the same way. Bytes-to-text (size limit, strict UTF-8) is the store's job.
 */
import { printParseErrorCode, parse as parseTolerant, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { chartProblems } from './chart-spec';
import { Deck, DECK_FORMAT, DECK_VERSION, type BulletItem } from './schema';
import { migrate, OLDEST_VERSION } from './migrations';
import { error, formatPath, warning, type Problem, type Result } from './problems';
import { errorMessage } from '../error-text';

/** Deeper than any real deck (bullets nest a few levels); stops stack-exhausting input early. */
export const MAX_DEPTH = 64;

let compiledDeck: typeof Deck | undefined;
/**
 * The deck schema compiled to straight-line code (several times faster on a large deck), made
 * on first use and only where zod itself may generate code: under a strict CSP (`jitless`)
 * the probe alone would be reported as a violation, so the runtime parser is used instead.
 * Both give the same results and the same messages.
 */
function deckSchema(): typeof Deck {
  compiledDeck ??= !z.config().jitless && z.util.allowsEval.value ? z.compile(Deck) : Deck;
  return compiledDeck;
}

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
    warnings.push(
      warning('line 1, column 1', 'a byte-order mark was removed; it will not be saved again'),
    );
  }
  if (text.trim() === '') return fail('line 1, column 1', 'the file is empty; it is not a deck');
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return fail(
      lineColumn(text, nul),
      'the file contains NUL bytes; it is binary or damaged, not a deck',
    );

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(...jsonErrorPlace(text, e));
  }

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(
      '(the deck)',
      'must be a JSON object with "format", "version", "meta" and "slides"',
    );
  }
  const obj = raw as Record<string, unknown>;
  if (obj.format !== undefined && obj.format !== DECK_FORMAT) {
    return fail(
      'format',
      `is "${String(obj.format).slice(0, 40)}", not "${DECK_FORMAT}"; this is not a Lectern deck`,
    );
  }
  const version = obj.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    return fail(
      'version',
      `must be a whole number from ${OLDEST_VERSION} to ${DECK_VERSION}; found ${JSON.stringify(version) ?? 'nothing'}`,
    );
  }

  let candidate: Record<string, unknown> = obj;
  let readOnly = false;
  let migratedFrom: number | undefined;
  if (version < DECK_VERSION) {
    candidate = migrate(obj, version);
    migratedFrom = version;
    warnings.push(
      warning(
        'version',
        `upgraded from version ${version} to ${DECK_VERSION}; saving writes version ${DECK_VERSION}`,
      ),
    );
  } else if (version > DECK_VERSION) {
    // Validate what we understand; the file is opened read-only so nothing we don't know is lost.
    candidate = { ...obj, version: DECK_VERSION };
    readOnly = true;
    warnings.push(
      warning(
        'version',
        `was written by a newer Lectern (deck version ${version}); opened read-only`,
      ),
    );
  }

  const parsed = deckSchema().safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 50)
        .map((issue) => error(formatPath(issue.path), issue.message)),
    };
  }
  const deck = parsed.data;
  // Validation came first: the schema is not recursive (see MAX_BULLET_NESTING), so zod never
  // descends further than a deck can; only what it kept is walked, for depth and dropped keys.
  const { deep, dropped } = inspectTree(candidate, deck);
  if (deep)
    return fail(
      deep,
      `is nested more than ${MAX_DEPTH} levels deep; this is not a deck Lectern wrote`,
    );
  for (const where of dropped) {
    warnings.push(
      warning(where, 'is not part of the deck format and was ignored; saving removes it'),
    );
  }
  const duplicates = duplicateIds(deck);
  if (duplicates.length) return { ok: false, problems: duplicates };
  // A chart that may not be drawn (common/deck/chart-spec.ts) costs that chart, never the
  // deck: it opens with a warning naming the slide and what is refused, and shows a placeholder.
  warnings.push(...chartProblems(deck));
  return {
    ok: true,
    value: { deck, readOnly, ...(migratedFrom !== undefined ? { migratedFrom } : {}) },
    warnings,
  };
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
  const message = errorMessage(e);
  const position = /position (\d+)/.exec(message);
  if (position)
    return [lineColumn(text, Number(position[1])), `is not valid JSON (${describe(message)})`];
  if (/end of JSON input/i.test(message)) {
    return [
      lineColumn(text, text.length),
      'the file ends too early (it was cut off or not fully saved)',
    ];
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
  return [
    lineColumn(text, first.offset),
    `is not valid JSON (${printParseErrorCode(first.error)})`,
  ];
}

function describe(message: string): string {
  return message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .slice(0, 120);
}

/**
 * Visits every object and array under `root` (a parsed JSON tree, optionally walked in step
 * with `twin`), without recursion. `visit` gets each container pair with its depth; returning
 * true stops the walk. Paths cost only when `track` is set, so the common case (nothing
 * wrong) allocates nothing per node.
 */
function walkTree(
  root: object,
  twin: object | undefined,
  track: boolean,
  visit: (a: object, b: object | undefined, depth: number, node: number) => boolean,
  walk: TreeWalk,
): void {
  const as: object[] = [root];
  const bs: Array<object | undefined> = [twin];
  const depths: number[] = [0];
  const nodes: number[] = [track ? walk.add(-1, '') : -1];
  const push = (
    a: unknown,
    b: object | undefined,
    key: string | number,
    depth: number,
    node: number,
  ) => {
    let bk: unknown;
    if (b !== undefined) {
      bk = Object.prototype.hasOwnProperty.call(b, key)
        ? (b as Record<string | number, unknown>)[key]
        : undefined;
      if (!isContainer(bk)) return; // dropped or replaced: reported by the parent's visit
    }
    as.push(a as object);
    bs.push(bk as object | undefined);
    depths.push(depth + 1);
    nodes.push(track ? walk.add(node, key) : -1);
  };
  while (as.length) {
    const a = as.pop()!;
    const b = bs.pop();
    const depth = depths.pop()!;
    const node = nodes.pop()!;
    if (visit(a, b, depth, node)) return;
    if (Array.isArray(a)) {
      for (let i = 0; i < a.length; i++) if (isContainer(a[i])) push(a[i], b, i, depth, node);
    } else {
      const rec = a as Record<string, unknown>;
      for (const key in rec) {
        if (Object.prototype.hasOwnProperty.call(rec, key) && isContainer(rec[key]))
          push(rec[key], b, key, depth, node);
      }
    }
  }
}

/** Parent links for the nodes of one walk, so a path is spelled out only when reported. */
class TreeWalk {
  private readonly parent: number[] = [];
  private readonly key: PropertyKey[] = [];

  add(parent: number, key: PropertyKey): number {
    this.parent.push(parent);
    this.key.push(key);
    return this.parent.length - 1;
  }

  path(index: number): PropertyKey[] {
    const keys: PropertyKey[] = [];
    for (let i = index; i > 0; i = this.parent[i]!) keys.push(this.key[i]!);
    return keys.reverse();
  }
}

const isContainer = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** True when object `a` has a key its validated copy `b` lacks. */
function hasDropped(a: object, b: object | undefined): boolean {
  if (b === undefined || Array.isArray(a)) return false;
  for (const key in a)
    if (
      Object.prototype.hasOwnProperty.call(a, key) &&
      !Object.prototype.hasOwnProperty.call(b, key)
    )
      return true;
  return false;
}

/**
 * One walk over the input in step with its validated copy: the path of the first value
 * nested deeper than MAX_DEPTH (chart specs and CSL data pass through validation as given),
 * and the paths of keys validation dropped (unknown fields, `__proto__`). A cheap pass finds
 * whether there is anything to report; paths are spelled out in a second pass only then.
 */
function inspectTree(input: unknown, output: unknown): { deep?: string; dropped: string[] } {
  if (!isContainer(input) || !isContainer(output)) return { dropped: [] };
  let any = false;
  walkTree(
    input,
    output,
    false,
    (a, b, depth) => (any = depth > MAX_DEPTH || hasDropped(a, b)),
    new TreeWalk(),
  );
  if (!any) return { dropped: [] };
  const dropped: string[] = [];
  let deep: string | undefined;
  const walk = new TreeWalk();
  walkTree(
    input,
    output,
    true,
    (a, b, depth, node) => {
      if (depth > MAX_DEPTH) {
        deep = formatPath(walk.path(node).slice(0, 6)) + '…';
        return true;
      }
      if (hasDropped(a, b))
        for (const key of Object.keys(a))
          if (!Object.prototype.hasOwnProperty.call(b, key))
            dropped.push(formatPath([...walk.path(node), key]));
      return false;
    },
    walk,
  );
  return { deep, dropped: dropped.slice(0, 20) };
}

/**
 * Ids must be unique where edits look them up: slides and references in the deck, blocks and
 * bullets within their slide (an edit names the slide, then the block or bullet). Links, undo
 * and provenance rely on them.
 */
function duplicateIds(deck: Deck): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  deck.slides.forEach((slide, i) => {
    if (seen.has(slide.id))
      problems.push(error(`slides[${i}].id`, `"${slide.id}" is used by an earlier slide`));
    seen.add(slide.id);
    const inSlide = new Set<string>();
    const claim = (id: string, path: string, what: string) => {
      if (inSlide.has(id))
        problems.push(
          error(path, `"${id}" is used by an earlier block or bullet of this slide (${what})`),
        );
      inSlide.add(id);
    };
    const walk = (items: readonly BulletItem[], path: string) =>
      items.forEach((item, k) => {
        claim(item.id, `${path}[${k}].id`, 'a bullet');
        walk(item.children, `${path}[${k}].children`);
      });
    slide.blocks.forEach((block, j) => {
      claim(block.id, `slides[${i}].blocks[${j}].id`, `a ${block.type} block`);
      if (block.type === 'bullets') walk(block.items, `slides[${i}].blocks[${j}].items`);
    });
  });
  const refs = new Set<string>();
  deck.references.forEach((ref, i) => {
    if (refs.has(ref.id))
      problems.push(error(`references[${i}].id`, `"${ref.id}" is used by an earlier reference`));
    refs.add(ref.id);
  });
  return problems;
}
