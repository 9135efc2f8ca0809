/**
 * The offline player of an exported HTML file: starts reveal.js on the exported slides and,
 * when the file was exported with notes, a speaker view in the same window (current slide,
 * next slide, notes, timer and clock). No network, no popups, no postMessage: it works from
 * file:// and a USB stick. Deck text reaches the page only as text (textContent), never as
 * markup; notes with a formula come typeset from the exporter as inert <template>s, which are
 * cloned.
 *
 * The timer's format and the typed slide number ("12" then Enter; Esc cancels) are the
 * presenter's own (renderer/src/present), so the export answers as the app does. Built into
 * main/export/client/player.js by `node main/cli/build/player.mjs`; a unit test keeps the
 * built file in step with this one.
 */
import type { RevealApi } from 'reveal.js';
import { formatDuration } from '../present/pacing';
import { slideNumberTyping } from '../present/slide-number';

/** reveal.js's UMD build, inlined before this script, sets this global. */
declare const Reveal: RevealApi;

/** What the exporter writes into `#lx-data`. */
interface PlayerData {
  width: number;
  height: number;
  /** Each slide's notes, when the file was exported with them. */
  notes?: string[];
}

const byId = (id: string): HTMLElement | null => document.getElementById(id);

const data = JSON.parse(byId('lx-data')?.textContent ?? '{}') as PlayerData;
const scroll = new URLSearchParams(location.search).get('view') === 'scroll';
// reveal.js takes settings from the query string; keep only ours, so a crafted link cannot
// switch anything back on (postMessage, for one).
const wanted = scroll ? '?view=scroll' : '';
if (location.search !== wanted) {
  history.replaceState(null, '', location.pathname + wanted + location.hash);
}

const notes = Array.isArray(data.notes) ? data.notes : undefined;
const speaker = byId('lx-speaker');
let started = 0;

function setText(id: string, text: string): void {
  const el = byId(id);
  if (el) el.textContent = text;
}

function tick(): void {
  setText('lx-elapsed', formatDuration(Date.now() - started));
  setText('lx-clock', new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
}

/** The next slide, whole (its build steps shown), scaled into the speaker view's box. */
function preview(section: HTMLElement | undefined): void {
  const box = byId('lx-next');
  if (!box) return;
  box.replaceChildren();
  if (!section) {
    box.textContent = 'End of the lecture';
    return;
  }
  const frame = document.createElement('div');
  frame.className = 'lx-preview';
  frame.style.width = `${data.width}px`;
  frame.style.height = `${data.height}px`;
  frame.style.transform = `scale(${box.clientWidth / data.width})`;
  const copy = section.cloneNode(true) as HTMLElement;
  copy.removeAttribute('hidden');
  copy.removeAttribute('aria-hidden');
  copy.classList.remove('past', 'present', 'future');
  copy.style.display = 'flex';
  copy.style.top = '0';
  copy.querySelectorAll('.fragment').forEach((el) => el.classList.remove('fragment'));
  frame.appendChild(copy);
  frame.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  frame.querySelectorAll('a').forEach((el) => el.setAttribute('tabindex', '-1'));
  box.appendChild(frame);
}

function update(): void {
  if (!notes || !speaker || speaker.hidden) return;
  const i = Reveal.getIndices().h;
  const slides = Reveal.getSlides();
  setText('lx-position', `Slide ${i + 1} of ${slides.length}`);
  const box = byId('lx-notes');
  const typeset = document.querySelector<HTMLTemplateElement>(
    `template.lx-note[data-slide="${i}"]`,
  );
  if (box && typeset) box.replaceChildren(typeset.content.cloneNode(true));
  else if (box) box.textContent = notes[i] || 'No notes for this slide.';
  preview(slides[i + 1]);
}

function toggleSpeaker(): void {
  if (!notes || !speaker) return;
  const on = !document.body.classList.contains('lx-speaking');
  document.body.classList.toggle('lx-speaking', on);
  speaker.hidden = !on;
  byId('lx-talk')?.setAttribute('aria-pressed', String(on));
  if (on && !started) {
    started = Date.now();
    tick();
    setInterval(tick, 1000);
  }
  Reveal.layout();
  update();
}

function toggleScroll(): void {
  location.search = scroll ? '' : '?view=scroll';
}

// The reading view shows each slide whole: fragments would turn every slide with a build into
// a tall sticky page that fills in as the reader scrolls.
if (scroll) {
  document.querySelectorAll('.reveal .fragment').forEach((el) => el.classList.remove('fragment'));
}

/** On a narrow screen the slide takes the full width: every pixel counts for its text. */
const margin = (): number => (window.innerWidth < 600 ? 0 : 0.04);

// A slide number typed then Enter goes there, as in the app. Caught before reveal.js, so Esc
// with digits pending only cancels them (reveal.js would open the overview).
const number = slideNumberTyping();
document.addEventListener(
  'keydown',
  (e) => {
    if (scroll || e.ctrlKey || e.metaKey || e.altKey) return;
    const step = number.key(e.key);
    if (!step) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (step.jumpTo !== undefined) Reveal.slide(Math.min(step.jumpTo, Reveal.getTotalSlides() - 1));
  },
  true,
);

const keys: Record<number, () => void> = { 82: toggleScroll };
// The speaker view belongs to the slide view; the reading view has no current slide.
if (notes && !scroll) keys[83] = toggleSpeaker;
Reveal.initialize({
  width: data.width,
  height: data.height,
  margin: margin(),
  center: false,
  // Slides are flex columns (base.css); reveal.js sets this as the shown slide's display.
  display: 'flex',
  hash: true,
  history: false,
  postMessage: false,
  postMessageEvents: false,
  transition: 'none',
  backgroundTransition: 'none',
  controls: true,
  progress: true,
  slideNumber: 'c/t',
  view: scroll ? 'scroll' : null,
  // A phone keeps the slide view (scaled down) unless the reader asks for the reading view:
  // reveal.js reads null as "never switch" (its types only say number).
  scrollActivationWidth: null as unknown as number,
  // Reading view: one slide per row at the window's width, scrolled freely.
  scrollLayout: 'compact',
  scrollSnap: false,
  // A readable column on a wide screen (slides at most 1000px wide), full width on a phone.
  maxScale: scroll ? Math.min(1, 1000 / data.width) : 2,
  keyboard: keys,
  plugins: [],
}).catch((e: unknown) => console.error('Lectern: the slides could not start:', e));
Reveal.on('slidechanged', update);

const reading = byId('lx-reading');
if (reading) {
  reading.textContent = scroll ? 'Slide view' : 'Reading view';
  reading.addEventListener('click', toggleScroll);
}
const talk = byId('lx-talk');
if (talk && scroll) talk.hidden = true;
else if (talk) talk.addEventListener('click', toggleSpeaker);
window.addEventListener('resize', () => {
  if (Reveal.getConfig().margin !== margin()) Reveal.configure({ margin: margin() });
  update();
});
