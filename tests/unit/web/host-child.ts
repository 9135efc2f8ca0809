/**
 * Child process for tests that need the host in a process of its own (so that the test's
 * requests are not held up by the host's own work): starts the browser edition's host on a
 * workspace with a stand-in UI and prints `{"origin": …, "token": …}` on one line.
 * Run as `node --import tsx host-child.ts <workspace> <ui folder>`.
 */
import { startWebHost } from '../../../main/web/server';

const [workspace, uiDir] = process.argv.slice(2);
if (!workspace || !uiDir) throw new Error('usage: host-child.ts <workspace> <ui folder>');
const host = await startWebHost({ workspace, uiDir });
process.stdout.write(`${JSON.stringify({ origin: host.origin, token: host.token })}\n`);
process.on('SIGTERM', () => {
  host.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
