/**
 * A formula's MathML as KaTeX writes it, read into a tree: KaTeX parses the TeX (macros,
 * symbols, Greek already as Unicode), and this reads back only the markup KaTeX itself
 * writes: elements with double-quoted attributes, text escaped with the five entities of
 * KaTeX's `escape` (and numeric ones). Anything else is not KaTeX's output and throws, so the
 * caller keeps the TeX rather than guess.
 */
import katex from 'katex';
import { decodeEntities, XML_ENTITIES } from '../xml-entities';

/** An element of the MathML tree; its children are elements and text. */
export interface MathElement {
  tag: string;
  attrs: Readonly<Record<string, string>>;
  children: MathNode[];
}
export type MathNode = MathElement | string;

/** Markup that is not what KaTeX writes. */
export class MathmlError extends Error {}

/** KaTeX escapes with the five XML names only: any other is not its output. */
const decode = (text: string): string =>
  decodeEntities(text, XML_ENTITIES, (reference) => {
    throw new MathmlError(`unexpected entity ${reference} in KaTeX's MathML`);
  });

/** A tag, closing or opening (self-closing when it ends in `/>`), or a text between tags. */
const TOKEN = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/y;
const ATTR = /([\w:-]+)\s*=\s*"([^"]*)"/g;

/** The markup as a tree under a nameless root; throws at anything that is not well formed. */
export function readMarkup(markup: string): MathElement {
  const root: MathElement = { tag: '', attrs: {}, children: [] };
  const open: MathElement[] = [root];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < markup.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(markup);
    if (!m) throw new MathmlError(`unexpected markup at ${at} of KaTeX's MathML`);
    const [, closing, tag, attrText, selfClosing, text] = m;
    const parent = open[open.length - 1]!;
    if (text !== undefined) {
      parent.children.push(decode(text));
    } else if (closing) {
      if (parent.tag !== tag || open.length === 1)
        throw new MathmlError(`</${tag}> closes <${parent.tag}> in KaTeX's MathML`);
      open.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText!.matchAll(ATTR)) attrs[a[1]!] = decode(a[2]!);
      const element: MathElement = { tag: tag!, attrs, children: [] };
      parent.children.push(element);
      if (!selfClosing) open.push(element);
    }
  }
  if (open.length !== 1) throw new MathmlError(`<${open[open.length - 1]!.tag}> is never closed`);
  return root;
}

/** The first `<math>` element in the tree, depth first. */
function findMath(node: MathElement): MathElement | undefined {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (child.tag === 'math') return child;
    const found = findMath(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * The `<math>` element KaTeX makes of `tex`; throws KaTeX's ParseError when it cannot read
 * the TeX, as it does for the slides (same limits: no `trust`, no HTML from the formula).
 */
export function katexMathml(tex: string): MathElement {
  const markup = katex.renderToString(tex, {
    output: 'mathml',
    throwOnError: true,
    trust: false,
    strict: 'ignore',
    maxSize: 50,
    maxExpand: 1000,
  });
  const math = findMath(readMarkup(markup));
  if (!math) throw new MathmlError("KaTeX's markup holds no <math> element");
  return math;
}
