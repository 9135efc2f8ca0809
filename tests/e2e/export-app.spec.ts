/**
 * Export from the app, through the browser edition on real files: Ctrl+E opens the dialog,
 * an HTML export arrives as a download that opens offline with every slide title, a PDF
 * export with the handouts layout arrives with the page count the layout implies (pdfinfo),
 * a PowerPoint export arrives as a .pptx with each slide's title, and a PDF export cancelled
 * midway produces no file, leaves no Chromium running and returns the dialog to idle.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import JSZip from 'jszip';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from './helpers/host';
import {
  bigDeck,
  lectureDeck,
  tempWorkspace,
  writeDeck,
  type TempWorkspace,
} from './helpers/workspace';
import { openDeck, shortcut } from './helpers/editor';

let ws: TempWorkspace;
let host: RunningHost;
let out: string;
const TITLES = [
  'Soviet industrialisation',
  'Western equipment',
  'Western specialists',
  'In their words',
];

test.beforeAll(async () => {
  ws = tempWorkspace();
  out = mkdtempSync(join(tmpdir(), 'lectern-e2e-downloads-'));
  writeDeck(ws, 'lecture', lectureDeck());
  writeDeck(ws, 'course', bigDeck(300));
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
  if (out) rmSync(out, { recursive: true, force: true });
});

function exportDialog(page: Page) {
  return page.getByRole('dialog', { name: /^Export/ });
}

/** Files under the host's private export folders (in the OS temp folder), made after `since`. */
function hostExportFiles(since: number): string[] {
  const found: string[] = [];
  for (const d of readdirSync(tmpdir())) {
    if (!d.startsWith('lectern-exports-')) continue;
    const dir = join(tmpdir(), d);
    if (!existsSync(dir) || statSync(dir).mtimeMs < since - 1000) continue;
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
      if (e.isFile()) found.push(join(e.parentPath, e.name));
  }
  return found;
}

/** The command lines of the host's descendants (Chromium runs as one while it prints). */
function hostChildren(): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n');
  const rows = lines
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m);
  const mine = new Set([host.process.pid!]);
  const out: string[] = [];
  for (let grew = true; grew;) {
    grew = false;
    for (const [, pid, ppid, args] of rows) {
      if (mine.has(Number(ppid)) && !mine.has(Number(pid))) {
        mine.add(Number(pid));
        out.push(args!);
        grew = true;
      }
    }
  }
  return out;
}

test('Ctrl+E opens Export; the HTML export downloads and opens offline with every slide title', async ({
  page,
  browser,
}) => {
  await openDeck(page, host.url, 'Soviet industrialisation');
  await shortcut(page, 'e');
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /^HTML/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^With speaker notes/ })).toBeChecked();
  // Focus stays in the dialog: tabbing around never reaches the editor behind it.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.screenshot({ path: '/tmp/app-shots/export-dialog.png' });

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('lecture.html');
  const file = join(out, 'lecture.html');
  await download.saveAs(file);
  await expect(dialog.getByRole('status')).toContainText('Exported lecture.html (4 slides');

  // Offline: every request other than the file itself is refused and counted.
  const context = await browser.newContext({ offline: true });
  const offline = await context.newPage();
  const requests: string[] = [];
  await offline.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'file:' && url.pathname === file) return route.continue();
    requests.push(url.href);
    return route.abort();
  });
  await offline.goto(`file://${file}`);
  await offline.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  const sections = offline.locator('.reveal .slides > section');
  await expect(sections).toHaveCount(TITLES.length);
  for (const [i, title] of TITLES.entries())
    await expect(sections.nth(i).locator('h1, h2').first()).toHaveText(title);
  expect(requests).toEqual([]);
  await context.close();

  // The download is served once: the same address again is refused.
  const again = await page.request.get(new URL(download.url()).href);
  expect(again.status()).toBe(404);

  // Escape closes the dialog.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the PDF export with handouts of 3 downloads with the page count the layout implies', async ({
  page,
}) => {
  await openDeck(page, host.url, 'Soviet industrialisation');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole('radio', { name: /^PDF/ }).check();
  await dialog.getByRole('radio', { name: /^Handouts, 3 per page/ }).check();
  // The deck sets no paper, so the browser's locale (en-US here) suggests Letter; A4 is one click.
  await expect(dialog.getByRole('radio', { name: /^US Letter/ })).toBeChecked();
  await dialog.getByRole('radio', { name: /^A4/ }).check();
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('lecture-handouts-3.pdf');
  const file = join(out, 'handouts.pdf');
  await download.saveAs(file);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  // Four slides, three to a page.
  expect(info).toMatch(/^Pages:\s+2$/m);
  expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts/);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  for (const title of TITLES.slice(1)) expect(text).toContain(title);
  await expect(dialog.getByRole('status')).toContainText(
    'Exported lecture-handouts-3.pdf (2 pages',
  );
  await page.screenshot({ path: '/tmp/app-shots/export-done.png' });
});

test('the PowerPoint export downloads as a .pptx with a slide per slide and their titles', async ({
  page,
}) => {
  await openDeck(page, host.url, 'Soviet industrialisation');
  await shortcut(page, 'e');
  const dialog = exportDialog(page);
  await dialog.getByRole('radio', { name: /^PowerPoint/ }).check();
  // PowerPoint has no layouts or paper to choose.
  await expect(dialog.getByRole('radio', { name: /^Handouts/ })).toHaveCount(0);
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('lecture.pptx');
  const file = join(out, 'lecture.pptx');
  await download.saveAs(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slides).toHaveLength(4);
  const xml = (await Promise.all(slides.map((f) => zip.file(f)!.async('string')))).join('');
  for (const title of TITLES) expect(xml).toContain(title);
  await expect(dialog.getByRole('status')).toContainText('Exported lecture.pptx (4 slides');
});

test('cancelling a PDF export midway makes no file, stops Chromium and returns to idle', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const since = Date.now();
  let downloads = 0;
  page.on('download', () => downloads++);
  await openDeck(page, host.url, 'Course deck (300 slides)');
  await shortcut(page, 'e');
  const dialog = exportDialog(page);
  await dialog.getByRole('radio', { name: /^PDF/ }).check();
  await dialog.getByRole('radio', { name: /^Slides with notes/ }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();

  const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
  await expect(progress).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('Printing 300 pages', { timeout: 60_000 });
  expect(Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
  // Chromium is at work for the host now.
  expect(hostChildren().some((args) => /chrom/i.test(args))).toBe(true);
  await page.screenshot({ path: '/tmp/app-shots/export-progress.png' });

  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'The export was cancelled; no file was made.',
    { timeout: 20_000 },
  );
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
  await expect(dialog.getByRole('radio', { name: /^PDF/ })).toBeEnabled();
  await expect
    .poll(() => hostChildren().filter((args) => /chrom/i.test(args)), { timeout: 10_000 })
    .toEqual([]);
  // Give a late write every chance to show up; none may.
  await page.waitForTimeout(1500);
  expect(hostExportFiles(since)).toEqual([]);
  expect(downloads).toBe(0);
});
