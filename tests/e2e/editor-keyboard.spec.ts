/**
 * Issue 11, items 2, 3 and 9, end to end in Chromium through the browser edition: a keyboard
 * that never traps (Tab out of a bullet field, nothing behind the presentation can take focus,
 * focus following the selection after Ctrl+M, Ctrl+D, Delete, undo and redo, tab titles), the
 * citation picker (search, pick, add a reference in place, label order) and the sorter's drag
 * announcements in words. Axe finds nothing serious or critical with the picker open and while
 * presenting.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { startHost, type RunningHost } from './helpers/host';
import { seriousAxeFindings } from './helpers/axe';
import { lectureDeck, tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';
import { info, openDeck, shortcut, slides } from './helpers/editor';

let ws: TempWorkspace;
let host: RunningHost;
/** One deck per test, so no test opens another's unsaved work. */
const DECKS = {
  focus: 'Soviet industrialization',
  bullets: 'Bullets to nest',
  present: 'Planned economy',
  cite: 'Foreign credit',
  drag: 'Technology transfer',
} as const;
const paths: Record<string, string> = {};

/** The lecture deck with references labelled out of order, as a reading may list them. */
function deckWithReferences(title: string) {
  const deck = lectureDeck(title);
  deck.references = [
    {
      id: 'r10',
      label: '[10]',
      text: 'Nove, A. An Economic History of the USSR. Penguin, 1969.',
      missing: [],
    },
    { id: 'r2', label: '[2]', text: '', missing: ['author', 'title', 'issued'] },
    {
      id: 'r1',
      label: '[1]',
      text: 'Sutton, A. C. Western Technology and Soviet Economic Development 1930 to 1945. Hoover Institution, 1971.',
      missing: [],
    },
    {
      id: 'r9',
      label: '[9]',
      text: 'Davies, R. W. The Industrialisation of Soviet Russia. Macmillan, 1980.',
      missing: [],
    },
  ];
  return deck;
}

