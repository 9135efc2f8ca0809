/** A typed BroadcastChannel for one deck's presentation (see protocol.ts). */
import { channelName, NS, readMessage, type Outgoing, type PresentMessage } from './protocol';

export interface PresentChannel {
  send(message: Outgoing): void;
  close(): void;
}

/** Opens the deck's channel; `onMessage` sees only well-formed messages from other windows. */
export function openPresentChannel(
  deckRef: string,
  onMessage: (m: PresentMessage) => void,
): PresentChannel {
  const channel = new BroadcastChannel(channelName(deckRef));
  channel.onmessage = (e: MessageEvent) => {
    const m = readMessage(e.data);
    if (m) onMessage(m);
  };
  return {
    send: (message) => channel.postMessage({ ns: NS, ...message }),
    close: () => channel.close(),
  };
}
