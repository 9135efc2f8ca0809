/**
 * The one API contract between the UI and its host (Electron preload or the browser edition).
 *
 * Every method is a name → `{ args, result }` pair of zod schemas. The hosts validate `args`
 * with these schemas before any I/O; the TypeScript interface the UI codes against
 * (`LecternApi`) is derived from this map, so there is no second, hand-written copy of the
 * types to drift. Paths the UI sees are always deck refs relative to the workspace.
 */
import { z } from 'zod';
import { CslItem, Deck, DeckMeta, PAPER_SIZES, Slide } from '../deck/schema';
import { assetPathProblem } from '../deck/asset-path';
import { ProblemSchema, type Result } from '../deck/problems';

// A problem as a value, and its schema for the wire, are defined once in common/deck/problems.ts.
export { ProblemSchema };

export const DECK_EXTENSION = '.lectern';

/** The header the browser edition's HTTP client sends its token in, and the host checks. */
export const TOKEN_HEADER = 'x-lectern-token';

/** Why `value` is not a deck ref (a workspace-relative path to a `.lectern` file), or undefined. */
export function deckRefProblem(value: string): string | undefined {
  const textual = assetPathProblem(value);
  if (textual) return textual;
  if (!value.endsWith(DECK_EXTENSION)) return `must name a "${DECK_EXTENSION}" file`;
  if (value.split('/').some((part) => part.startsWith('.')))
    return 'may not point into a hidden folder or file (such as ".trash")';
  return undefined;
}

/**
 * A deck ref: the deck file's path relative to the workspace, with forward slashes, e.g.
 * `soviet-technology/soviet-technology.lectern`. The host resolves it and checks (with
 * realpath) that it stays inside the workspace; the UI never sees an absolute path.
 */
export const DeckRef = z.string().superRefine((value, ctx) => {
  const problem = deckRefProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** What a deck file looked like on disk when read or written; sent back on save to detect changes. */
export const Stamp = z.object({
  size: z.number().int().nonnegative(),
  mtimeMs: z.number().nonnegative(),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits'),
});

/** A file name the user picked (no folders), e.g. "map.png" or "reading.txt". */
export const FileName = z
  .string()
  .min(1, 'a file name is needed')
  .max(255, 'is longer than 255 characters')
  .regex(/^[^/\\\u0000-\u001f\u007f]+$/, 'must be a file name, without "/" or "\\"')
  .refine((s) => s !== '.' && s !== '..', 'must be a file name');

/** Up to 50 MB; an image or a reading larger than that is not something a slide needs. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/**
 * File contents: a Uint8Array (IPC carries it as is) or base64 text (JSON over HTTP; see
 * `jsonReplacer` in client-core.ts). Both arrive at the services as a Uint8Array.
 */
export const Bytes = z
  .union([
    z.instanceof(Uint8Array),
    z.base64().max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4, 'is larger than 50 MB'),
  ])
  .transform((v) => (typeof v === 'string' ? base64ToBytes(v) : v))
  .refine((b) => b.byteLength <= MAX_UPLOAD_BYTES, 'is larger than 50 MB');

/** A reading's text as the Source tab shows it: sections, paragraphs, sentences with ids and pages. */
const ReadingTextSchema = z.object({
  sections: z
    .array(
      z.object({
        id: z.string(),
        number: z.string().optional(),
        title: z.string(),
        paragraphs: z.array(
          z.object({
            id: z.string(),
            sentences: z.array(
              z.object({ id: z.string(), text: z.string(), page: z.string().optional() }),
            ),
          }),
        ),
      }),
    )
    .max(10_000),
});

/** A bibliography's entries: each with the key a lecturer picks it by, and its CSL data. */
const BibliographyEntries = z.array(z.object({ key: z.string().max(200), csl: CslItem })).max(5000);

/** A title a person typed: one line, not empty. */
const Title = z
  .string()
  .trim()
  .min(1, 'a deck needs a title')
  .max(200)
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'must be one line of text');

