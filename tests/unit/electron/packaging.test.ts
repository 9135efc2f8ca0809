/**
 * What the installers are built from: electron-builder.yml's targets, the `.lectern` file
 * association, the fuses, only built files in the package, and the icon sizes on disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { load } = require('js-yaml') as { load(text: string): unknown };
const root = process.cwd();
type Config = Record<string, unknown> & {
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  fileAssociations: Array<{ ext: string; name: string }>;
  electronFuses: Record<string, boolean>;
  files: string[];
};
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(join(root, file));
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('builds Lectern for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg), with the .lectern association', () => {
    expect(config.productName).toBe('Lectern');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'lectern', name: 'Lectern deck' }),
    ]);
  });

  it('flips the fuses that would let the binary run as Node or load code from outside the asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    expect(config.asar).toBe(true);
  });

  it('packages only the built app, no sources or tests', () => {
    expect(config.files.filter((f) => !f.startsWith('!'))).toEqual(['out/**']);
    // The worker threads run from inside app.asar (main/platform/worker-entry.ts): unpacked,
    // they would not find the packages they import, which stay in the archive.
    expect(config.asarUnpack).toBeUndefined();
  });

  it('has the icon in every size: the Linux PNG set and a 1024 px PNG for .ico and .icns', () => {
    expect(pngSize(config.win.icon)).toEqual([1024, 1024]);
    expect(pngSize(config.mac.icon)).toEqual([1024, 1024]);
    for (const n of [16, 24, 32, 48, 64, 128, 256, 512, 1024])
      expect(pngSize(`${config.linux.icon}/${n}x${n}.png`), `${n}`).toEqual([n, n]);
    expect(readFileSync(join(root, 'assets/icon/lectern.svg'), 'utf8')).toContain(
      'viewBox="0 0 1024 1024"',
    );
  });
});
