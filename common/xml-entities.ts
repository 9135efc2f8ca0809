/**
 * Character references in markup (`&amp;`, `&#8211;`, `&#x2013;`) as the characters they
 * stand for: mammoth's HTML of a .docx reading and KaTeX's MathML are read with it. A name
 * the caller's table does not know goes to `unknown` (kept as written, or refused).
 */
export function decodeEntities(
  text: string,
  named: Readonly<Record<string, string>>,
  unknown: (reference: string) => string = (reference) => reference,
): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return named[name.toLowerCase()] ?? unknown(reference);
  });
}

/** The five names XML itself defines. */
export const XML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
