/**
 * One Lectern at a time: a second launch (a double-clicked deck while Lectern is open) hands
 * its deck files to the first and quits. macOS sends files as `open-file`, which can come
 * before the app is ready (a deck double-clicked to launch Lectern); listening here, at
 * start-up, catches those too.
 */
import type { App } from 'electron';
import { decksFromArgv } from './open-files';

type AppLike = Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>;

/**
 * Claims the lock. The first instance gets `true` and, from then on, `onFiles` with the deck
 * files of every later launch and `open-file`; a second instance gets `false` and quits.
 */
export function claimSingleInstance(app: AppLike, onFiles: (files: string[]) => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    onFiles(decksFromArgv(argv, workingDirectory));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    onFiles([path]);
  });
  return true;
}
