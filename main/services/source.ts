/**
 * Importing a reading → one generated draft deck per thematic section, written into the
 * workspace (each deck folder with its copy of the reading under `sources/`). The reading
 * arrives as bytes from the UI; parsing and generation are main/import's and common/generate's.
 */
import type { ArgsOut, ResultOf } from '../../common/api/contract';
import type { Result } from '../../common/deck/problems';
import { decksFor } from '../import/generate';
import { parseSourceBytes } from '../import/read-source';
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
