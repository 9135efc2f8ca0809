/**
 * `export.run` / `export.cancel` through the browser edition's host on real files: the export
 * is offered once at a token-guarded download address and then deleted; a cancel stops the
 * printer and leaves no file; bad options, an invalid deck, no Chromium and an unwritable
 * target each come back as problems that say what to do.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LecternEvent } from '../../../common/api/contract';
import { NoChromiumError, type PdfPrinter } from '../../../main/export/printer';
import { setExportDelivery, type ExportDelivery } from '../../../main/services/export';
import { api, raw, startFixture, type Fixture } from './helpers';

let fx: Fixture;
beforeEach(async () => {
  fx = await startFixture();
});
afterEach(async () => {
  await fx.cleanup();
});

const REF = 'five-year-plan/five-year-plan.lectern';
type Outcome = { kind: string; url?: string; name?: string; count?: number };

/** A delivery that writes under the fixture folder and uses `printer` for PDFs. */
function delivery(
  printer: () => Promise<PdfPrinter>,
  target = (name: string) => join(fx.dir, 'out', name),
): ExportDelivery & { delivered: string[] } {
  const delivered: string[] = [];
  return {
    delivered,
    choose: async (name) => target(name),
    deliver: async (file) => (
      delivered.push(file.path),
      { kind: 'saved', name: file.name, size: file.size, count: file.count }
    ),
    printer,
  };
}

describe('export through the browser edition', () => {
  it('offers the HTML export once, as an attachment, with the token', async () => {
    const events: LecternEvent[] = [];
    fx.host.backend.ctx.workspace.onEvent((e) => events.push(e));
    const r = await api<Outcome>(fx.host, 'export.run', {
      ref: REF,
      options: { format: 'html', notes: false },
    });
    expect(r.body.ok).toBe(true);
    expect(r.body.value).toMatchObject({
      kind: 'download',
      name: 'five-year-plan-student.html',
      count: 3,
    });
    const url = r.body.value.url!;
    expect(url).toMatch(/^\/download\/[A-Za-z0-9_-]{22}\?token=/);

    const path = url.slice(0, url.indexOf('?'));
    expect((await raw(fx.host, 'GET', path)).status).toBe(401);
    const got = await raw(fx.host, 'GET', url);
    expect(got.status).toBe(200);
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="five-year-plan-student.html"; filename*=UTF-8''five-year-plan-student.html`,
    );
    expect(got.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = got.body.toString('utf8');
    for (let i = 1; i <= 3; i++) expect(html).toContain(`The Five-Year Plan, slide ${i}`);

    // Served once, then gone from the disk too.
    expect((await raw(fx.host, 'GET', url)).status).toBe(404);
    const progress = events.flatMap((e) =>
      e.type === 'progress' && e.payload.task === 'export' ? [e.payload] : [],
    );
    expect(progress[0]).toMatchObject({ done: 0, label: 'Reading the deck' });
    expect(progress.at(-1)).toMatchObject({ done: 1, total: 1, label: 'Finished' });
    expect(progress.map((p) => p.done / p.total)).toEqual(
      [...progress.map((p) => p.done / p.total)].sort((a, b) => a - b),
    );
  });

  it('refuses options that are not an export', async () => {
    const r = await api(fx.host, 'export.run', { ref: REF, options: { format: 'docx' } });
    expect(r.status).toBe(400);
    const bad = await api(fx.host, 'export.run', {
      ref: REF,
      options: { format: 'pdf', layout: 'handouts', handouts: 4, fragments: false },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0]!.where).toBe('options.handouts');
  });

  it('an invalid deck is not exported, with what to do', async () => {
    await mkdir(join(fx.workspace, 'broken'), { recursive: true });
    await writeFile(
      join(fx.workspace, 'broken', 'broken.lectern'),
      '{"format": "lectern-deck", "version": 1, "slides": [',
    );
    const r = await api(fx.host, 'export.run', {
      ref: 'broken/broken.lectern',
      options: { format: 'html', notes: true },
    });
    expect(r.body.ok).toBe(false);
    expect(r.body.problems[0]!.what).toMatch(
      /does not open without errors\. Open it, fix what is listed, save, and export again/,
    );
  });

  it('cancel stops the printing, closes the printer and leaves no file', async () => {
    let closed = 0;
    let printing!: () => void;
    const started = new Promise<void>((resolve) => (printing = resolve));
    const slow: PdfPrinter = {
      // Prints until aborted, as a long Chromium job would.
      print: (_doc, signal) =>
        new Promise((_resolve, reject) => {
          printing();
          signal?.addEventListener('abort', () =>
            reject(new Error('Target page, context or browser has been closed')),
          );
        }),
      close: async () => void closed++,
    };
    const d = delivery(async () => slow);
    setExportDelivery(fx.host.backend.ctx, d);
    const running = api<Outcome>(fx.host, 'export.run', {
      ref: REF,
      options: { format: 'pdf', layout: 'slides', handouts: 3, fragments: false },
    });
    await started;
    const again = await api(fx.host, 'export.run', {
      ref: REF,
      options: { format: 'html', notes: true },
    });
    expect(again.body.problems[0]!.what).toMatch(/already being exported/);
    expect(
      (await api<{ cancelled: boolean }>(fx.host, 'export.cancel', { ref: REF })).body.value
        .cancelled,
    ).toBe(true);
    const r = await running;
    expect(r.body).toMatchObject({ ok: true, value: { kind: 'cancelled' } });
    expect(closed).toBeGreaterThan(0);
    expect(d.delivered).toEqual([]);
    await expect(readdir(join(fx.dir, 'out'))).rejects.toThrow();
    // Nothing is running any more.
    expect(
      (await api<{ cancelled: boolean }>(fx.host, 'export.cancel', { ref: REF })).body.value
        .cancelled,
    ).toBe(false);
  });

  it('without Chromium, a PDF export says what to install; HTML still works', async () => {
    setExportDelivery(
      fx.host.backend.ctx,
      delivery(() => Promise.reject(new NoChromiumError('No Chromium found: install one.'))),
    );
    const r = await api(fx.host, 'export.run', {
      ref: REF,
      options: { format: 'pdf', layout: 'notes', handouts: 3, fragments: false },
    });
    expect(r.body.ok).toBe(false);
    expect(r.body.problems[0]!.what).toBe(
      'cannot be exported as PDF: No Chromium found: install one. Then export again; HTML export works without it.',
    );
  });

  it('a target that cannot be written is a problem, not a crash', async () => {
    await writeFile(join(fx.dir, 'a-file'), 'not a folder');
    const d = delivery(
      () => Promise.reject(new Error('unused')),
      (name) => join(fx.dir, 'a-file', name),
    );
    setExportDelivery(fx.host.backend.ctx, d);
    const r = await api(fx.host, 'export.run', {
      ref: REF,
      options: { format: 'html', notes: true },
    });
    expect(r.body.ok).toBe(false);
    expect(r.body.problems[0]!.what).toMatch(
      /could not be written\. Free some disk space or choose another folder/,
    );
    expect(d.delivered).toEqual([]);
  });
});
