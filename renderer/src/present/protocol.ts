/**
 * The messages between the audience view and the speaker view. Both windows are the same
 * app on the same origin; they talk over a BroadcastChannel named per deck, so two decks
 * presented at once never cross. Every message carries the namespace `lectern-present` and
 * is checked on arrival: a window ignores anything it does not recognise.
 *
 * Handshake (after the reveal.js notes plugin and Slidev): the speaker sends `connect`, the
 * audience answers with `deck` (what to draw) and `state` (where it is); from then on the
 * audience sends `state` after every change and the speaker sends `navigate` for its keys.
 */
import { z } from 'zod';
import { Deck } from '../../../common/deck/schema';

export const NS = 'lectern-present';

/** Where the audience view is. Positions count only the slides shown (hidden ones are skipped). */
export const PresentState = z.object({
  /** Index of the current slide in the deck (hidden slides included), for the editor. */
  slide: z.number().int().min(0),
  /** Position among the shown slides, from 0. */
  position: z.number().int().min(0),
  /** Number of shown slides. */
  total: z.number().int().min(0),
  /** The last fragment shown on the current slide; -1 when none is shown yet. */
  fragment: z.number().int().min(-1),
  /** Number of fragments (build steps) on the current slide. */
  fragments: z.number().int().min(0),
  /** Blacked out. */
  paused: z.boolean(),
  overview: z.boolean(),
});
export type PresentState = z.infer<typeof PresentState>;

export const NavigateAction = z.enum(['next', 'prev', 'first', 'last', 'goto', 'blackout']);
export type NavigateAction = z.infer<typeof NavigateAction>;

export const PresentMessage = z.discriminatedUnion('type', [
  z.object({ ns: z.literal(NS), type: z.literal('connect') }),
  z.object({
    ns: z.literal(NS),
    type: z.literal('deck'),
    deck: Deck,
    /** Chart SVG by figure block id, as the editor drew them. */
    charts: z.record(z.string(), z.string()),
    /** Asset paths the audience could not load; the speaker shows their placeholders too. */
    missing: z.array(z.string()),
  }),
  z.object({ ns: z.literal(NS), type: z.literal('state'), state: PresentState }),
  z.object({
    ns: z.literal(NS),
    type: z.literal('navigate'),
    action: NavigateAction,
    /** For `goto`: the position among the shown slides. */
    position: z.number().int().min(0).optional(),
  }),
  /** The presentation ended (the lecturer pressed Esc); the speaker window closes. */
  z.object({ ns: z.literal(NS), type: z.literal('ended') }),
  /** The speaker window is going away. */
  z.object({ ns: z.literal(NS), type: z.literal('bye') }),
]);
export type PresentMessage = z.infer<typeof PresentMessage>;

/** The message without its namespace, as a sender writes it. */
export type Outgoing = PresentMessage extends infer M
  ? M extends PresentMessage
    ? Omit<M, 'ns'>
    : never
  : never;

/** Reads an incoming message; anything else (another app's message, a malformed one) is null. */
export function readMessage(data: unknown): PresentMessage | null {
  if (typeof data !== 'object' || data === null || (data as { ns?: unknown }).ns !== NS)
    return null;
  const parsed = PresentMessage.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The channel name for one deck. */
export function channelName(deckRef: string): string {
  return `${NS}:${deckRef}`;
}
