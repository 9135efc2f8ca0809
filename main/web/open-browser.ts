/** Opening a URL in the user's default browser; failing to is a note, never an error. */
import { spawn } from 'node:child_process';
import { errorMessage } from '../../common/error-text';

/** The command that opens a URL on this platform. */
export function openerFor(platform: NodeJS.Platform, url: string): { cmd: string; args: string[] } {
  if (platform === 'darwin') return { cmd: 'open', args: [url] };
  // `start` is a cmd.exe built-in; the empty string is the window title it expects first.
  if (platform === 'win32')
    return { cmd: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  return { cmd: 'xdg-open', args: [url] };
}

/** Tries to open `url`; resolves to undefined on success or a one-line reason on failure. */
export function openBrowser(
  url: string,
  platform: NodeJS.Platform = process.platform,
): Promise<string | undefined> {
  const { cmd, args } = openerFor(platform, url);
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    } catch (e) {
      resolve(`could not start ${cmd} (${errorMessage(e)})`);
      return;
    }
    child.once('error', (e) => resolve(`could not start ${cmd} (${e.message})`));
    child.once('spawn', () => {
      child.unref();
      resolve(undefined);
    });
  });
}
