/**
 * How reveal.js runs a Lectern presentation. Kept in one place so the audience view and the
 * benchmark describe the same presentation.
 */
import type { RevealConfig } from 'reveal.js';
import type { AspectRatio } from '../../../common/deck/schema';
import { slideSize } from '../../../common/render/context';

/** The reveal.js settings for a deck of this aspect ratio. */
export function revealConfig(aspect: AspectRatio): RevealConfig {
  const size = slideSize(aspect);
  return {
    width: size.width,
    height: size.height,
    margin: 0.02,
    center: false,
    // Slides are flex columns (base.css); reveal.js sets this as the shown slides' display.
    display: 'flex',
    // Embedded in the app's own full-window layer (the `.reveal-viewport` around it), so
    // reveal.js sizes itself to that layer and F puts that layer, with its cues, full screen.
    embedded: true,
    // The app's route lives in the URL hash; reveal.js must neither write nor follow it.
    hash: false,
    history: false,
    respondToHashChanges: false,
    fragmentInURL: false,
    // No cross-window control through postMessage: the speaker view talks over our own channel.
    postMessage: false,
    postMessageEvents: false,
    // Restrained: a short fade between slides, none between backgrounds.
    transition: 'fade',
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    controls: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    overview: true,
    pause: true,
    help: false,
    // We handle "number, then Enter" ourselves; reveal's G box would steal focus.
    jumpToSlide: false,
    mouseWheel: false,
    previewLinks: false,
    autoPlayMedia: false,
    preloadIframes: false,
    navigationMode: 'linear',
    // Only slides this close to the current one are laid out (reveal.js #2530: big decks).
    viewDistance: 2,
    mobileViewDistance: 2,
  };
}