/** One card of the library. */
export const DeckEntry = z.object({
  ref: DeckRef,
  /** The deck's title, or the file name when the deck cannot be read. */
  title: z.string(),
  slideCount: z.number().int().nonnegative(),
  /** Last modification of the deck file, milliseconds since 1970 (UTC). */
  modified: z.number(),
  /** The deck's meta (theme, aspect ratio, …) for rendering the first slide; absent when invalid. */
  meta: DeckMeta.optional(),
  firstSlide: Slide.optional(),
  /** Why the deck cannot be opened; the library offers the backup or the recovery file. */
  error: z.array(ProblemSchema).optional(),
  hasRecovery: z.boolean(),
  hasBackup: z.boolean(),
});

const OpenResult = z.object({
  deck: Deck,
  stamp: Stamp,
  /** Written by a newer Lectern: saving is refused so nothing unknown is lost. */
  readOnly: z.boolean(),
  warnings: z.array(ProblemSchema),
  /** Unsaved work from a previous session, newer than the file; offered, never applied silently. */
  recovery: z.object({ savedAt: z.number(), deck: Deck }).optional(),
});

const SaveResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), stamp: Stamp }),
  /** The file changed on disk since `expected`; nothing was written. `disk` is what is there now (null: deleted). */
  z.object({ kind: z.literal('conflict'), disk: Stamp.nullable() }),
]);

export const EXPORT_FORMATS = ['html', 'pdf', 'pptx'] as const;
export const PDF_LAYOUTS = ['slides', 'notes', 'handouts'] as const;

/** What to export: the same options as `lectern export` (see main/export/types.ts). */
export const ExportOptionsSchema = z.discriminatedUnion('format', [
  /** `notes: false` is the student copy: no speaker notes in the file. */
  z.strictObject({ format: z.literal('html'), notes: z.boolean() }),
  z.strictObject({
    format: z.literal('pdf'),
    layout: z.enum(PDF_LAYOUTS),
    /** Slides per page of the handouts layout. */
    handouts: z.union([z.literal(3), z.literal(6)]),
    /** One page per build step of slides with fragments. */
    fragments: z.boolean(),
    /** Paper of notes and handouts pages; absent: the deck's setting, then the host's locale. */
    paper: z.enum(PAPER_SIZES).optional(),
  }),
  /** Editable PowerPoint, with speaker notes; build steps become one slide per step. */
  z.strictObject({ format: z.literal('pptx') }),
]);
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

/**
 * How an export reached the lecturer: `download` (browser edition; `url` serves the file once,
 * then it is gone), `saved` (desktop app; written where the lecturer chose and shown in the
 * file manager), or `cancelled` (the save dialog was dismissed or the export was stopped).
 */
const ExportResult = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('download'),
    url: z.string(),
    name: z.string(),
    size: z.number(),
    count: z.number(),
  }),
  z.object({ kind: z.literal('saved'), name: z.string(), size: z.number(), count: z.number() }),
  z.object({ kind: z.literal('cancelled') }),
]);

const empty = z.strictObject({});

/**
 * The method map. Args are strict objects: an unknown field is refused, not ignored.
 * Keys are `<area>.<verb>`; the UI sees them as `api.<area>.<verb>(args)`.
 */
