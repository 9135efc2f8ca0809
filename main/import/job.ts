/**
 * One import's work, as the import worker runs it (main/import/import-worker.ts): read and
 * parse the reading, and generate its decks when asked. Everything that costs time or memory in
 * proportion to the reading is here, so the host only sends bytes and writes what comes back.
 *
 * Never throws: a reading that makes the parser or the generator fail gives a problem naming the
 * file (and the error goes to the log), not "failed unexpectedly".
 */
import { error, warning, type Problem, type Result } from '../../common/deck/problems';
import { DECK_MAX_SLIDES, IMPORT_MAX_SECTIONS } from './limits';
import type { GeneratedDeck } from '../../common/generate';
import {
  parseSourceBytes,
  refusedAtAGlance,
  type ReadOptions,
  type ReadSource,
} from './read-source';
import { errorDetail, errorMessage } from '../../common/error-text';

export interface ImportJob {
  bytes: Uint8Array;
  /** The reading's file name, e.g. "reading.docx": its extension says how to read it. */
  fileName: string;
  /** What problems name: the path on disk, or the file name of an upload. */
  where: string;
  options?: ReadOptions;
  /** Generate decks too (one per section, or one for the whole reading). */
  generate?: { single?: boolean };
}

export interface ImportDone {
  source: ReadSource;
  /** Present when the job asked for generation. */
  generated?: { decks: GeneratedDeck[]; copyName: string };
}

/** A refusal that needs no worker (see refusedAtAGlance); undefined when the job must run to know. */
export function refusedAtOnce(job: ImportJob): Problem | undefined {
  return refusedAtAGlance(job.bytes, job.fileName, job.where);
}

/** Runs `job` in this thread. */
export async function runImportJob(job: ImportJob): Promise<Result<ImportDone>> {
  const where = job.where;
  let read: Result<ReadSource>;
  try {
    read = await parseSourceBytes(job.bytes, job.fileName, where, job.options);
  } catch (e) {
    return failed(where, 'could not be read', e);
  }
  if (!read.ok || !job.generate)
    return read.ok ? { ok: true, value: { source: read.value }, warnings: read.warnings } : read;
  const sections = read.value.model.sections.filter((s) =>
    s.paragraphs.some((p) => p.sentences.length),
  ).length;
  if (sections > IMPORT_MAX_SECTIONS) {
    return {
      ok: false,
      problems: [
        error(
          where,
          `has ${sections.toLocaleString('en')} sections (headings with text under them), more than the ${IMPORT_MAX_SECTIONS.toLocaleString('en')} one import makes into decks; split the reading into parts and import each`,
        ),
      ],
    };
  }
  // Loaded only now: the generator (and compromise) take a while to load, and a reading refused
  // on reading (a .docx bomb, an empty file) should be refused at once.
  const [{ decksFor }, { splitLongSections }] = await Promise.all([
    import('./generate'),
    import('./parts'),
  ]);
  const source: ReadSource = { ...read.value, model: splitLongSections(read.value.model) };
  const warnings: Problem[] = [...read.warnings];
  if (source.model.sections.length > read.value.model.sections.length) {
    warnings.push(
      warning(
        where,
        `is long: its longest sections were cut into parts of at most a few hundred slides each (${source.model.sections.length} sections in all)`,
      ),
    );
  }
  try {
    return {
      ok: true,
      value: { source: read.value, generated: decksFor(source, job.generate.single) },
      warnings,
    };
  } catch (e) {
    if (tooManySlides(e)) {
      return {
        ok: false,
        problems: [
          error(
            where,
            `would make ${job.generate.single ? 'one deck' : 'a deck'} of more than ${DECK_MAX_SLIDES.toLocaleString('en')} slides, the most a deck may have; ${job.generate.single ? 'import it as one deck per section instead, or ' : ''}split the reading into parts and import each`,
          ),
        ],
      };
    }
    return failed(where, 'could not be made into decks', e);
  }
}

/** A validation error of a generated deck for its number of slides (zod's "too_big" on `slides`). */
function tooManySlides(e: unknown): boolean {
  const issues = (e as { issues?: unknown } | null)?.issues;
  return (
    Array.isArray(issues) &&
    issues.some(
      (i: { code?: unknown; path?: unknown }) =>
        i.code === 'too_big' &&
        Array.isArray(i.path) &&
        i.path[0] === 'slides' &&
        i.path.length === 1,
    )
  );
}

function failed(where: string, what: string, e: unknown): Result<ImportDone> {
  const detail = errorMessage(e).split('\n')[0]!.slice(0, 160);
  process.stderr.write(`lectern: importing ${where} failed: ${errorDetail(e)}\n`);
  return {
    ok: false,
    problems: [
      error(
        where,
        `${what} (${detail}); it may be too large or unusual for Lectern. Split it into parts, or save it again as plain text, and import that`,
      ),
    ],
  };
}
