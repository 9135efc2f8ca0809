/**
 * The workspace: the folder of decks a host works on. It turns deck refs (paths relative to
 * the folder, as the UI knows them) into absolute paths that provably stay inside it, and
 * turns absolute paths in problems back into relative ones, so the UI never sees where on
 * the disk the workspace is.
 */
import { mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { deckRefProblem, type LecternEvent } from '../../common/api/contract';
import { error, type Problem, type Result } from '../../common/deck/problems';
import { errorMessage } from '../../common/error-text';

export type EventListener = (event: LecternEvent) => void;

export class Workspace {
  /** The folder, with symlinks resolved. */
  readonly root: string;
  private readonly listeners = new Set<EventListener>();

  private constructor(root: string) {
    this.root = root;
  }

  /** Opens (creating it if needed) the workspace folder `folder`. */
  static async open(folder: string): Promise<Workspace> {
    const abs = resolve(folder);
    await mkdir(abs, { recursive: true });
    return new Workspace(await realpath(abs));
  }

  /** The folder's name, which the library shows as its heading. */
  get name(): string {
    return basename(this.root);
  }

  /**
   * The absolute path of the deck file `ref`, after checking the ref as text and, on the
   * disk, that the nearest existing folder on its way is inside the workspace (a symlinked
   * folder cannot lead out). The file itself may not exist yet.
   */
  async resolveRef(ref: string): Promise<Result<string>> {
    const problem = deckRefProblem(ref);
    if (problem)
      return { ok: false, problems: [error('ref', `"${ref.slice(0, 200)}" ${problem}`)] };
    const abs = join(this.root, ...ref.split('/'));
    let probe = abs;
    // Walk up to the nearest existing path and check where it really is.
    for (;;) {
      try {
        const real = await realpath(probe);
        if (real !== this.root && !real.startsWith(this.root + sep)) {
          return {
            ok: false,
            problems: [
              error(
                ref,
                'leads outside the workspace (through a link); open it from its own folder',
              ),
            ],
          };
        }
        return { ok: true, value: abs, warnings: [] };
      } catch {
        const up = dirname(probe);
        if (up === probe || !up.startsWith(this.root))
          return { ok: true, value: abs, warnings: [] };
        probe = up;
      }
    }
  }

  /** The ref of an absolute path inside the workspace (forward slashes). */
  toRef(abs: string): string {
    return relative(this.root, abs).split(sep).join('/');
  }

  /** Problems with the workspace's absolute location removed from their text. */
  relativize(problems: readonly Problem[], ...extraRoots: string[]): Problem[] {
    const roots = [this.root, ...extraRoots].flatMap((r) => [r + sep, r]);
    const strip = (text: string) => roots.reduce((t, r) => t.split(r).join(''), text);
    return problems.map((p) => ({
      ...p,
      where: strip(p.where) || '(the workspace)',
      what: strip(p.what),
    }));
  }

  /** Same as `relativize`, for a whole result. */
  relativeResult<T>(result: Result<T>, ...extraRoots: string[]): Result<T> {
    return result.ok
      ? { ...result, warnings: this.relativize(result.warnings, ...extraRoots) }
      : { ok: false, problems: this.relativize(result.problems, ...extraRoots) };
  }

  /** Subscribes to the workspace's events; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: LecternEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (e) {
        // One broken subscriber (a closed window, a dropped stream) must not stop the others.
        process.stderr.write(`lectern: event listener failed: ${errorMessage(e)}\n`);
      }
    }
  }
}
