/**
 * Exporting a deck (HTML, PDF). The export engineer replaces this placeholder with the call
 * into main/export; the contract's shape (`{ref, format, options}` → `{file}`) stays.
 */
import type { ArgsOut, ResultOf } from '../../common/api/contract';
import type { Result } from '../../common/deck/problems';
import { fail, type ServiceContext } from './context';

/** Exports the deck `args.ref`; not wired yet. */
export async function runExport(_ctx: ServiceContext, args: ArgsOut<'export.run'>): Promise<Result<ResultOf<'export.run'>>> {
  return fail(args.ref, `cannot be exported as ${args.format} yet: export is not available in this version`);
}
