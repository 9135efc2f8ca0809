/**
 * The text of a reading kept beside a deck, for the Source tab and the check: read from the
 * deck's folder (never outside it) by the importer, off the main thread with its limits, so
 * a .docx or a PDF shows its passages with the same sentence ids the deck was made with.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { MAX_UPLOAD_BYTES, type ArgsOut, type ResultOf } from '../../common/api/contract';
import type { Result } from '../../common/deck/problems';
import { readingTextOf } from '../../common/source/model';
import { importOffThread } from '../import/off-thread';
import { resolveAsset } from '../store/assets';
import { describeFsError } from '../store/read';
import { fail, ok, withDeck, type ServiceContext } from './context';

export async function readingText(
  ctx: ServiceContext,
  args: ArgsOut<'source.text'>,
): Promise<Result<ResultOf<'source.text'>>> {
  return withDeck(ctx, args.ref, async (abs) => {
    if (!args.path.startsWith('sources/'))
      return fail(args.path, "is not a reading in the deck's sources folder");
    const file = await resolveAsset(dirname(abs), args.path);
    if (!file.ok) return file;
    let bytes: Uint8Array;
    try {
      const st = await stat(file.value);
      if (!st.isFile()) return fail(args.path, 'is not a file');
      if (st.size > MAX_UPLOAD_BYTES) return fail(args.path, 'is larger than 50 MB');
      bytes = await readFile(file.value);
    } catch (e) {
      return fail(args.path, describeFsError(e, 'could not be read'));
    }
    const job = await importOffThread({ bytes, fileName: basename(args.path), where: args.path });
    return job.ok ? ok(readingTextOf(job.value.source.model)) : job;
  });
}
