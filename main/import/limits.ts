/**
 * What one import may cost. A reading runs in a worker of its own (main/import/off-thread.ts)
 * with these limits, so a reading that is too big or made to exhaust the host costs one
 * import, with a message, and never the host.
 */

/** An import (read, parse, generate) that takes longer is stopped. */
export const IMPORT_TIME_LIMIT_MS = 60_000;

/**
 * The worker's JavaScript heap. A 1.5 MB reading (a book) peaks under 400 MB of memory in all,
 * so a 3 MB one (the most a text reading may be) fits; a .docx of 16 MB of tiny paragraphs, which
 * mammoth turns into over a gigabyte, is stopped.
 */
export const IMPORT_HEAP_LIMIT_MB = 768;

/** The XML and other non-media parts of a .docx may unpack to this much together. */
export const DOCX_TEXT_UNPACKED_BYTES = 20 * 1024 * 1024;

/** All parts of a .docx, pictures included, may unpack to this much together. */
export const DOCX_ALL_UNPACKED_BYTES = 80 * 1024 * 1024;

/** Entries a .docx may hold (a long report with many pictures has a few hundred). */
export const DOCX_MAX_ENTRIES = 5000;

/** The most slides a deck may have: `slides` in the deck schema (common/deck/schema.ts). */
export const DECK_MAX_SLIDES = 5000;

/**
 * The most sections (headings with text under them) one import drafts. Each becomes a deck, or
 * joins one when thin; no course reading has more than a few hundred, and a file of thousands
 * (a heading every line) would end past the slide limit only after minutes of drafting, so it
 * is refused once parsed.
 */
export const IMPORT_MAX_SECTIONS = 1000;
