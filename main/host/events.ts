/**
 * Host → UI events over Server-Sent Events: one long GET per page, each event one `data:`
 * line of JSON (`LecternEvent`). A comment line every 15 s keeps proxies and sleeping
 * laptops from dropping the connection silently.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Workspace } from '../services/workspace';

const KEEPALIVE_MS = 15_000;

/** Streams the workspace's events to `res` until the client goes away or the host stops. */
export function streamEvents(req: IncomingMessage, res: ServerResponse, workspace: Workspace, streams: Set<ServerResponse>): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = workspace.onEvent((event) => {
    res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
  keepalive.unref();
  streams.add(res);
  const stop = () => {
    clearInterval(keepalive);
    unsubscribe();
    streams.delete(res);
  };
  req.on('close', stop);
  res.on('close', stop);
}
