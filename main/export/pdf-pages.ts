/**
 * The page count a PDF states in its page tree (`/Type /Pages … /Count N`), read from the
 * bytes Chromium wrote. The root of the tree has the largest count; undefined when none is found.
 */
export function pdfPageCount(bytes: Uint8Array): number | undefined {
  // latin1 keeps every byte one character, so binary streams cannot break the search.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let most: number | undefined;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g))
    most = Math.max(most ?? 0, Number(m[1]));
  return most;
}
