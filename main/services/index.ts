/**
 * The host-independent implementation of the API contract. Both hosts (the Electron main
 * process and the browser edition's HTTP server) call `dispatch`, which validates the
 * arguments with the contract's schema before any I/O and then calls the one service for
 * the method. A test through one host therefore exercises the file handling of the other.
 */
import {
  contract,
  isMethodName,
  type ApiResult,
  type ArgsOut,
  type MethodName,
  type ResultOf,
} from '../../common/api/contract';
import { argProblems } from '../../common/api/arg-problems';
import { error, type Problem } from '../../common/deck/problems';
import { OFF_THREAD_BYTES } from '../store/read';
import { prepareSaveOffThread } from '../store/save-off-thread';
import { SerializedDeck } from '../store/serialized-deck';
import { ServiceContext } from './context';
import {
  dropJournal,
  openDeck,
  openRecovery,
  restoreBackup,
  save,
  saveAs,
  writeJournal,
  type SaveArgs,
} from './deck';
import { importAssetBytes } from './assets';
import { cancelExport, runExport } from './export';
import { createInLibrary, duplicateDeck, listDecks, renameDeck, trashDeck } from './library';
import { listFolders } from './folders';
import { importSource } from './source';
import { keptBibliography, readBibliographyBytes } from './bibliography';
import { readingText } from './source-text';
import { Workspace } from './workspace';
import type { HostFeatures } from './host-features';
import type { WatchOptions } from './watcher';
import { errorDetail } from '../../common/error-text';

export { ServiceContext } from './context';
export type { HostFeatures } from './host-features';
export { Workspace } from './workspace';
export { assetFile, assetMissing, parseAssetAddress } from './assets';

/** What a method's service takes: its validated arguments; a save's deck may come serialized. */
export type ServiceArgs<M extends MethodName> = M extends 'deck.save' ? SaveArgs : ArgsOut<M>;

/** One implementation per contract method; the compiler checks none is missing or mistyped. */
export type Services = {
  [M in MethodName]: (args: ServiceArgs<M>) => Promise<ApiResult<ResultOf<M>>>;
};

/** The services over `ctx`. */
export function createServices(ctx: ServiceContext): Services {
  return {
    'library.list': () => listDecks(ctx),
    'library.create': (args) => createInLibrary(ctx, args),
    'library.duplicate': (args) => duplicateDeck(ctx, args),
    'library.rename': (args) => renameDeck(ctx, args),
    'library.trash': (args) => trashDeck(ctx, args),
    'deck.open': (args) => openDeck(ctx, args),
    'deck.openRecovery': (args) => openRecovery(ctx, args),
    'deck.save': (args) => save(ctx, args),
    'deck.saveAs': (args) => saveAs(ctx, args),
    'deck.writeRecovery': (args) => writeJournal(ctx, args),
    'deck.discardRecovery': (args) => dropJournal(ctx, args),
    'deck.restoreBackup': (args) => restoreBackup(ctx, args),
    'asset.import': (args) => importAssetBytes(ctx, args),
    'source.import': (args) => importSource(ctx, args),
    'source.text': (args) => readingText(ctx, args),
    'bibliography.read': (args) => readBibliographyBytes(ctx, args),
    'bibliography.kept': (args) => keptBibliography(ctx, args),
    'export.run': (args) => runExport(ctx, args),
    'export.cancel': (args) => cancelExport(ctx, args),
    'workspace.folders': (args) => listFolders(args),
    // Switching is the host's: it holds the workspace (main/web/server.ts, main/electron/main.ts).
    'workspace.open': async () => ({
      ok: false,
      problems: [
        error(
          'workspace',
          'this host cannot change its workspace; start it with --workspace <folder>',
        ),
      ],
    }),
    // The desktop app replaces this per window (main/electron/documents.ts); elsewhere there is nothing to track.
    'app.setDocumentState': async () => ({ ok: true, value: {}, warnings: [] }),
    // Only the desktop app has windows of its own to present in (main/electron/presentation-windows.ts).
    'present.openWindows': async () => ({ ok: true, value: { handled: false }, warnings: [] }),
  };
}

