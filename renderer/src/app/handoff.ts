/**
 * The editor window and an audience window of its own (the desktop app's presentation,
 * `#/audience/<deck>/<start>`) talk over a BroadcastChannel named per deck, separate from the
 * audience ↔ speaker channel (present/protocol.ts). The audience window asks for the deck
 * (`want`) and the editor answers with the deck as edited, unsaved changes included (`deck`);
 * when the presentation ends the audience window says on which slide (`exit`), so the editor
 * lands there. Messages are checked on arrival; anything else is ignored.
 */
import { z } from 'zod';
import { Deck } from '../../../common/deck/schema';

const NS = 'lectern-handoff';

const HandoffMessage = z.discriminatedUnion('type', [
  z.object({ ns: z.literal(NS), type: z.literal('want') }),
  z.object({ ns: z.literal(NS), type: z.literal('deck'), deck: Deck }),
  z.object({ ns: z.literal(NS), type: z.literal('exit'), slide: z.number().int().min(0) }),
]);
export type HandoffMessage = z.infer<typeof HandoffMessage>;
type Outgoing = HandoffMessage extends infer M
  ? M extends HandoffMessage
    ? Omit<M, 'ns'>
    : never
  : never;

export interface Handoff {
  send(message: Outgoing): void;
  close(): void;
}

/** Opens the deck's hand-off channel; `onMessage` sees only well-formed messages from other windows. */
export function openHandoff(deckRef: string, onMessage: (m: HandoffMessage) => void): Handoff {
  const channel = new BroadcastChannel(`${NS}:${deckRef}`);
  channel.onmessage = (e: MessageEvent) => {
    if (typeof e.data !== 'object' || e.data === null || (e.data as { ns?: unknown }).ns !== NS)
      return;
    const parsed = HandoffMessage.safeParse(e.data);
    if (parsed.success) onMessage(parsed.data);
  };
  return {
    send: (message) => channel.postMessage({ ns: NS, ...message }),
    close: () => channel.close(),
  };
}
