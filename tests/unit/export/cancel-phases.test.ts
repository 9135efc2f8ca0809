/**
 * Cancelling an export at every step it goes through, on a real deck with the real Chromium:
 * reading, rendering, while Chromium launches, while the service waits for it, at each of the
 * printer's Playwright calls (opening the context and the page, loading the slides, the fonts,
 * printing) and while the file is written. Each time `export.run` answers "cancelled" at once
 * (well inside the service's backstop), no file is left, nothing is handed over, and no
 * Chromium outlives the export. Cancelling while the page opens used to hang for ever:
 * Playwright's `newPage()` never settles once its context is closed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LecternEvent } from '../../../common/api/contract';
import { playwrightPrinter, type PrintStep } from '../../../main/export/playwright-printer';
import { openBackend, type Backend } from '../../../main/services';
import {
  CANCEL_GRACE_MS,
  cancelExport,
  runExport,
  setExportDelivery,
} from '../../../main/services/export';
import { findChromium } from '../../../main/platform/chromium';
import { sampleDeck, writeDeck } from '../web/helpers';

let dir: string;
let backend: Backend;
let ref: string;
const SLIDES = 40;
const PDF = { format: 'pdf', layout: 'notes', handouts: 3, fragments: false } as const;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-cancel-'));
  ref = await writeDeck(join(dir, 'workspace'), 'course', sampleDeck('Course', SLIDES));
  backend = await openBackend(join(dir, 'workspace'));
});
afterAll(async () => {
  backend?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Where in an export to press Cancel: as a progress label is shown, as a printer step starts, or as Chromium is asked to launch. */
type Trigger = { label: RegExp } | { step: PrintStep } | { launch: true };

/** The command lines of this process's descendants that are Chromium. */
function chromiumChildren(): string[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m);
  const mine = new Set([process.pid]);
  const found: string[] = [];
  for (let grew = true; grew;) {
    grew = false;
    for (const [, pid, ppid, args] of rows) {
      if (mine.has(Number(ppid)) && !mine.has(Number(pid))) {
        mine.add(Number(pid));
        if (/chrom/i.test(args!)) found.push(args!);
        grew = true;
      }
    }
  }
  return found;
}

/** Every file under `root` (none when it does not exist). */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

interface Run {
  result: Awaited<ReturnType<typeof runExport>>;
  /** Milliseconds from pressing Cancel to the answer (undefined when Cancel was never pressed). */
  afterCancel: number | undefined;
  labels: string[];
  steps: PrintStep[];
  delivered: string[];
  out: string;
}

/** Exports the course deck as PDF into a fresh folder, pressing Cancel at `trigger` (never, when undefined). */
async function exportCancelledAt(trigger: Trigger | undefined): Promise<Run> {
  const ctx = backend.ctx;
  const out = await mkdtemp(join(dir, 'out-'));
  const labels: string[] = [];
  const steps: PrintStep[] = [];
  const delivered: string[] = [];
  let cancelledAt: number | undefined;
  let cancelling: ReturnType<typeof cancelExport> | undefined;
  // Synchronous, like a click that lands while that step is under way; its answer is awaited below.
  const cancel = () => {
    if (cancelledAt !== undefined) return;
    cancelledAt = performance.now();
    cancelling = cancelExport(ctx, { ref });
  };
  setExportDelivery(ctx, {
    choose: async (name) => join(out, name),
    deliver: async (file) => (
      delivered.push(file.path),
      { kind: 'saved', name: file.name, size: file.size, count: file.count }
    ),
    printer: () => {
      const launching = playwrightPrinter(findChromium, {
        onStep: (step) => {
          steps.push(step);
          if (trigger && 'step' in trigger && trigger.step === step) cancel();
        },
      });
      if (trigger && 'launch' in trigger) cancel();
      return launching;
    },
  });
  const stop = ctx.workspace.onEvent((e: LecternEvent) => {
    if (e.type !== 'progress' || e.payload.task !== 'export') return;
    labels.push(e.payload.label);
    if (trigger && 'label' in trigger && trigger.label.test(e.payload.label)) cancel();
  });
  try {
    const result = await runExport(ctx, { ref, options: PDF });
    const cancelAnswer = await cancelling;
    if (cancelAnswer && !cancelAnswer.ok)
      throw new Error(
        `cancelExport answered with problems: ${JSON.stringify(cancelAnswer.problems)}`,
      );
    return {
      result,
      afterCancel: cancelledAt === undefined ? undefined : performance.now() - cancelledAt,
      labels,
      steps,
      delivered,
      out,
    };
  } finally {
    stop();
  }
}

const PHASES: [string, Trigger][] = [
  ['reading the deck', { label: /^Reading the deck$/ }],
  ['rendering the slides', { label: /^Rendering \d+ slides$/ }],
  ['Chromium launching', { launch: true }],
  ['waiting for Chromium to start', { label: /^Starting Chromium$/ }],
  ['opening the print context', { step: 'context' }],
  ['opening the page', { step: 'page' }],
  ['loading the slides into the page', { step: 'content' }],
  ['waiting for the fonts', { step: 'fonts' }],
  ['printing', { step: 'pdf' }],
  ['writing the file', { label: /^Writing the file$/ }],
];

describe('cancelling a PDF export', () => {
  it('an export left alone goes through every phase the cancels below aim at', async () => {
    const run = await exportCancelledAt(undefined);
    expect(run.result).toMatchObject({
      ok: true,
      value: { kind: 'saved', name: 'course-notes.pdf', count: SLIDES },
    });
    expect(run.steps).toEqual(['context', 'page', 'content', 'fonts', 'pdf']);
    for (const [, trigger] of PHASES)
      if ('label' in trigger) expect(run.labels.some((l) => trigger.label.test(l))).toBe(true);
    expect(await filesUnder(run.out)).toEqual([join(run.out, 'course-notes.pdf')]);
    expect(chromiumChildren()).toEqual([]);
  });

  for (const [phase, trigger] of PHASES) {
    it(`cancelled while ${phase}: answers "cancelled" at once, leaves no file and no Chromium`, async () => {
      const run = await exportCancelledAt(trigger);
      expect(run.afterCancel, 'Cancel was pressed in that phase').toBeDefined();
      expect(run.result).toMatchObject({ ok: true, value: { kind: 'cancelled' } });
      // Not rescued by the service's backstop, which answers only after CANCEL_GRACE_MS (a
      // loaded machine takes seconds to close Chromium, so no tighter bound is asserted).
      expect(run.afterCancel!).toBeLessThan(CANCEL_GRACE_MS * 0.9);
      expect(run.labels.at(-1)).toBe('Cancelled');
      expect(run.delivered).toEqual([]);
      expect(await filesUnder(run.out)).toEqual([]);
      await expect.poll(chromiumChildren, { timeout: 5_000 }).toEqual([]);
      // A late write would show up now; none may.
      await new Promise((r) => setTimeout(r, 300));
      expect(await filesUnder(run.out)).toEqual([]);
      expect(await cancelExport(backend.ctx, { ref })).toMatchObject({
        ok: true,
        value: { cancelled: false },
      });
    });
  }

  it('after a cancel while the page opened, the next export of the deck works', async () => {
    const cancelled = await exportCancelledAt({ step: 'page' });
    expect(cancelled.result).toMatchObject({ ok: true, value: { kind: 'cancelled' } });
    const run = await exportCancelledAt(undefined);
    expect(run.result).toMatchObject({ ok: true, value: { kind: 'saved', count: SLIDES } });
    expect(await filesUnder(run.out)).toEqual([join(run.out, 'course-notes.pdf')]);
  });
});
