/**
 * One export from the editor, as state: the options asked for, the host's `progress` events
 * (task `export`) while it runs, then the outcome or the problems. Cancel asks the host to
 * stop the work (`export.cancel`), which closes its Chromium; the run then ends `cancelled`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArgsIn, LecternApi, ResultOf } from '../../../common/api/contract';
import type { Problem } from '../../../common/deck/problems';
import { inBackground } from '../failure/background';
import { errorMessage } from '../../../common/error-text';

export type ExportOptions = ArgsIn<'export.run'>['options'];
export type ExportOutcome = ResultOf<'export.run'>;

export type ExportState =
  | { phase: 'idle'; note?: string }
  | { phase: 'saving' }
  | { phase: 'running'; done: number; total: number; label: string; cancelling: boolean }
  | { phase: 'done'; outcome: Exclude<ExportOutcome, { kind: 'cancelled' }> }
  | { phase: 'failed'; problems: Problem[] };

export interface ExportControl {
  state: ExportState;
  /** Saves unsaved edits (the export reads the deck file), then exports. */
  start(options: ExportOptions): Promise<void>;
  cancel(): void;
  reset(): void;
}

/** Starts a browser download of `url` (the host serves it once, as an attachment). */
export function download(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * The export of `deckRef` through `api`. `save` writes unsaved edits first and says whether
 * that worked (false: the save's own message is already shown).
 */
export function useExport(
  api: LecternApi,
  deckRef: string,
  save: () => Promise<boolean>,
): ExportControl {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const running = useRef(false);
  /** Cancel was pressed before the host had started (while saving). */
  const stopAsked = useRef(false);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'progress' || event.payload.task !== 'export' || !running.current)
          return;
        const { done, total, label } = event.payload;
        // Once Cancel is pressed the bar keeps saying so; later steps would read as if it went on.
        setState((s) =>
          s.phase !== 'running'
            ? s
            : s.cancelling
              ? { ...s, done, total }
              : { ...s, done, total, label },
        );
      }),
    [api],
  );

  // Leaving the editor (or closing the dialog) mid-export stops the work on the host.
  useEffect(
    () => () => {
      if (running.current) inBackground('stop the export', api.export.cancel({ ref: deckRef }));
    },
    [api, deckRef],
  );

  const start = useCallback(
    async (options: ExportOptions) => {
      if (running.current) return;
      running.current = true;
      stopAsked.current = false;
      try {
        setState({ phase: 'saving' });
        if (!(await save())) {
          setState({
            phase: 'failed',
            problems: [
              {
                where: 'deck',
                what: 'was not saved, so it was not exported; see the message above the slides, save, and export again',
                severity: 'error',
              },
            ],
          });
          return;
        }
        if (stopAsked.current)
          return setState({ phase: 'idle', note: 'The export was cancelled; no file was made.' });
        setState({ phase: 'running', done: 0, total: 1, label: 'Starting', cancelling: false });
        const r = await api.export.run({ ref: deckRef, options });
        if (!r.ok) return setState({ phase: 'failed', problems: r.problems });
        if (r.value.kind === 'cancelled')
          return setState({ phase: 'idle', note: 'The export was cancelled; no file was made.' });
        if (r.value.kind === 'download') download(r.value.url, r.value.name);
        setState({ phase: 'done', outcome: r.value });
      } catch (e) {
        // Not a problem the host reported (those come back as results): still the dialog's to say.
        setState({
          phase: 'failed',
          problems: [
            {
              where: 'export',
              what: errorMessage(e),
              severity: 'error',
            },
          ],
        });
      } finally {
        running.current = false;
      }
    },
    [api, deckRef, save],
  );

  const cancel = useCallback(() => {
    if (!running.current) return;
    stopAsked.current = true;
    setState((s) => (s.phase === 'running' ? { ...s, cancelling: true, label: 'Cancelling' } : s));
    inBackground('stop the export', api.export.cancel({ ref: deckRef }));
  }, [api, deckRef]);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}
