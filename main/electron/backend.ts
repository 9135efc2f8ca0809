/**
 * The workspace the desktop app works on, which can change while it runs: a deck opened from
 * outside the current workspace (double-clicked, dragged onto the dock, named on the command
 * line) brings its own folder as the workspace. IPC handlers and protocols hold this object,
 * never a particular backend, so they always reach the current one.
 */
import {
  METHOD_NAMES,
  type ApiResult,
  type ArgsOut,
  type MethodName,
  type ResultOf,
} from '../../common/api/contract';
import { openBackend, type Backend, type ServiceContext, type Services } from '../services';
import { openWorkspaceFolder } from '../services/folders';

export class BackendHolder {
  /** Services that always call the current backend's. */
  readonly services: Services;
  private stopForwarding: () => void;

  constructor(
    private current: Backend,
    /** Subscribes the windows to a workspace's events; returns the unsubscribe function. */
    private readonly forward: (backend: Backend) => () => void,
    private readonly open: (folder: string) => Promise<Backend> = openBackend,
    /** Called after "Open folder…" moved the app to the workspace `root` (to remember it). */
    private readonly onSwitched: (root: string) => void | Promise<void> = () => undefined,
  ) {
    this.stopForwarding = forward(current);
    const services: Partial<Record<MethodName, (args: never) => unknown>> = {};
    for (const method of METHOD_NAMES) {
      services[method] = (args: never) =>
        (this.current.services[method] as (a: never) => unknown)(args);
    }
    // "Open folder…" is the holder's: it owns which workspace is current.
    services['workspace.open'] = (args: ArgsOut<'workspace.open'>) => this.openFolder(args.path);
    this.services = services as Services;
  }

  private async openFolder(path: string): Promise<ApiResult<ResultOf<'workspace.open'>>> {
    const opened = await openWorkspaceFolder(path, this.open);
    if (!opened.ok) return opened;
    this.adopt(opened.value);
    this.current.ctx.workspace.emit({
      type: 'workspace.changed',
      payload: { workspace: this.current.ctx.workspace.name },
    });
    await this.onSwitched(this.root);
    return { ok: true, value: { workspace: this.current.ctx.workspace.name }, warnings: [] };
  }

  /** The current service context (the asset protocol resolves against it). */
  get ctx(): ServiceContext {
    return this.current.ctx;
  }

  /** The current workspace folder (symlinks resolved). */
  get root(): string {
    return this.current.ctx.workspace.root;
  }

  /** Moves to the workspace `folder`; the old one stops watching and forwarding. */
  async switchTo(folder: string): Promise<void> {
    this.adopt(await this.open(folder));
  }

  /** Makes `next` the current backend; the old one stops watching and forwarding. */
  private adopt(next: Backend): void {
    this.stopForwarding();
    this.current.close();
    this.current = next;
    this.stopForwarding = this.forward(next);
  }

  close(): void {
    this.stopForwarding();
    this.current.close();
  }
}
