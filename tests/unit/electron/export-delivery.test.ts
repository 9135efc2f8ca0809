/**
 * The desktop app's export delivery at its seam: the save dialog is asked first (with the
 * suggested name in the last folder used), a dismissed dialog cancels, and a written export
 * is shown in the file manager — here end to end through the real export service on disk.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  electronExportDelivery,
  type ExportShell,
  type SaveDialogOptions,
} from '../../../main/electron/export-delivery';
import { openBackend, type Backend } from '../../../main/services';
import { runExport, setExportDelivery } from '../../../main/services/export';
import { sampleDeck, writeDeck } from '../web/helpers';

let dir: string;
let backend: Backend;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-electron-export-'));
  await writeDeck(join(dir, 'ws'), 'plan', sampleDeck('The Plan', 2));
  backend = await openBackend(join(dir, 'ws'));
});
afterEach(async () => {
  backend.close();
  await rm(dir, { recursive: true, force: true });
});

function shell(answers: Array<string | undefined>) {
  const asked: SaveDialogOptions[] = [];
  const shown: string[] = [];
  const s: ExportShell = {
    showSaveDialog: async (options) => {
      asked.push(options);
      const answer = answers.shift();
      return answer ? { canceled: false, filePath: answer } : { canceled: true };
    },
    showItemInFolder: (path) => void shown.push(path),
    defaultFolder: () => join(dir, 'Documents'),
    printer: () => {
      throw new Error('no PDF in this test');
    },
  };
  return { s, asked, shown };
}

describe('electronExportDelivery', () => {
  it('asks where, writes there, shows the file; the next dialog opens in that folder', async () => {
    const target = join(dir, 'handouts', 'for-students.html');
    const { s, asked, shown } = shell([target, undefined]);
    setExportDelivery(backend.ctx, electronExportDelivery(s));
    const r = await runExport(backend.ctx, {
      ref: 'plan/plan.lectern',
      options: { format: 'html', notes: false },
    });
    expect(r).toMatchObject({
      ok: true,
      value: { kind: 'saved', name: 'for-students.html', count: 2 },
    });
    expect(asked[0]).toMatchObject({
      title: 'Export as HTML',
      defaultPath: join(dir, 'Documents', 'plan-student.html'),
      filters: [{ extensions: ['html'] }],
    });
    expect(shown).toEqual([target]);
    expect(await readFile(target, 'utf8')).toContain('The Plan, slide 2');

    // Dismissing the dialog cancels before any work; it opened where the last export went.
    const again = await runExport(backend.ctx, {
      ref: 'plan/plan.lectern',
      options: { format: 'pdf', layout: 'handouts', handouts: 6, fragments: false },
    });
    expect(again).toMatchObject({ ok: true, value: { kind: 'cancelled' } });
    expect(asked[1]).toMatchObject({
      title: 'Export as PDF',
      defaultPath: join(dir, 'handouts', 'plan-handouts-6.pdf'),
    });
    expect(shown).toHaveLength(1);
  });
});
