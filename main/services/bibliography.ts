/** A bibliography file from the UI (bytes) read into entries; nothing is written. */
import type { ArgsOut, ResultOf } from '../../common/api/contract';
import type { Result } from '../../common/deck/problems';
import { readBibliography } from '../import/bibliography';
import { fail } from './context';

export async function readBibliographyBytes(
  args: ArgsOut<'bibliography.read'>,
): Promise<Result<ResultOf<'bibliography.read'>>> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(args.bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail(args.name, 'is not text in UTF-8: export the bibliography again as UTF-8');
  }
  const read = await readBibliography(text, args.name);
  return read.ok ? { ok: true, value: { entries: read.value }, warnings: read.warnings } : read;
}
