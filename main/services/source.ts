/**
 * Importing a reading → one generated draft deck per thematic section, written into the
 * workspace (each deck folder with its copy of the reading under `sources/`). The reading
 * arrives as bytes from the UI; parsing and generation are main/import's and common/generate's.
 */
import type { ArgsOut, ResultOf } from '../../common/api/contract';
import type { Problem, Result } from '../../common/deck/problems';
import { readingId } from '../import/from-file';
import { importOffThread } from '../import/off-thread';
import type { ReadSource } from '../import/read-source';
import { decksOfReading, updateDeck, type DraftedBefore } from './reimport';
import { writeGeneratedDecks } from '../import/write-decks';
import { freeName, type ServiceContext } from './context';

/** Generates decks from the reading `args.bytes` into the workspace; returns their refs. */
export async function importSource(
  ctx: ServiceContext,
  args: ArgsOut<'source.import'>,
): Promise<Result<ResultOf<'source.import'>>> {
  const { workspace } = ctx;
  const progress = (done: number, total: number, label: string) =>
    workspace.emit({ type: 'progress', payload: { task: 'source.import', done, total, label } });
  progress(0, 3, `Reading ${args.name}`);
  const sourceId = readingId(args.name);
  const mode = args.existing ?? 'ask';
  // Found first, so the worker is asked for decks only when decks are to be made.
  const before = mode === 'copies' ? [] : await decksOfReading(ctx, sourceId);
  // Reading, parsing and generating run in a worker with limits: the host answers meanwhile.
  const job = await importOffThread({
    bytes: args.bytes,
    fileName: args.name,
    where: args.name,
    ...(before.length ? {} : { generate: {} }),
  });
  if (!job.ok) return job;
  const read = { ...job, value: job.value.source };
  if (before.length && mode === 'ask') {
    progress(3, 3, 'Done');
    return {
      ok: true,
      value: {
        refs: [],
        existing: before.map((d) => ({ ref: workspace.toRef(d.path), title: d.title })),
      },
      warnings: [],
    };
  }
  if (before.length) return updateAll(ctx, before, sourceId, read.value, progress);
  progress(1, 3, 'Making the decks');
  const { decks, copyName } = job.value.generated!;
  // A second import of the same reading gets "-2" folders rather than failing on the first.
  const placed = [];
  for (const generated of decks) {
    const slug = await freeName(workspace.root, generated.slug);
    placed.push({ ...generated, slug });
  }
  progress(2, 3, `Writing ${placed.length} deck${placed.length === 1 ? '' : 's'}`);
  const written = await writeGeneratedDecks(workspace.root, placed, {
    bytes: read.value.bytes,
    copyName,
    images: read.value.images,
  });
  if (!written.ok) return workspace.relativeResult(written);
  progress(3, 3, 'Done');
  return {
    ok: true,
    value: { refs: written.value.map((abs) => workspace.toRef(abs)) },
    warnings: workspace.relativize([...read.warnings, ...written.warnings]),
  };
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
    else
      updated.push({
        ref: workspace.toRef(r.value.path),
        title: r.value.title,
        stale: r.value.stale,
        unchanged: r.value.unchanged,
      });
  }
  progress(decks.length + 1, decks.length + 1, 'Done');
  if (!updated.length)
    return workspace.relativeResult({
      ok: false,
      problems: warnings.map((p) => ({ ...p, severity: 'error' as const })),
    });
  return {
    ok: true,
    value: { refs: updated.map((u) => u.ref), updated },
    warnings: workspace.relativize(warnings),
  };
}
