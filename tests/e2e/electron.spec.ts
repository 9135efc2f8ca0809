/**
 * The desktop app end to end (Playwright's Electron support): launch on a copy of a sample
 * deck, open it, edit, save, present, export a PDF through the Electron printer, and quit
 * with unsaved changes (answering Save in the native prompt, which must wait for the save).
 * Runs wherever the Electron binary is on disk; where it is not (this build server cannot
 * download it), the test is skipped with the reason printed, and the rest of the suite runs.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../../main/platform/electron-binary';
import { PROJECT_ROOT } from '../../main/platform/project-root';

const binary = electronBinary();
const WHY_NOT =
  'Electron smoke test not run: the Electron binary is not on this machine (node_modules/electron/dist is missing; it could not be downloaded). The Electron code is covered at its seam by tests/unit/electron.';
if (!binary) console.log(WHY_NOT);

test.describe('desktop app', () => {
  test.skip(!binary, WHY_NOT);
  test.setTimeout(180_000);

  let dir: string;
  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lectern-electron-e2e-'));
    await cp(
      join(PROJECT_ROOT, 'decks/western-technology'),
      join(dir, 'workspace/western-technology'),
      { recursive: true },
    );
    execFileSync(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      { cwd: PROJECT_ROOT, stdio: 'ignore' },
    );
  });
  test.afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('open, edit, save, present, export a PDF, quit with unsaved changes', async () => {
    const deckFile = join(dir, 'workspace/western-technology/western-technology.lectern');
    const app = await electron.launch({
      executablePath: binary!,
      args: [
        PROJECT_ROOT,
        `--user-data-dir=${join(dir, 'user-data')}`,
        '--workspace',
        join(dir, 'workspace'),
        deckFile,
      ],
    });
    const page = await app.firstWindow();
    expect(new URL(page.url()).protocol).toBe('lectern-app:');
    // No Node in the page, only the contract.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );

    // The deck named on the command line opens.
    await expect(page.getByLabel('Title', { exact: true })).toBeVisible();
    const before = JSON.parse(await readFile(deckFile, 'utf8')) as {
      slides: Array<{ title: string }>;
    };

    // Edit and save (File > Save is Ctrl+S).
    await page.getByLabel('Title', { exact: true }).fill('Equipment bought abroad');
    await page.keyboard.press('Control+s');
    await expect(page.getByText(/^Saved at/)).toBeVisible();
    const saved = JSON.parse(await readFile(deckFile, 'utf8')) as {
      slides: Array<{ title: string }>;
    };
    expect(saved.slides.map((s) => s.title)).toContain('Equipment bought abroad');
    expect(saved.slides.length).toBe(before.slides.length);

    // Present from the start, then leave.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.locator('.lectern-present')).toBeVisible();
    await page.keyboard.press('Escape');

    // Export a PDF through the contract (Electron's printer); the native save dialog answers with a path.
    const pdf = join(dir, 'western-technology.pdf');
    await app.evaluate(({ dialog, shell }, target) => {
      dialog.showSaveDialog = (() =>
        Promise.resolve({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
      shell.showItemInFolder = () => undefined;
    }, pdf);
    const exported = await page.evaluate(() =>
      (
        globalThis as unknown as {
          lectern: { export: { run(a: unknown): Promise<{ ok: boolean; value?: unknown }> } };
        }
      ).lectern.export.run({ ref: 'western-technology/western-technology.lectern', format: 'pdf' }),
    );
    expect(exported.ok).toBe(true);
    expect((await stat(pdf)).size).toBeGreaterThan(1000);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');

    // Quit with unsaved changes: the native prompt is answered "Save" and the quit waits for it.
    await page.getByLabel('Title', { exact: true }).fill('Edited just before quitting');
    await app.evaluate(({ dialog }) => {
      dialog.showMessageBox = (() =>
        Promise.resolve({ response: 0, checkboxChecked: false })) as typeof dialog.showMessageBox;
    });
    const closed = new Promise<void>((resolve) => app.process().once('exit', () => resolve()));
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await closed;
    const last = JSON.parse(await readFile(deckFile, 'utf8')) as {
      slides: Array<{ title: string }>;
    };
    expect(last.slides.map((s) => s.title)).toContain('Edited just before quitting');
  });
});