export const contract = {
  'library.list': {
    args: empty,
    result: z.object({ workspace: z.string(), decks: z.array(DeckEntry) }),
  },
  'library.create': {
    args: z.strictObject({ title: Title }),
    result: z.object({ ref: DeckRef }),
  },
  'library.duplicate': {
    args: z.strictObject({ ref: DeckRef, title: Title.optional() }),
    result: z.object({ ref: DeckRef }),
  },
  'library.rename': {
    /** Sets the deck's title and renames its folder and file to match; returns the new ref. */
    args: z.strictObject({ ref: DeckRef, title: Title }),
    result: z.object({ ref: DeckRef }),
  },
  'library.trash': {
    /** Moves the deck's folder into the workspace's `.trash/`; nothing is deleted. */
    args: z.strictObject({ ref: DeckRef }),
    result: z.object({ trashedAs: z.string() }),
  },
  'deck.open': {
    args: z.strictObject({ ref: DeckRef }),
    result: OpenResult,
  },
  'deck.save': {
    args: z.strictObject({
      ref: DeckRef,
      deck: Deck,
      expected: Stamp,
      overwrite: z.boolean().optional(),
    }),
    result: SaveResult,
  },
  'deck.saveAs': {
    /** Writes `deck` as a new deck folder titled `title`, copying the assets and sources of `ref`. */
    args: z.strictObject({ ref: DeckRef, deck: Deck, title: Title }),
    result: z.object({ ref: DeckRef, stamp: Stamp }),
  },
  'deck.writeRecovery': {
    args: z.strictObject({ ref: DeckRef, deck: Deck }),
    result: z.object({ savedAt: z.number() }),
  },
  'deck.discardRecovery': {
    args: z.strictObject({ ref: DeckRef }),
    result: z.object({}),
  },
  'deck.openRecovery': {
    /**
     * Opens the unsaved work in the recovery file instead of the deck file (used when the deck
     * file cannot be read). `stamp` describes the deck file as it is, so saving replaces it.
     */
    args: z.strictObject({ ref: DeckRef }),
    result: OpenResult,
  },
  'deck.restoreBackup': {
    /** Swaps the deck file and its previous version (`.bak`), so nothing is lost, and opens the result. */
    args: z.strictObject({ ref: DeckRef }),
    result: OpenResult,
  },
  'asset.import': {
    /** Copies an image into the deck's `assets/` folder; returns the path to put in the deck. */
    args: z.strictObject({ ref: DeckRef, name: FileName, bytes: Bytes }),
    result: z.object({ path: z.string() }),
  },
  'source.import': {
    /**
     * Generates one draft deck per thematic section of a reading; returns their refs. When
     * decks drafted from a reading of the same name are already in the workspace, `existing`
     * says what to do: `ask` (the default) writes nothing and lists them in `existing`;
     * `update` gives those decks the new reading, marking each slide whose sentences changed
     * or vanished (`updated`); `copies` drafts new decks beside them.
     */
    args: z.strictObject({
      name: FileName,
      bytes: Bytes,
      existing: z.enum(['ask', 'update', 'copies']).optional(),
    }),
    result: z.object({
      refs: z.array(DeckRef),
      /** With `ask`: the decks drafted before from this reading, none written. */
      existing: z.array(z.object({ ref: DeckRef, title: z.string() })).optional(),
      /** With `update`: each deck given the new reading, and how many of its slides are marked for review. */
      updated: z
        .array(
          z.object({
            ref: DeckRef,
            title: z.string(),
            stale: z.number().int().nonnegative(),
            unchanged: z.boolean(),
          }),
        )
        .optional(),
    }),
  },
  'source.text': {
    /**
     * The text of a reading kept in the deck's folder (`path`, e.g. `sources/reading.pdf`),
     * read by the importer's own reader, so its sentence ids are the deck's provenance: for
     * the Source tab and the check, for readings the page cannot parse itself (.docx, .pdf).
     */
    args: z.strictObject({ ref: DeckRef, path: z.string().min(1).max(1024) }),
    result: ReadingTextSchema,
  },
  'bibliography.read': {
    /**
     * Reads a bibliography a reference manager exported (BibTeX .bib, RIS .ris, CSL-JSON .json)
     * into its entries, each with a key and its CSL data, for the UI to link the deck's works
     * to (`reference/link`). With `keepFor`, a bibliography that reads is also kept in that
     * deck's folder (`sources/bibliography.<ext>`, replacing the one kept before), so the
     * References tab offers its entries again next time; `kept` says whether that worked.
     */
    args: z.strictObject({ name: FileName, bytes: Bytes, keepFor: DeckRef.optional() }),
    result: z.object({ entries: BibliographyEntries, kept: z.boolean() }),
  },
  'bibliography.kept': {
    /**
     * The bibliography kept in the deck's folder by an earlier `bibliography.read`: its file
     * name and entries, or `name: null` and no entries when the deck keeps none.
     */
    args: z.strictObject({ ref: DeckRef }),
    result: z.object({ name: z.string().nullable(), entries: BibliographyEntries }),
  },
  'workspace.folders': {
    /**
     * The folders inside `path` (an absolute folder; the user's home when absent), to choose a
     * workspace from: names only, hidden ones left out, `parent` null at the top of the disk.
     */
    args: z.strictObject({ path: z.string().max(4096).optional() }),
    result: z.object({
      path: z.string(),
      parent: z.string().nullable(),
      folders: z.array(z.object({ name: z.string(), path: z.string(), decks: z.boolean() })),
    }),
  },
  'workspace.open': {
    /** Makes the folder `path` the workspace (made if missing) and remembers it for the next start. */
    args: z.strictObject({ path: z.string().min(1).max(4096) }),
    result: z.object({ workspace: z.string() }),
  },
  'app.setDocumentState': {
    /**
     * The UI tells its host which deck the window shows and whether it has unsaved changes.
     * The desktop app uses it for the window title and to ask before closing or quitting;
     * the browser edition accepts and ignores it (the page's `beforeunload` asks there).
     */
    args: z.strictObject({
      ref: DeckRef.nullable(),
      title: z.string().max(200),
      dirty: z.boolean(),
    }),
    result: z.object({}),
  },
  'present.openWindows': {
    /**
     * Asks the host to present `ref` in windows of its own: the audience view full screen on
     * the room's display and the speaker view on the lecturer's (with one display, the
     * speaker view waits to be toggled with S, unless `speaker` asks for it at once).
     * `{handled: false}` when the host has no such windows (the browser edition): the UI
     * then presents in its own window and opens the speaker view with `window.open`.
     */
    args: z.strictObject({
      ref: DeckRef,
      start: z.number().int().nonnegative().max(100_000),
      speaker: z.boolean().optional(),
    }),
    result: z.object({ handled: z.boolean() }),
  },
  'export.run': {
    /**
     * Exports the saved deck `ref` (HTML or PDF), sending `progress` events with task
     * `export`. One export per deck at a time; `export.cancel` stops it.
     */
    args: z.strictObject({ ref: DeckRef, options: ExportOptionsSchema }),
    result: ExportResult,
  },
  'export.cancel': {
    /** Stops the running export of `ref` (its Chromium is closed, no file is left); false when none ran. */
    args: z.strictObject({ ref: DeckRef }),
    result: z.object({ cancelled: z.boolean() }),
  },
} as const;

