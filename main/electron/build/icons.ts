/**
 * `npm run icons`: renders assets/icon/lectern.svg to the PNG sizes the installers need,
 * with the local Chromium (the one the tests use; no new dependency):
 *   assets/icon/png/<N>x<N>.png  16–1024, the Linux icon set (AppImage, deb, desktop entry)
 *   assets/icon/icon.png         1024, from which electron-builder makes the Windows .ico
 *                                and the macOS .icns at packaging time
 * Small sizes are rendered from the same SVG at their own size (not scaled down from 1024),
 * so Chromium's anti-aliasing works on the real pixel grid.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../../platform/chromium';
import { errorMessage } from '../../../common/error-text';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
const ICON_DIR = join(process.cwd(), 'assets/icon');

async function main(): Promise<number> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(NO_CHROMIUM_MESSAGE);
    return 1;
  }
  const svg = await readFile(join(ICON_DIR, 'lectern.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    await mkdir(join(ICON_DIR, 'png'), { recursive: true });
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({
        viewport: { width: size, height: size },
        deviceScaleFactor: 1,
      });
      const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await writeFile(join(ICON_DIR, 'png', `${size}x${size}.png`), png);
      if (size === 1024) await writeFile(join(ICON_DIR, 'icon.png'), png);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(
    `icons: ${ICON_SIZES.length} sizes written to assets/icon/png (and assets/icon/icon.png)`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`icons: ${errorMessage(e)}`);
    process.exitCode = 1;
  },
);
