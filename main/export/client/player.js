/* Lectern offline player: starts reveal.js on the exported slides and, when the file was
   exported with notes, a speaker view in the same window (current slide, next slide, notes,
   timer and clock). No network, no popups, no postMessage: it works from file:// and a
   USB stick. Deck text reaches the page only as text (textContent), never as markup; notes
   with a formula come typeset from the exporter as inert <template>s, which are cloned. */
/* global Reveal, document, window, location, history, URLSearchParams, setInterval */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('lx-data').textContent);
  var scroll = new URLSearchParams(location.search).get('view') === 'scroll';
  // reveal.js takes settings from the query string; keep only ours, so a crafted link
  // cannot switch anything back on (postMessage, for one).
  var wanted = scroll ? '?view=scroll' : '';
  if (location.search !== wanted)
    history.replaceState(null, '', location.pathname + wanted + location.hash);

  var hasNotes = Array.isArray(data.notes);
  var speaker = document.getElementById('lx-speaker');
  var started = 0;

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function tick() {
    var s = Math.floor((Date.now() - started) / 1000);
    document.getElementById('lx-elapsed').textContent = two(Math.floor(s / 60)) + ':' + two(s % 60);
    var d = new Date();
    document.getElementById('lx-clock').textContent = two(d.getHours()) + ':' + two(d.getMinutes());
  }

  function preview(section) {
    var box = document.getElementById('lx-next');
    box.replaceChildren();
    if (!section) {
      box.textContent = 'End of the lecture';
      return;
    }
    var frame = document.createElement('div');
    frame.className = 'lx-preview';
    frame.style.width = data.width + 'px';
    frame.style.height = data.height + 'px';
    frame.style.transform = 'scale(' + box.clientWidth / data.width + ')';
    var copy = section.cloneNode(true);
    copy.removeAttribute('hidden');
    copy.removeAttribute('aria-hidden');
    copy.classList.remove('past', 'present', 'future');
    copy.style.display = 'flex';
    copy.style.top = '0';
    copy.querySelectorAll('.fragment').forEach(function (el) {
      el.classList.remove('fragment');
    });
    frame.appendChild(copy);
    frame.querySelectorAll('[id]').forEach(function (el) {
      el.removeAttribute('id');
    });
    frame.querySelectorAll('a').forEach(function (el) {
      el.setAttribute('tabindex', '-1');
    });
    box.appendChild(frame);
  }

  function update() {
    if (!hasNotes || speaker.hidden) return;
    var i = Reveal.getIndices().h;
    var slides = Reveal.getSlides();
    document.getElementById('lx-position').textContent =
      'Slide ' + (i + 1) + ' of ' + slides.length;
    var notes = document.getElementById('lx-notes');
    var typeset = document.querySelector('template.lx-note[data-slide="' + i + '"]');
    if (typeset) notes.replaceChildren(typeset.content.cloneNode(true));
    else notes.textContent = data.notes[i] || 'No notes for this slide.';
    preview(slides[i + 1]);
  }

  function toggleSpeaker() {
    if (!hasNotes) return;
    var on = !document.body.classList.contains('lx-speaking');
    document.body.classList.toggle('lx-speaking', on);
    speaker.hidden = !on;
    var talk = document.getElementById('lx-talk');
    if (talk) talk.setAttribute('aria-pressed', String(on));
    if (on && !started) {
      started = Date.now();
      tick();
      setInterval(tick, 1000);
    }
    Reveal.layout();
    update();
  }

  function toggleScroll() {
    location.search = scroll ? '' : '?view=scroll';
  }

  // The reading view shows each slide whole: fragments would turn every slide with a build
  // into a tall sticky page that fills in as the reader scrolls.
  if (scroll)
    document.querySelectorAll('.reveal .fragment').forEach(function (el) {
      el.classList.remove('fragment');
    });

  // On a narrow screen the slide takes the full width: every pixel counts for its text.
  function margin() {
    return window.innerWidth < 600 ? 0 : 0.04;
  }

  var keys = { 82: toggleScroll };
  // The speaker view belongs to the slide view; the reading view has no current slide.
  if (hasNotes && !scroll) keys[83] = toggleSpeaker;
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
    // A phone keeps the slide view (scaled down) unless the reader asks for the reading view.
    scrollActivationWidth: null,
    // Reading view: one slide per row at the window's width, scrolled freely.
    scrollLayout: 'compact',
    scrollSnap: false,
    // A readable column on a wide screen (slides at most 1000px wide), full width on a phone.
    maxScale: scroll ? Math.min(1, 1000 / data.width) : 2,
    keyboard: keys,
    plugins: [],
  });
  Reveal.on('slidechanged', update);

  var reading = document.getElementById('lx-reading');
  reading.textContent = scroll ? 'Slide view' : 'Reading view';
  reading.addEventListener('click', toggleScroll);
  var talk = document.getElementById('lx-talk');
  if (talk && scroll) talk.hidden = true;
  else if (talk) talk.addEventListener('click', toggleSpeaker);
  window.addEventListener('resize', function () {
    if (Reveal.getConfig().margin !== margin()) Reveal.configure({ margin: margin() });
    update();
  });
})();