/**
 * Commands from the desktop app's native menus (and its file handling) to the UI, sent as
 * the `app.command` event. Zoom, cut/copy/paste, About and Quit are handled natively and are
 * not sent. Undo and Redo are sent as `edit.undo` / `edit.redo` when chosen from the menu
 * (their keys reach the page only, so the deck's history is never applied twice). `deck.open` carries the `ref` to open (from File > Open…, Open Recent, a file
 * double-clicked in the OS or given on the command line); `file.save` is also sent when the
 * lecturer chose Save in the unsaved-changes prompt: the host then waits for
 * `app.setDocumentState({dirty: false})`, or for that save to fail.
 */
export const APP_COMMANDS = [
  'file.new',
  'file.importReading',
  'file.save',
  'file.saveAs',
  'file.export',
  'file.deckSettings',
  'file.close',
  'edit.undo',
  'edit.redo',
  'deck.open',
  'view.togglePanel',
  'view.theme',
  'present.fromStart',
  'present.fromCurrent',
  'present.speakerView',
  'help.shortcuts',
] as const;
export const APP_PANELS = ['slides', 'inspector', 'source', 'check'] as const;
export const APP_THEMES = ['system', 'light', 'dark'] as const;
export type AppCommandName = (typeof APP_COMMANDS)[number];