test.beforeAll(async () => {
  ws = tempWorkspace();
  for (const [slug, title] of Object.entries(DECKS))
    paths[slug] = writeDeck(ws, slug, deckWithReferences(title));
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

async function open(page: Page, title: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await expect(page).toHaveTitle('Library — Lectern');
  await openDeck(page, host.url, title);
}

test('opening a deck focuses the sorter; focus follows Ctrl+M, Ctrl+D, Delete, undo and redo', async ({
  page,
}) => {
  const TITLE = DECKS.focus;
  await open(page, TITLE);
  await expect(page).toHaveTitle(`${TITLE} — Editor — Lectern`);
  await expect(slides(page).nth(0)).toBeFocused();

  // Ctrl+M from a text field: the new slide is current and has focus.
  await slides(page).nth(1).click();
  await page.getByLabel('Bullet 1', { exact: true }).focus();
  await shortcut(page, 'm');
  await expect(slides(page)).toHaveCount(5);
  await expect(slides(page).nth(2)).toHaveAttribute('aria-current', 'true');
  await expect(slides(page).nth(2)).toBeFocused();

  // Ctrl+D: the copy is current and focused.
  await slides(page).nth(1).click();
  await shortcut(page, 'd');
  await expect(slides(page)).toHaveCount(6);
  await expect(slides(page).nth(2)).toHaveAccessibleName(/^Slide 3: Western equipment/);
  await expect(slides(page).nth(2)).toBeFocused();

  // Delete in the sorter: the slide that takes its place is current and focused.
  await page.keyboard.press('Delete');
  await expect(slides(page)).toHaveCount(5);
  await expect(slides(page).nth(2)).toHaveAttribute('aria-current', 'true');
  await expect(slides(page).nth(2)).toBeFocused();

  // Undo brings the copy back, selected and focused; redo deletes it again, focus stays in the sorter.
  await shortcut(page, 'z');
  await expect(slides(page)).toHaveCount(6);
  await expect(slides(page).nth(2)).toHaveAccessibleName(/^Slide 3: Western equipment/);
  await expect(slides(page).nth(2)).toBeFocused();
  await shortcut(page, 'y');
  await expect(slides(page)).toHaveCount(5);
  await expect(page.locator('.sorter-item:focus')).toHaveCount(1);

  // Undo of a typed title, from elsewhere: back to that slide and into the title field.
  await slides(page).nth(3).click();
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Foreign specialists');
  await slides(page).nth(0).click();
  await expect(slides(page).nth(0)).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(slides(page).nth(3)).toHaveAttribute('aria-current', 'true');
  await expect(title).toHaveValue('Western specialists');
  await expect(title).toBeFocused();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(title).toHaveValue('Foreign specialists');
  await expect(title).toBeFocused();
  await shortcut(page, 'z');
  await expect(title).toHaveValue('Western specialists');
});

test('Tab leaves a bullet field when it cannot nest, and always with Ctrl+Tab or Esc then Tab', async ({
  page,
}) => {
  await open(page, DECKS.bullets);
  await slides(page).nth(1).click();
  const first = page.getByLabel('Bullet 1', { exact: true });
  const second = page.getByLabel('Bullet 2', { exact: true });

  // The first bullet cannot be indented: Tab moves on, as everywhere, and says nothing about ids.
  await first.focus();
  await page.keyboard.press('Tab');
  await expect(first).not.toBeFocused();
  await expect(page.locator('.message-bar')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('c1-i1');
  // A top-level bullet cannot be outdented: Shift+Tab moves back.
  await first.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(first).not.toBeFocused();

  // The second bullet can nest: Tab indents it and focus stays with it.
  await second.focus();
  await page.keyboard.press('Tab');
  const nested = page.getByLabel('Bullet 1.1', { exact: true });
  await expect(nested).toHaveValue('Turnkey plants from *abroad*');
  await expect(nested).toBeFocused();
  // Ctrl+Tab always leaves.
  await page.keyboard.press('ControlOrMeta+Tab');
  await expect(nested).not.toBeFocused();
  await expect(page.locator(':focus')).toHaveCount(1);
  // Esc, then Tab, leaves too (Shift+Tab would have un-nested it).
  await nested.focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(nested).not.toBeFocused();
  await expect(page.getByLabel('Bullet 1.1', { exact: true })).toHaveValue(
    'Turnkey plants from *abroad*',
  );
  // And Shift+Tab un-nests it.
  await nested.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Bullet 2', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Bullet 2', { exact: true })).toHaveValue(
    'Turnkey plants from *abroad*',
  );
});

test('while presenting, nothing behind the presentation can take focus; axe finds nothing serious', async ({
  page,
}) => {
  const TITLE = DECKS.present;
  await open(page, TITLE);
  await slides(page).nth(1).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const presentation = page.getByRole('dialog', { name: `Presenting ${TITLE}` });
  await expect(presentation).toHaveAttribute('data-ready', 'true');
  await expect(page).toHaveTitle(`${TITLE} — Presenting — Lectern`);
  await expect(page.locator('#root')).toHaveAttribute('inert', '');

  // Tab through: focus is only ever inside the presentation or nowhere (the body).
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      return el.closest('.lectern-present')
        ? 'presentation'
        : `behind: ${el.outerHTML.slice(0, 120)}`;
    });
    expect(where === 'body' || where === 'presentation', where).toBe(true);
  }
  // Nothing behind is focusable at all.
  const focusableBehind = await page.evaluate(
    () =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '#root a[href], #root button, #root input, #root select, #root textarea, #root [tabindex]',
        ),
      ].filter((el) => {
        el.focus();
        return document.activeElement === el;
      }).length,
  );
  expect(focusableBehind).toBe(0);

  // The key cues fade in and out (0.3 s): the helper asks once the fade is over.
  expect(await seriousAxeFindings(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(presentation).toHaveCount(0);
  await expect(page.locator('#root')).not.toHaveAttribute('inert', '');
  await expect(page).toHaveTitle(`${TITLE} — Editor — Lectern`);
  await expect(slides(page).nth(1)).toBeFocused();
});

