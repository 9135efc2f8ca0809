/**
 * Where the presentation is and what comes next: shown slides (hidden ones skipped), build
 * steps read from the slide's DOM, the speaker view's "next" preview, and the channel
 * between the audience and speaker windows.
 */
import type { RevealApi } from 'reveal.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../../../common/deck/schema';
import { openPresentChannel, type PresentChannel } from '../../../../renderer/src/present/channel';
import { nextStep } from '../../../../renderer/src/present/next-step';
import {
  NS,
  readMessage,
  type PresentMessage,
  type PresentState,
} from '../../../../renderer/src/present/protocol';
import { positionOf, shownSlides } from '../../../../renderer/src/present/shown';
import { fragmentSteps, readState } from '../../../../renderer/src/present/state';
import { smallDeck } from '../../ops/fixture';

/** The fixture deck with slides 2 and 4 (of 5) hidden. */
function withHidden(): Deck {
  const deck = smallDeck();
  deck.slides[1]!.hidden = true;
  deck.slides[3]!.hidden = true;
  return deck;
}

describe('the shown slides', () => {
  it('skip hidden slides and remember where each one is in the deck', () => {
    expect(shownSlides(withHidden()).map((s) => [s.slide.id, s.index])).toEqual([
      ['s1', 0],
      ['s3', 2],
      ['s5', 4],
    ]);
  });

  it('start a presentation "from this slide" on a hidden slide at the next shown one', () => {
    const shown = shownSlides(withHidden());
    expect(positionOf(shown, 0)).toBe(0);
    expect(positionOf(shown, 1)).toBe(1); // hidden s2: s3 comes next
    expect(positionOf(shown, 2)).toBe(1);
    expect(positionOf(shown, 3)).toBe(2);
    expect(positionOf(shown, 99)).toBe(2); // past the end: the last shown slide
    expect(positionOf([], 3)).toBe(0);
  });
});

describe('build steps', () => {
  const section = (html: string) => {
    const el = document.createElement('section');
    el.innerHTML = html;
    return el;
  };

  it('count the distinct fragment indices, as reveal.js steps through them', () => {
    expect(
      fragmentSteps(
        section(
          '<p class="fragment" data-fragment-index="0">a</p><p class="fragment" data-fragment-index="0">b</p><p class="fragment" data-fragment-index="1">c</p>',
        ),
      ),
    ).toBe(2);
    // Without indices each fragment is a step of its own.
    expect(
      fragmentSteps(section('<li class="fragment">a</li><li class="fragment">b</li><li>c</li>')),
    ).toBe(2);
    expect(fragmentSteps(section('<p>no steps</p>'))).toBe(0);
    expect(fragmentSteps(null)).toBe(0);
  });

  it('are read with where reveal.js is into the state the speaker view gets', () => {
    const shown = shownSlides(withHidden());
    const current = section('<li class="fragment">a</li><li class="fragment">b</li>');
    const reveal = {
      getIndices: () => ({ h: 1, v: 0, f: 0 }),
      getCurrentSlide: () => current,
      isPaused: () => true,
      isOverview: () => false,
    } as unknown as RevealApi;
    expect(readState(reveal, shown)).toEqual({
      slide: 2,
      position: 1,
      total: 3,
      fragment: 0,
      fragments: 2,
      paused: true,
      overview: false,
    });
  });

  it('say "no fragment yet" when reveal.js gives no fragment index, and keep the position inside the deck', () => {
    const shown = shownSlides(withHidden());
    const reveal = {
      getIndices: () => ({ h: 7, v: 0, f: undefined }),
      getCurrentSlide: () => undefined,
      isPaused: () => false,
      isOverview: () => true,
    } as unknown as RevealApi;
    expect(readState(reveal, shown)).toMatchObject({
      slide: 4,
      position: 2,
      fragment: -1,
      fragments: 0,
      overview: true,
    });
  });
});

describe('the next step, as the speaker view previews it', () => {
  const at = (position: number, fragment: number, fragments: number, total = 3): PresentState => ({
    slide: position,
    position,
    total,
    fragment,
    fragments,
    paused: false,
    overview: false,
  });

  it('is the next build step of this slide while it has one', () => {
    expect(nextStep(at(0, -1, 2))).toEqual({ position: 0, fragment: 0 });
    expect(nextStep(at(0, 0, 2))).toEqual({ position: 0, fragment: 1 });
  });

  it('is the next slide, with nothing built yet, after the last step', () => {
    expect(nextStep(at(0, 1, 2))).toEqual({ position: 1, fragment: -1 });
    expect(nextStep(at(1, -1, 0))).toEqual({ position: 2, fragment: -1 });
  });

  it('is nothing at the end of the presentation', () => {
    expect(nextStep(at(2, -1, 0))).toBeNull();
    expect(nextStep(at(2, 1, 2))).toBeNull();
  });
});

describe('the presenter channel', () => {
  const open: PresentChannel[] = [];
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
  });
  const channel = (deck: string, heard: PresentMessage[] = []) => {
    const c = openPresentChannel(deck, (m) => heard.push(m));
    open.push(c);
    return heard;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('reads only well-formed messages of its own namespace', () => {
    expect(readMessage({ ns: NS, type: 'connect' })).toEqual({ ns: NS, type: 'connect' });
    expect(readMessage({ ns: NS, type: 'navigate', action: 'goto', position: 4 })).toMatchObject({
      action: 'goto',
      position: 4,
    });
    expect(readMessage({ ns: 'reveal', type: 'connect' })).toBeNull();
    expect(readMessage({ ns: NS, type: 'navigate', action: 'explode' })).toBeNull();
    expect(readMessage({ ns: NS, type: 'navigate', action: 'goto', position: -1 })).toBeNull();
    expect(readMessage('connect')).toBeNull();
    expect(readMessage(null)).toBeNull();
  });

  it('carries navigation between the windows of one deck, and never to another deck presented at once', async () => {
    const speaker = openPresentChannel('week-1/week-1.lectern', () => {});
    open.push(speaker);
    const sameDeck = channel('week-1/week-1.lectern');
    const otherDeck = channel('week-2/week-2.lectern');
    speaker.send({ type: 'navigate', action: 'next' });
    await settle();
    expect(sameDeck).toEqual([{ ns: NS, type: 'navigate', action: 'next' }]);
    expect(otherDeck).toEqual([]);
  });

  it('ignores what it does not recognise on the same channel', async () => {
    const heard = channel('week-1/week-1.lectern');
    const stranger = new BroadcastChannel(`${NS}:week-1/week-1.lectern`);
    stranger.postMessage({ ns: NS, type: 'navigate', action: 'self-destruct' });
    stranger.postMessage({ hello: 'world' });
    stranger.postMessage({ ns: NS, type: 'connect' });
    await settle();
    stranger.close();
    expect(heard).toEqual([{ ns: NS, type: 'connect' }]);
  });
});
