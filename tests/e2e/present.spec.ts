/**
 * Presenting, end to end through the browser edition on a real deck folder: the audience
 * view (reveal.js) with the keys clickers and habits expect, the speaker view in a second
 * window kept in step from either side, and leaving back to the editor on the slide shown.
 */
import { test, expect, type Page } from '@playwright/test';
import type { DeckInput } from '../../common/deck/schema';
import { startHost, type RunningHost } from './helpers/host';
import { seriousAxeFindings } from './helpers/axe';
import { tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';
import { openDeck, slides } from './helpers/editor';

const bullets = (id: string, texts: string[], fragment: boolean) => ({
  type: 'bullets' as const,
  id,
  items: texts.map((text, i) => ({
    id: `${id}-${i}`,
    text,
    children: [],
    citations: [],
    ...(fragment ? { fragment: true } : {}),
  })),
});

/** Eight slides, one hidden: seven shown. Fragments on slides 2 and 7, a missing image on 5. */
function presentDeck(): DeckInput {
  return {
    format: 'lectern-deck',
    version: 1,
    meta: {
      title: 'Industrialisation lecture',
      theme: 'light',
      aspectRatio: '16:9',
      language: 'en',
    },
    slides: [
      {
        id: 'p1',
        layout: 'title',
        title: 'Industrialisation lecture',
        subtitle: 'Week 3',
        notes: 'Welcome everyone; introduce the reading.',
        blocks: [],
      },
      {
        id: 'p2',
        layout: 'bullets',
        title: 'Western equipment',
        notes: 'Most large plants used imported machinery.',
        blocks: [bullets('b2', ['Machine tools', 'Turnkey plants', 'Tractors'], true)],
      },
      {
        id: 'p3',
        layout: 'bullets',
        title: 'Western specialists',
        notes: 'Engineers on contract. <b>not bold</b> <img src=x onerror=alert(1)>',
        blocks: [bullets('b3', ['Engineers on contract'], false)],
      },
      {
        id: 'p4',
        layout: 'bullets',
        title: 'Backup slide',
        hidden: true,
        notes: 'Hidden.',
        blocks: [bullets('b4', ['Only if asked'], false)],
      },
      {
        id: 'p5',
        layout: 'figure',
        title: 'Magnitogorsk',
        notes: 'The plant photo.',
        blocks: [
          {
            type: 'figure',
            id: 'f5',
            figure: { kind: 'image', asset: 'assets/magnitogorsk.png' },
            caption: 'The works in 1932',
            alt: 'Blast furnaces',
          },
        ],
      },
      {
        id: 'p6',
        layout: 'quote',
        title: 'In their words',
        notes: '',
        blocks: [
          {
            type: 'quote',
            id: 'q6',
            text: 'We are fifty or a hundred years behind.',
            attribution: 'Stalin, 1931',
            citations: [],
          },
        ],
      },
      {
        id: 'p7',
        layout: 'bullets',
        title: 'Foreign credit',
        notes: 'Credit terms tightened after 1931.',
        blocks: [bullets('b7', ['Short-term credit', 'Gold exports'], true)],
      },
      {
        id: 'p8',
        layout: 'section',
        title: 'Summary',
        notes: 'Wrap up and questions.',
        blocks: [],
      },
    ],
  };
}

let ws: TempWorkspace;
let host: RunningHost;

test.beforeAll(async () => {
  ws = tempWorkspace();
  writeDeck(ws, 'lecture', presentDeck());
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

const audience = (page: Page) => page.locator('.lectern-present');
/** The slide reveal.js is showing. */
const shownSlide = (page: Page) => page.locator('.lectern-present .slides > section.present');
const visibleFragments = (page: Page) =>
  page.locator('.lectern-present .slides > section.present .fragment.visible');

async function expectSlide(
  page: Page,
  id: string,
  number: string,
  fragments?: number,
): Promise<void> {
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', id);
  const [n, of] = number.split('/');
  await expect(page.locator('.lectern-present .slide-number')).toHaveText(
    new RegExp(`^\\s*${n}\\s*/\\s*${of}\\s*$`),
  );
  if (fragments !== undefined) await expect(visibleFragments(page)).toHaveCount(fragments);
}

async function present(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(audience(page)).toHaveAttribute('data-ready', 'true');
}

test('keys: fragments and slides, jump by number, black out, overview, Esc lands in the editor on the slide shown', async ({
  page,
}) => {
  await openDeck(page, host.url, 'Industrialisation lecture');
  await present(page);
  await expectSlide(page, 'p1', '1/7');

  // Right builds the fragments one by one, then moves on; Space and PageDown do the same.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'p2', '2/7', 0);
  await page.keyboard.press('ArrowRight');
  await expect(visibleFragments(page)).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(visibleFragments(page)).toHaveCount(2);
  await page.keyboard.press('PageDown');
  await expect(visibleFragments(page)).toHaveCount(3);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 'p3', '3/7');

  // Left and PageUp go back through the same steps.
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 'p2', '2/7', 3);
  await page.keyboard.press('PageUp');
  await expect(visibleFragments(page)).toHaveCount(2);

  // The hidden slide is skipped: after slide 3 comes the image slide, its missing picture a placeholder.
  await page.keyboard.press('End');
  await expectSlide(page, 'p8', '7/7');
  await page.keyboard.press('Home');
  await expectSlide(page, 'p1', '1/7');
  // Esc while a number is typed cancels the number, and only that: still presenting, on slide 1.
  await page.keyboard.press('6');
  await expect(page.getByRole('status').filter({ hasText: 'Go to slide 6' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: 'Go to slide' })).toHaveCount(0);
  await expect(audience(page)).toBeVisible();
  await expect(page.locator('.lectern-present .reveal')).not.toHaveClass(/\boverview\b/);
  await expectSlide(page, 'p1', '1/7');
  await page.keyboard.press('4');
  await expect(page.getByRole('status').filter({ hasText: 'Go to slide 4' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expectSlide(page, 'p5', '4/7');
  await expect(
    shownSlide(page).getByRole('img', { name: /Image not found: assets\/magnitogorsk\.png/ }),
  ).toBeVisible();
  const placeholder = await shownSlide(page).locator('.lectern-placeholder').boundingBox();
  expect(placeholder && placeholder.width > 100 && placeholder.height > 60).toBe(true);

  // Black out with B and back with B; then with . and back with .
  const reveal = page.locator('.lectern-present .reveal');
  await page.keyboard.press('b');
  await expect(reveal).toHaveClass(/\bpaused\b/);
  await expect(page.locator('.lectern-present .pause-overlay')).toBeVisible();
  await page.keyboard.press('b');
  await expect(reveal).not.toHaveClass(/\bpaused\b/);
  await page.keyboard.press('.');
  await expect(reveal).toHaveClass(/\bpaused\b/);
  await page.keyboard.press('.');
  await expect(reveal).not.toHaveClass(/\bpaused\b/);

  // O opens the overview; the first Esc closes it and keeps presenting.
  await page.keyboard.press('o');
  await expect(reveal).toHaveClass(/\boverview\b/);
  await page.keyboard.press('Escape');
  await expect(reveal).not.toHaveClass(/\boverview\b/);
  await expect(audience(page)).toBeVisible();
  await expectSlide(page, 'p5', '4/7');

  // Two more slides, then Esc: back in the editor with slide 7 (deck numbering) selected.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'p7', '6/7', 0);
  await page.keyboard.press('Escape');
  await expect(audience(page)).toHaveCount(0);
  await expect(slides(page).nth(6)).toHaveAttribute('aria-current', 'true');
  await expect(
    page
      .getByRole('region', { name: 'Current slide' })
      .getByRole('heading', { name: 'Foreign credit' }),
  ).toBeVisible();
  // The editor did not lose its place in the URL while presenting.
  expect(new URL(page.url()).hash).toBe('#/deck/lecture%2Flecture.lectern');
});

test('present from the current slide (Shift+F5, Ctrl+Enter) or the first (F5); Esc goes back to where it ended', async ({
  page,
}) => {
  await openDeck(page, host.url, 'Industrialisation lecture');
  await slides(page).nth(2).click();
  await expect(slides(page).nth(2)).toHaveAttribute('aria-current', 'true');
  await page.locator('body').press('Shift+F5');
  await expect(audience(page)).toHaveAttribute('data-ready', 'true');
  await expectSlide(page, 'p3', '3/7');
  await page.keyboard.press('Escape');
  await expect(audience(page)).toHaveCount(0);

  // Starting on the hidden slide starts on the next shown one.
  await slides(page).nth(3).click();
  await page.locator('body').press('ControlOrMeta+Enter');
  await expect(audience(page)).toHaveAttribute('data-ready', 'true');
  await expectSlide(page, 'p5', '4/7');
  await page.keyboard.press('Escape');
  await expect(slides(page).nth(4)).toHaveAttribute('aria-current', 'true');

  await page.locator('body').press('F5');
  await expect(audience(page)).toHaveAttribute('data-ready', 'true');
  await expectSlide(page, 'p1', '1/7');
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await expect(slides(page).nth(7)).toHaveAttribute('aria-current', 'true');
});

test('speaker view: notes as text, the next step, follows navigation from either window, timer, ends with the presentation', async ({
  page,
}) => {
  await openDeck(page, host.url, 'Industrialisation lecture');
  await present(page);
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(speaker).toHaveURL(/#\/speaker\/lecture%2Flecture\.lectern$/);
  const position = speaker.locator('.speaker-position');
  const notes = speaker.getByTestId('speaker-notes');
  const nextHeading = speaker.locator('.speaker-next > h2');

  await expect(position).toHaveText('Slide 1 of 7');
  await expect(notes).toHaveText('Welcome everyone; introduce the reading.');
  await expect(nextHeading).toHaveText('Next: slide 2');
  await expect(
    speaker.getByRole('region', { name: 'Next' }).locator('section.lectern-slide'),
  ).toHaveAttribute('data-slide-id', 'p2');
  await expect(
    speaker.getByRole('region', { name: 'Current slide' }).locator('section.lectern-slide'),
  ).toHaveAttribute('data-slide-id', 'p1');
  // The speaker view as a screen-reader or keyboard user meets it: nothing serious or critical.
  expect(await seriousAxeFindings(speaker)).toEqual([]);

  // The audience moves: the speaker follows, and on a building slide "next" is the next point.
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText('Slide 2 of 7 · step 0 of 3');
  await expect(notes).toHaveText('Most large plants used imported machinery.');
  await expect(nextHeading).toHaveText('Next: the next point on this slide');
  await speaker.screenshot({ path: test.info().outputPath('speaker-next-step.png') });
  await expect(
    speaker.getByRole('region', { name: 'Next' }).locator('.fragment.is-shown'),
  ).toHaveCount(1);

  // The speaker moves: the audience follows.
  await speaker.keyboard.press('ArrowRight');
  await expect(visibleFragments(page)).toHaveCount(1);
  await expect(position).toHaveText('Slide 2 of 7 · step 1 of 3');
  await speaker.keyboard.press('PageDown');
  await speaker.keyboard.press('PageDown');
  await speaker.keyboard.press('PageDown');
  await expectSlide(page, 'p3', '3/7');
  await expect(position).toHaveText('Slide 3 of 7');
  // Notes are text: the markup in them is shown, never run or rendered.
  await expect(notes).toHaveText(
    'Engineers on contract. <b>not bold</b> <img src=x onerror=alert(1)>',
  );
  await expect(notes.locator('b, img')).toHaveCount(0);
  await expect(nextHeading).toHaveText('Next: slide 4');

  // Esc cancels a number typed in the speaker view too; the next number starts afresh.
  await speaker.keyboard.press('2');
  await expect(speaker.getByText('Go to slide 2')).toBeVisible();
  await speaker.keyboard.press('Escape');
  await expect(speaker.getByText('Go to slide')).toHaveCount(0);
  await speaker.keyboard.press('6');
  await speaker.keyboard.press('Enter');
  await expectSlide(page, 'p7', '6/7');
  await speaker.keyboard.press('b');
  await expect(page.locator('.lectern-present .reveal')).toHaveClass(/\bpaused\b/);
  await expect(speaker.getByText('Screen blacked out')).toBeVisible();
  await page.keyboard.press('b');
  await expect(speaker.getByText('Screen blacked out')).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(position).toHaveText('Slide 7 of 7');
  await expect(nextHeading).toHaveText('End of the presentation');

  // Notes size, timer pause/reset and the pacing cue.
  const before = await notes.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await speaker.getByRole('button', { name: 'Larger notes' }).click();
  expect(await notes.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(
    before,
  );
  await speaker.getByRole('button', { name: 'Pause' }).click();
  const elapsed = speaker.getByLabel('Elapsed time');
  const paused = await elapsed.textContent();
  await speaker.waitForTimeout(1200);
  await expect(elapsed).toHaveText(paused ?? '');
  await speaker.getByRole('button', { name: 'Reset' }).click();
  await expect(elapsed).toHaveText('00:00');
  await speaker.getByRole('button', { name: 'Resume' }).click();
  await expect(elapsed).not.toHaveText('00:00', { timeout: 3000 });
  await speaker.getByLabel('Planned length in minutes').fill('50');
  // On the last slide after a few seconds of a 50-minute plan: well ahead.
  await expect(speaker.locator('.speaker-pace')).toHaveText(/^\d+ min ahead · \d+ min left$/);

  // S toggles the window; opening it again finds it in step.
  const closed = speaker.waitForEvent('close');
  await page.keyboard.press('s');
  await closed;
  const [again] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(again.locator('.speaker-position')).toHaveText('Slide 7 of 7');

  // Leaving the presentation closes the speaker window.
  const gone = again.waitForEvent('close');
  await page.keyboard.press('Escape');
  await gone;
  await expect(audience(page)).toHaveCount(0);
  await expect(slides(page).nth(7)).toHaveAttribute('aria-current', 'true');
});