test('the citation picker: search, pick with pages, add a reference in place; references in label order', async ({
  page,
}) => {
  await open(page, DECKS.cite);
  const stage = page.getByRole('region', { name: 'Current slide' });
  await slides(page).nth(2).click();
  await page.getByRole('button', { name: 'Cite a reference in bullet 1' }).click();
  const search = page.getByRole('combobox', { name: 'Reference to cite in bullet 1' });
  await expect(search).toBeFocused();
  const list = page.getByRole('listbox', { name: 'References to cite in bullet 1' });
  // Label order, each with what the work is.
  await expect(list.getByRole('option')).toHaveText([
    /^\[1\]\s*Sutton, A\. C\. \(1971\)\s*Western Technology/,
    /^\[2\]\s*No details yet/,
    /^\[9\]\s*Davies/,
    /^\[10\]\s*Nove/,
    'Add reference…',
  ]);

  mkdirSync('/tmp/ui-shots', { recursive: true });
  await page.screenshot({ path: '/tmp/ui-shots/citation-picker.png' });
  expect(await seriousAxeFindings(page)).toEqual([]);

  // Search narrows the list; Enter picks; pages beside it.
  await search.fill('hoover 1971');
  await expect(list.getByRole('option')).toHaveText([/^\[1\]/, 'Add reference…']);
  await page.keyboard.press('Enter');
  await expect(list.getByRole('option', { name: /^\[1\] Sutton/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.getByLabel('Pages for the new citation in bullet 1').fill('207-209');
  await page.getByRole('button', { name: 'Add citation' }).click();
  await expect(stage.locator('.lectern-cite')).toHaveText('[1, pp. 207–209]');

  // A work not in the list yet: "Add reference…" in place, then it is selected to cite.
  await page.getByRole('button', { name: 'Cite a reference in bullet 1' }).click();
  await search.fill('Carr');
  await list.getByRole('option', { name: 'Add reference…' }).click();
  const form = page.getByRole('group', { name: 'New reference for bullet 1' });
  await expect(form.getByLabel('Label')).toHaveValue('[11]');
  await form
    .getByLabel('Full reference')
    .fill('Carr, E. H. The Bolshevik Revolution. Macmillan, 1950.');
  await page.screenshot({ path: '/tmp/ui-shots/citation-picker-add.png' });
  await form.getByRole('button', { name: 'Add reference' }).click();
  await expect(
    list.getByRole('option', { name: /^\[11\] Carr, E\. H\., The Bolshevik Revolution, 1950$/ }),
  ).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Add citation' }).click();
  await expect(stage.locator('.lectern-cite')).toHaveText('[1, pp. 207–209; 11]');

  // The References tab lists them in label order: [2] after [1], [10] after [9], [11] last.
  await page.getByRole('tab', { name: 'References' }).click();
  const labels = page
    .getByRole('tabpanel', { name: 'References' })
    .getByLabel('Label', { exact: true });
  await expect(labels).toHaveCount(5);
  expect(
    await labels.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value)),
  ).toEqual(['[1]', '[2]', '[9]', '[10]', '[11]']);

  await shortcut(page, 's');
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  const saved = info(paths.cite!);
  expect(saved.slides[2]!.citations).toEqual([
    { ref: 'r1', pages: '207-209' },
    { ref: expect.any(String), pages: null },
  ]);
  expect(saved.references).toContainEqual(expect.objectContaining({ label: '[11]' }));
});

/**
 * dnd-kit's keyboard sensor starts listening for arrow keys a task after the pick-up (a
 * setTimeout), while the pick-up is announced at once: a timer queued now runs after it.
 */
async function keyboardSensorListening(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

test('drag and drop is announced in words: "Slide 2, Western equipment, moved to position 4"', async ({
  page,
}) => {
  await open(page, DECKS.drag);
  const item = slides(page).nth(1);
  await item.click();
  await expect(item).toBeFocused();
  const live = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press('Space');
  await expect(live).toHaveText(/^Picked up slide 2, Western equipment\./);
  await keyboardSensorListening(page);
  await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText('Slide 2, Western equipment, is over position 3.');
  await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText('Slide 2, Western equipment, is over position 4.');
  await page.keyboard.press('Space');
  await expect(live).toHaveText('Slide 2, Western equipment, moved to position 4.');
  await expect(slides(page).nth(3)).toHaveAccessibleName(/^Slide 4: Western equipment/);
  await expect(live).not.toContainText(/s\d|r\d|Draggable|droppable/);

  // Escape cancels, in words too.
  await slides(page).nth(3).focus();
  await page.keyboard.press('Space');
  await expect(live).toHaveText(/^Picked up slide 4, Western equipment\./);
  await keyboardSensorListening(page);
  await page.keyboard.press('ArrowUp');
  await expect(live).toHaveText('Slide 4, Western equipment, is over position 3.');
  await page.keyboard.press('Escape');
  await expect(live).toHaveText(
    'Moving cancelled. Slide 4, Western equipment, stays at position 4.',
  );
  await expect(slides(page).nth(3)).toHaveAccessibleName(/^Slide 4: Western equipment/);
  await shortcut(page, 'z');
  await expect(slides(page).nth(1)).toHaveAccessibleName(/^Slide 2: Western equipment/);
});
