/* Lectern offline player, built from renderer/src/export-player/player.ts by
   `node main/cli/build/player.mjs`: do not edit by hand. */
(() => {
  // renderer/src/present/pacing.ts
  function formatDuration(ms) {
    const s = Math.max(0, Math.floor(ms / 1e3));
    const two = (n) => String(n).padStart(2, "0");
    const h = Math.floor(s / 3600);
    const m = Math.floor(s % 3600 / 60);
    return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${two(m)}:${two(s % 60)}`;
  }

  // renderer/src/present/slide-number.ts
  var MAX_DIGITS = 4;
  function slideNumberKey(typed, key) {
    if (/^[0-9]$/.test(key)) return { typed: (typed + key).slice(0, MAX_DIGITS) };
    if (!typed) return void 0;
    if (key === "Backspace") return { typed: typed.slice(0, -1) };
    if (key === "Enter") {
      const n = Number(typed);
      return n >= 1 ? { typed: "", jumpTo: n - 1 } : { typed: "" };
    }
    if (key === "Escape") return { typed: "" };
    return void 0;
  }
  var MODIFIERS = /* @__PURE__ */ new Set([
    "Alt",
    "AltGraph",
    "CapsLock",
    "Control",
    "Fn",
    "FnLock",
    "Hyper",
    "Meta",
    "NumLock",
    "OS",
    "ScrollLock",
    "Shift",
    "Super",
    "Symbol",
    "SymbolLock"
  ]);
  function typedAfterOtherKey(typed, key) {
    return MODIFIERS.has(key) ? typed : "";
  }
  function slideNumberTyping(shown = () => {
  }) {
    let typed = "";
    const set = (next) => {
      if (next === typed) return;
      typed = next;
      shown(next);
    };
    return {
      key(key) {
        const step = slideNumberKey(typed, key);
        set(step ? step.typed : typedAfterOtherKey(typed, key));
        return step;
      }
    };
  }

  // renderer/src/export-player/player.ts
  var byId = (id) => document.getElementById(id);
  var data = JSON.parse(byId("lx-data")?.textContent ?? "{}");
  var scroll = new URLSearchParams(location.search).get("view") === "scroll";
  var wanted = scroll ? "?view=scroll" : "";
  if (location.search !== wanted) {
    history.replaceState(null, "", location.pathname + wanted + location.hash);
  }
  var notes = Array.isArray(data.notes) ? data.notes : void 0;
  var speaker = byId("lx-speaker");
  var started = 0;
  function setText(id, text) {
    const el = byId(id);
    if (el) el.textContent = text;
  }
  function tick() {
    setText("lx-elapsed", formatDuration(Date.now() - started));
    setText("lx-clock", (/* @__PURE__ */ new Date()).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
  }
  function preview(section) {
    const box = byId("lx-next");
    if (!box) return;
    box.replaceChildren();
    if (!section) {
      box.textContent = "End of the lecture";
      return;
    }
    const frame = document.createElement("div");
    frame.className = "lx-preview";
    frame.style.width = `${data.width}px`;
    frame.style.height = `${data.height}px`;
    frame.style.transform = `scale(${box.clientWidth / data.width})`;
    const copy = section.cloneNode(true);
    copy.removeAttribute("hidden");
    copy.removeAttribute("aria-hidden");
    copy.classList.remove("past", "present", "future");
    copy.style.display = "flex";
    copy.style.top = "0";
    copy.querySelectorAll(".fragment").forEach((el) => el.classList.remove("fragment"));
    frame.appendChild(copy);
    frame.querySelectorAll("[id]").forEach((el) => el.removeAttribute("id"));
    frame.querySelectorAll("a").forEach((el) => el.setAttribute("tabindex", "-1"));
    box.appendChild(frame);
  }
  function update() {
    if (!notes || !speaker || speaker.hidden) return;
    const i = Reveal.getIndices().h;
    const slides = Reveal.getSlides();
    setText("lx-position", `Slide ${i + 1} of ${slides.length}`);
    const box = byId("lx-notes");
    const typeset = document.querySelector(
      `template.lx-note[data-slide="${i}"]`
    );
    if (box && typeset) box.replaceChildren(typeset.content.cloneNode(true));
    else if (box) box.textContent = notes[i] || "No notes for this slide.";
    preview(slides[i + 1]);
  }
  function toggleSpeaker() {
    if (!notes || !speaker) return;
    const on = !document.body.classList.contains("lx-speaking");
    document.body.classList.toggle("lx-speaking", on);
    speaker.hidden = !on;
    byId("lx-talk")?.setAttribute("aria-pressed", String(on));
    if (on && !started) {
      started = Date.now();
      tick();
      setInterval(tick, 1e3);
    }
    Reveal.layout();
    update();
  }
  function toggleScroll() {
    location.search = scroll ? "" : "?view=scroll";
  }
  if (scroll) {
    document.querySelectorAll(".reveal .fragment").forEach((el) => el.classList.remove("fragment"));
  }
  var margin = () => window.innerWidth < 600 ? 0 : 0.04;
  var number = slideNumberTyping();
  document.addEventListener(
    "keydown",
    (e) => {
      if (scroll || e.ctrlKey || e.metaKey || e.altKey) return;
      const step = number.key(e.key);
      if (!step) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (step.jumpTo !== void 0) Reveal.slide(Math.min(step.jumpTo, Reveal.getTotalSlides() - 1));
    },
    true
  );
  var keys = { 82: toggleScroll };
  if (notes && !scroll) keys[83] = toggleSpeaker;
  Reveal.initialize({
    width: data.width,
    height: data.height,
    margin: margin(),
    center: false,
    // Slides are flex columns (base.css); reveal.js sets this as the shown slide's display.
    display: "flex",
    hash: true,
    history: false,
    postMessage: false,
    postMessageEvents: false,
    transition: "none",
    backgroundTransition: "none",
    controls: true,
    progress: true,
    slideNumber: "c/t",
    view: scroll ? "scroll" : null,
    // A phone keeps the slide view (scaled down) unless the reader asks for the reading view:
    // reveal.js reads null as "never switch" (its types only say number).
    scrollActivationWidth: null,
    // Reading view: one slide per row at the window's width, scrolled freely.
    scrollLayout: "compact",
    scrollSnap: false,
    // A readable column on a wide screen (slides at most 1000px wide), full width on a phone.
    maxScale: scroll ? Math.min(1, 1e3 / data.width) : 2,
    keyboard: keys,
    plugins: []
  }).catch((e) => console.error("Lectern: the slides could not start:", e));
  Reveal.on("slidechanged", update);
  var reading = byId("lx-reading");
  if (reading) {
    reading.textContent = scroll ? "Slide view" : "Reading view";
    reading.addEventListener("click", toggleScroll);
  }
  var talk = byId("lx-talk");
  if (talk && scroll) talk.hidden = true;
  else if (talk) talk.addEventListener("click", toggleSpeaker);
  window.addEventListener("resize", () => {
    if (Reveal.getConfig().margin !== margin()) Reveal.configure({ margin: margin() });
    update();
  });
})();
