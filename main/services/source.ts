/**
 * Importing a reading → one generated draft deck per thematic section.
 *
 * The importer (main/import) and the generator (common/generate) are being written in
 * parallel; until they exist this says so plainly rather than pretending to generate.
 */
import type { ArgsOut, ResultOf } from '../../common/api/contract';
import type { Result } from '../../common/deck/problems';
import { fail, type ServiceContext } from './context';

/** Generates decks from the reading `args.bytes`; not wired yet (see the module comment). */
export async function importSource(_ctx: ServiceContext, args: ArgsOut<'source.import'>): Promise<Result<ResultOf<'source.import'>>> {
  return fail(args.name, 'cannot be turned into decks yet: generating decks from a reading is not available in this version');
}