/** A workspace, its context and its services, ready for a host. */
export interface Backend {
  ctx: ServiceContext;
  services: Services;
  close(): void;
}

export interface BackendOptions {
  /** How the watcher of open decks polls (tests shorten it). */
  watch?: WatchOptions;
  /** What the host adds: where exports go. */
  host?: HostFeatures;
}

/** Opens `folder` as the workspace and builds the services over it, with what the host adds. */
export async function openBackend(folder: string, options: BackendOptions = {}): Promise<Backend> {
  // A copy per workspace: a test swapping one workspace's delivery leaves the others alone.
  const ctx = new ServiceContext(await Workspace.open(folder), options.watch, { ...options.host });
  return { ctx, services: createServices(ctx), close: () => ctx.close() };
}

/** The outcome of a dispatched call: `invalid` when the request itself was wrong (HTTP 400). */
export type Dispatched =
  | { status: 'done'; result: ApiResult<unknown> }
  | { status: 'invalid'; result: { ok: false; problems: Problem[] } };

/**
 * Validates `rawArgs` for `method` and calls its service. Never throws: an unknown method or
 * bad arguments are `invalid` with problems naming the field; a bug in a service is a
 * problem saying so (its stack goes to stderr, not to the UI).
 */
export async function dispatch(
  services: Services,
  method: string,
  rawArgs: unknown,
): Promise<Dispatched> {
  if (!isMethodName(method))
    return invalid([error('method', `"${method.slice(0, 100)}" is not a Lectern API method`)]);
  return call(services, method, rawArgs);
}

async function call<M extends MethodName>(
  services: Services,
  method: M,
  rawArgs: unknown,
): Promise<Dispatched> {
  const parsed = contract[method].args.safeParse(rawArgs ?? {});
  if (!parsed.success) return invalid(argProblems(parsed.error.issues));
  // The parsed value has the method's validated argument type; TS cannot follow M through the map.
  const service = services[method] as (args: unknown) => Promise<ApiResult<unknown>>;
  return run(method, () => service(parsed.data));
}

/**
 * `dispatch` for arguments that arrive as JSON text (the browser edition's request body). A
 * save of a big deck is parsed, validated and serialized on a worker thread: in place that
 * stops the host answering anyone else for most of a second (issue 15). Small requests, and
 * any where no worker can run, are parsed here and dispatched as usual. Never throws.
 */
export async function dispatchJson(
  services: Services,
  method: string,
  text: string,
): Promise<Dispatched> {
  // The body is compact JSON, about half the size of the deck file it saves.
  if (method === 'deck.save' && text.length >= OFF_THREAD_BYTES) {
    const prepared = await prepareSaveOffThread(text);
    if (prepared && !prepared.ok) return invalid(prepared.problems);
    if (prepared) {
      const deck = SerializedDeck.received(prepared.bytes);
      return run(method, () => services['deck.save']({ ...prepared.args, deck }));
    }
  }
  let args: unknown;
  try {
    args = text.length ? JSON.parse(text) : {};
  } catch {
    return invalid([error('body', 'is not valid JSON')]);
  }
  return dispatch(services, method, args);
}

function invalid(problems: Problem[]): Dispatched {
  return { status: 'invalid', result: { ok: false, problems } };
}

/** Calls a service; a bug in it is a problem saying so, and its stack goes to stderr. */
async function run(
  method: MethodName,
  service: () => Promise<ApiResult<unknown>>,
): Promise<Dispatched> {
  try {
    return { status: 'done', result: await service() };
  } catch (e) {
    process.stderr.write(`lectern: ${method} failed: ${errorDetail(e)}\n`);
    return {
      status: 'done',
      result: {
        ok: false,
        problems: [
          error(
            method,
            'failed unexpectedly; the details are in the log. Your files were not changed by this request.',
          ),
        ],
      },
    };
  }
}
