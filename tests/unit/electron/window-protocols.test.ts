/**
 * Windows are created locked down (secure preferences, no navigation away, no new windows,
 * no permissions), and the custom protocols serve the UI and deck assets, never file://,
 * refusing every way out of the deck folder.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_SCHEME, ASSET_SCHEME, assetUrlFor } from '../../../main/electron/channels';
import { installProtocols, PRIVILEGED_SCHEMES } from '../../../main/electron/protocols';
import { createMainWindow, lockDown, securePreferences } from '../../../main/electron/window';
import { openBackend, type Backend } from '../../../main/services';
import { sampleDeck, writeDeck } from '../web/helpers';
import { recorded, resetStandIn, WebContents } from './stand-in';

vi.mock('electron', () => import('./stand-in'));

describe('windows', () => {
  beforeEach(() => resetStandIn());

  it('creates the main window with the secure preferences, on the app protocol', () => {
    const ours = new Set<WebContents>();
    createMainWindow('/app/out/preload/index.cjs', ours as never);
    const [win] = recorded.windows;
    expect(win?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(win?.loadedUrl).toBe('lectern-app://app/index.html');
    expect(ours.has(win!.webContents)).toBe(true);
    win!.emit('closed');
    expect(ours.size).toBe(0);
  });

  it('every preference set is the secure one (no window can opt out)', () => {
    const prefs = securePreferences('/p.cjs');
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('denies new windows, navigation away, webviews and every permission', async () => {
    const contents = new WebContents();
    lockDown(contents as never);
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'lectern-app://app/index.html' })).toEqual({
      action: 'deny',
    });

    const away = { preventDefault: vi.fn() };
    contents.emit('will-navigate', away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const file = { preventDefault: vi.fn() };
    contents.emit('will-navigate', file, 'file:///etc/passwd');
    expect(file.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    contents.emit('will-navigate', inside, 'lectern-app://app/index.html#/deck/x');
    expect(inside.preventDefault).not.toHaveBeenCalled();

    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const answer = await new Promise<boolean>((resolve) =>
        contents.session.permissionRequest?.(contents, permission, resolve),
      );
      expect(answer, permission).toBe(false);
    }
    expect(contents.session.permissionCheck?.()).toBe(false);
  });

  it('opens a web link in the system browser only after the lecturer confirms', async () => {
    const contents = new WebContents();
    lockDown(contents as never);
    recorded.dialogAnswer = 1; // Cancel
    contents.openHandler?.({ url: 'https://example.org/paper' });
    await new Promise((r) => setTimeout(r, 10));
    expect(recorded.opened).toEqual([]);
    recorded.dialogAnswer = 0; // Open in browser
    contents.openHandler?.({ url: 'https://example.org/paper' });
    contents.openHandler?.({ url: 'javascript:alert(1)' });
    await new Promise((r) => setTimeout(r, 10));
    expect(recorded.opened).toEqual(['https://example.org/paper']);
  });
});

describe('custom protocols', () => {
  let dir: string;
  let backend: Backend;
  const REF = 'week-1/week-1.lectern';
  const get = (url: string) => {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = recorded.protocolHandlers.get(scheme);
    if (!handler) throw new Error(`no handler for ${scheme}`);
    return handler({ url });
  };

  beforeEach(async () => {
    resetStandIn();
    dir = await mkdtemp(join(tmpdir(), 'lectern-protocols-'));
    const ws = join(dir, 'workspace');
    await writeDeck(ws, 'week-1', sampleDeck('Week 1', 1));
    await writeFile(
      join(ws, 'week-1/assets/map.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
    );
    await writeFile(join(dir, 'secret.txt'), 'SECRET');
    await symlink(join(dir, 'secret.txt'), join(ws, 'week-1/assets/link.png'));
    await mkdir(join(dir, 'ui'));
    await writeFile(join(dir, 'ui/index.html'), '<!doctype html><title>Lectern</title>');
    backend = await openBackend(ws);
    installProtocols((await import('electron')).protocol, join(dir, 'ui'), backend.ctx);
  });
  afterEach(async () => {
    backend.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('registers both schemes as secure and standard', () => {
    expect(
      PRIVILEGED_SCHEMES.map((s) => [s.scheme, s.privileges?.secure, s.privileges?.standard]),
    ).toEqual([
      [APP_SCHEME, true, true],
      [ASSET_SCHEME, true, true],
    ]);
  });

  it('serves the UI with its CSP (deck images allowed, no eval, no remote script)', async () => {
    const res = await get('lectern-app://app/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain('lectern-asset:');
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
    expect((await get('lectern-app://app/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('lectern-app://app/../secret.txt')).status).toBe(404);
  });

  it('serves a deck image and refuses "..", absolute, encoded and symlinked escapes', async () => {
    const ok = await get(assetUrlFor(REF, 'assets/map.png'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');

    const base = `lectern-asset://deck/${encodeURIComponent(REF)}`;
    for (const url of [
      `${base}/../../secret.txt`,
      `${base}/%2e%2e/%2e%2e/secret.txt`,
      `${base}/assets%2f..%2f..%2f..%2fsecret.txt`,
      `${base}/%252e%252e/secret.txt`,
      `${base}//etc/passwd`,
      `${base}/assets/link.png`,
      `lectern-asset://deck/${encodeURIComponent('../secret.lectern')}/x.png`,
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(400);
      expect(await res.text(), url).not.toContain('SECRET');
    }
    expect((await get(assetUrlFor(REF, 'assets/gone.png'))).status).toBe(404);
  });
});
