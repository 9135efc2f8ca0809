/**
 * The host's menu commands (`app.command` events, see APP_COMMANDS in common/api/contract.ts)
 * delivered to whichever part of the UI can act on them. A view registers handlers for the
 * commands it understands (the editor: save, present, panels…; the library: new deck, import);
 * the app registers fallbacks (open a deck, theme, the shortcuts dialog). The browser edition
 * never sends these events, so there nothing happens; the editor's `?` key uses the same
 * path to open the shortcuts dialog.
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { AppCommandName, LecternApi, LecternEvent } from '../../../common/api/contract';

export type AppCommand = Extract<LecternEvent, { type: 'app.command' }>['payload'];
export type CommandHandlers = Partial<Record<AppCommandName, (command: AppCommand) => void>>;

type Layer = { readonly current: CommandHandlers };

/** Routes commands to the most recently mounted view that handles them, then to the app's fallbacks. */
export class CommandBus {
  private readonly views: Layer[] = [];
  private fallback: Layer | null = null;
  private pending: AppCommand | null = null;

  /** Registers a view's handlers; a command kept by `defer` is offered to them at once. */
  register(layer: Layer, asFallback = false): () => void {
    if (asFallback) this.fallback = layer;
    else this.views.push(layer);
    const kept = this.pending;
    if (kept && !asFallback && layer.current[kept.command]) {
      this.pending = null;
      layer.current[kept.command]!(kept);
    }
    return () => {
      if (asFallback) this.fallback = null;
      else this.views.splice(this.views.indexOf(layer), 1);
    };
  }

  /** Runs `command`; false when nothing handles it. */
  dispatch(command: AppCommand): boolean {
    for (let i = this.views.length - 1; i >= 0; i--) {
      const handler = this.views[i]!.current[command.command];
      if (handler) {
        handler(command);
        return true;
      }
    }
    const handler = this.fallback?.current[command.command];
    if (!handler) return false;
    handler(command);
    return true;
  }

  /** Keeps `command` for the next view that mounts and handles it (File > New from the editor goes to the library first). */
  defer(command: AppCommand): void {
    this.pending = command;
  }
}

const BusContext = createContext<CommandBus | null>(null);

/** Provides the bus and feeds it the host's `app.command` events. */
export function AppCommandsProvider({ api, children }: { api: LecternApi; children: ReactNode }) {
  const [bus] = useState(() => new CommandBus());
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'app.command') bus.dispatch(event.payload);
      }),
    [api, bus],
  );
  return <BusContext.Provider value={bus}>{children}</BusContext.Provider>;
}

/** The bus (to dispatch a command from the UI itself, or to defer one). */
export function useCommandBus(): CommandBus {
  const bus = useContext(BusContext);
  if (!bus) throw new Error('useCommandBus() outside <AppCommandsProvider>');
  return bus;
}

/** Handles the commands in `handlers` while the calling component is mounted. */
export function useAppCommands(
  handlers: CommandHandlers,
  options: { fallback?: boolean } = {},
): void {
  const bus = useCommandBus();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const fallback = options.fallback ?? false;
  useEffect(() => bus.register(latest, fallback), [bus, fallback]);
}