/** Events the host sends to the UI. */
export const events = {
  /** An open deck's file changed on disk: another program, or a save from another page. */
  'deck.changedOnDisk': z.object({ ref: DeckRef, stamp: Stamp.nullable() }),
  /**
   * The page lost its host (`connected: false`: a call failed or the event stream dropped) or
   * has it back. Sent by the browser edition's client itself, which reconnects by itself; an
   * Electron window never loses its host, so it never sees one. `refused`: the host is there
   * but no longer takes this page's token (restarted with `--new-token`).
   */
  connection: z.object({ connected: z.boolean(), refused: z.boolean().optional() }),
  /**
   * The host moved to another workspace ("Open folder…", from this page or another): the
   * library lists the new folder, and a deck open from the old one is no longer the host's.
   */
  'workspace.changed': z.object({ workspace: z.string() }),
  /** Progress of a long task (an import, an export). */
  progress: z.object({ task: z.string(), done: z.number(), total: z.number(), label: z.string() }),
  /** A menu command for the UI (see APP_COMMANDS); `ref` with `deck.open`, `panel` and `theme` with the View commands. */
  'app.command': z.object({
    command: z.enum(APP_COMMANDS),
    ref: DeckRef.optional(),
    panel: z.enum(APP_PANELS).optional(),
    theme: z.enum(APP_THEMES).optional(),
  }),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type EventName = keyof typeof events;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** What a caller passes (before defaults and transforms). */
export type ArgsIn<M extends MethodName> = z.input<Contract[M]['args']>;
/** What a service receives (after validation). */
export type ArgsOut<M extends MethodName> = z.output<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = z.output<Contract[M]['result']>;

/** Every result: a value (plus warnings) or the problems that stopped it (the one `Result`). */
export type ApiResult<T> = Result<T>;

export type LecternEvent = {
  [E in EventName]: { type: E; payload: z.output<(typeof events)[E]> };
}[EventName];

type AreaOf<K> = K extends `${infer A}.${string}` ? A : never;
type VerbOf<K, A extends string> = K extends `${A}.${infer V}` ? V : never;
type Method<M extends MethodName> =
  Record<string, never> extends ArgsIn<M>
    ? (args?: ArgsIn<M>) => Promise<ApiResult<ResultOf<M>>>
    : (args: ArgsIn<M>) => Promise<ApiResult<ResultOf<M>>>;

/** The calls: `api.library.list()`, `api.deck.open({ ref })`, … */
export type LecternCalls = {
  [A in AreaOf<MethodName>]: {
    [V in VerbOf<MethodName, A>]: Method<Extract<`${A}.${V}`, MethodName>>;
  };
};

/** The interface the UI codes against; the host supplies it (preload or HTTP client). */
export interface LecternApi extends LecternCalls {
  /** Subscribes to host events; returns the unsubscribe function. */
  onEvent(listener: (event: LecternEvent) => void): () => void;
  /** A URL the UI can put in `<img src>` for `rel` (an asset path) inside the deck `ref`. */
  assetUrl(ref: string, rel: string): string;
}

/** Splits `library.list` into `['library', 'list']`. */
export function splitMethod(name: MethodName): [string, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}

/** True when `name` is one of the contract's methods (own key, not a prototype name). */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Base64 text → bytes (the text was already checked by the schema). No Node, no DOM needed. */
export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const c of clean) {
    value = (value << 6) | (B64_INDEX.get(c) ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** Bytes → base64 text, for sending file contents as JSON. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out +=
      B64[(n >> 18) & 63]! +
      B64[(n >> 12) & 63]! +
      (b === undefined ? '=' : B64[(n >> 6) & 63]!) +
      (c === undefined ? '=' : B64[n & 63]!);
  }
  return out;
}
