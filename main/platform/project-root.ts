/**
 * The project folder (the one holding package.json), found from this file's own place. The
 * same depth holds for the sources (main/platform/), the command bundle (out/cli/) and the
 * Electron build (out/main/), so every entry point finds the samples and the built UI alike.
 */
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
