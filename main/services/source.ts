/**
 * Importing a reading → one generated draft deck per thematic section, written into the
 * workspace (each deck folder with its copy of the reading under `sources/`). The reading
 * arrives as bytes from the UI; parsing and generation are main/import's and common/generate's.
 */
import type { ArgsOut, ResultOf } from '../../common/api/contract';
import type { Problem, Result } from '../../common/deck/problems';
import { decksFor, readingId } from '../import/generate';
import { parseSourceBytes, type ReadSource } from '../import/read-source';
import { decksOfReading, updateDeck, type DraftedBefore } from './reimport';
import { writeGeneratedDecks } from '../import/write-decks';
import { freeName, type ServiceContext } from './context';

/** Generates decks from the reading `args.bytes` into the workspace; returns their refs. */
export async function importSource(ctx: ServiceContext, args: ArgsOut<'source.import'>): Promise<Result<ResultOf<'source.import'>>> {
  const { workspace } = ctx;
  const progress = (done: number, total: number, label: string) =>
    workspace.emit({ type: 'progress', payload: { task: 'source.import', done, total, label } });
  progress(0, 3, `Reading ${args.name}`);
  const read = await parseSourceBytes(args.bytes, args.name);
  if (!read.ok) return read;
  const sourceId = readingId(args.name);
  const mode = args.existing ?? 'ask';
  if (mode !== 'copies') {
    const before = await decksOfReading(ctx, sourceId);
    if (before.length && mode === 'ask') {
      progress(3, 3, 'Done');
      return { ok: true, value: { refs: [], existing: before.map((d) => ({ ref: workspace.toRef(d.path), title: d.title })) }, warnings: [] };
    }
    if (before.length) return updateAll(ctx, before, sourceId, read.value, progress);
  }
  progress(1, 3, 'Making the decks');
  const { decks, copyName } = decksFor(read.value);
  // A second import of the same reading gets "-2" folders rather than failing on the first.
  const placed = [];
  for (const generated of decks) {
    const slug = await freeName(workspace.root, generated.slug);
    placed.push({ ...generated, slug });
  }
  progress(2, 3, `Writing ${placed.length} deck${placed.length === 1 ? '' : 's'}`);
  const written = await writeGeneratedDecks(workspace.root, placed, { bytes: read.value.bytes, copyName, images: read.value.images });
  if (!written.ok) return workspace.relativeResult(written);
  progress(3, 3, 'Done');
  return { ok: true, value: { refs: written.value.map((abs) => workspace.toRef(abs)) }, warnings: workspace.relativize([...read.warnings, ...written.warnings]) };
}

/** "Update the existing decks": each deck drafted from the reading gets the new one, in turn. */
async function updateAll(
  ctx: ServiceContext,
  decks: readonly DraftedBefore[],
  sourceId: string,
  next: ReadSource,
  progress: (done: number, total: number, label: string) => void,
): Promise<Result<ResultOf<'source.import'>>> {
  const { workspace } = ctx;
  const updated: NonNullable<ResultOf<'source.import'>['updated']> = [];
  const warnings: Problem[] = [];
  for (const [i, d] of decks.entries()) {
    progress(1 + i, decks.length + 1, `Updating “${d.title}”`);
    const r = await updateDeck(d.path, sourceId, next);
    // One deck that cannot be updated does not stop the others; it is named, unchanged.
    if (!r.ok) warnings.push(...r.problems.map((p) => ({ ...p, severity: 'warning' as const })));
    else updated.push({ ref: workspace.toRef(r.value.path), title: r.value.title, stale: r.value.stale, unchanged: r.value.unchanged });
  }
  progress(decks.length + 1, decks.length + 1, 'Done');
  if (!updated.length) return workspace.relativeResult({ ok: false, problems: warnings.map((p) => ({ ...p, severity: 'error' as const })) });
  return { ok: true, value: { refs: updated.map((u) => u.ref), updated }, warnings: workspace.relativize(warnings) };
}
