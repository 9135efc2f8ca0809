/**
 * A TeX formula as linear text that reads as mathematics where TeX cannot be typeset (a
 * PowerPoint text run, a PDF bookmark, a plain-text title): Unicode for Greek and operators
 * (α, ≤, ×, ∑, ∞), super- and subscript characters where every character has one (x², x₁,
 * 10⁻³), else the linear format of PowerPoint's equation editor (UnicodeMath: `x^(n+1)`,
 * `(a+b)/(c+d)`, `√(x+1)`). KaTeX reads the TeX (./mathml.ts); this walks its MathML.
 * A construct with no faithful linear form (a matrix, `\binom`, `\overbrace`, an unmapped
 * accent or alphabet, a line break) gives undefined: the caller keeps the TeX as written.
 * Pure, and the same in every process.
 */
import katex from 'katex';
import { katexMathml, MathmlError, type MathElement, type MathNode } from './mathml';
import {
  alphabetForm,
  COMBINING_ACCENT,
  scriptForm,
  SUBSCRIPT,
  SUPERSCRIPT,
} from './unicode-chars';

/** A run of a formula's linear text in one style. */
export interface MathPiece {
  text: string;
  /** A variable as TeX sets it: a single letter in italics. */
  italic?: true;
  bold?: true;
}

/**
 * How a part of a row behaves, as TeX classes atoms: a relation or binary operator has spaces
 * around it, a large operator (∑, ∫, lim) a space after it, a fraction beside other terms
 * needs brackets, `fn` is the invisible function application after `sin` (a space, or
 * nothing before a bracket); `skip` is nothing (`\left.`, a negative space).
 */
type Kind =
  'ord' | 'op' | 'bin' | 'rel' | 'open' | 'close' | 'punct' | 'space' | 'fn' | 'frac' | 'skip';

interface Item {
  pieces: MathPiece[];
  kind: Kind;
  /** One token (identifier, number, operator): never bracketed as a script's base. */
  token: boolean;
  /**
   * Ends in a script written after `^` or `_` without brackets (`K^α`): a term right after
   * it is set apart by a space, or it would read as part of the script (`K^α L`).
   */
  openScript?: true;
}

/** A construct this writer does not put in linear form. */
class NoLinearForm extends Error {}

const RELATIONS = new Set([
  ...'=<>≤≥≦≧≪≫≠≈≃≅≡≢∼≁≉∝∈∉∋∌⊂⊃⊆⊇⊊⊋⊄⊅→←↔⇒⇐⇔⟶⟵⟷⟹⟸⟺↦⟼↪↩⇀⇁⇌⇋↑↓∣∤∥⊥≺≻⪯⪰≐≜≔≍⊢⊨⊣:≮≯≰≱∽',
]);
const BINARY = new Set([...'+−±∓×÷·⋅∗∘∙∩∪∧∨⊕⊖⊗⊘⊙∖⊓⊔⋆⋄△▽⊎≀⊲⊳⨿']);
const LARGE = new Set([...'∑∏∐∫∬∭∮∯∰⋃⋂⨁⨂⨀⋁⋀⨄⨆']);
const OPENING = new Set([...'([{⟨⌊⌈']);
const CLOSING = new Set([...')]}⟩⌋⌉']);
const PUNCTUATION = new Set([',', ';']);
const PAIRS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '⟨': '⟩' };

/** What KaTeX writes as `\cdot` (the dot operator) as the middle dot every font has. */
const SAME_SIGN: Readonly<Record<string, string>> = { '⋅': '·' };

const textOf = (pieces: readonly MathPiece[]): string => pieces.map((p) => p.text).join('');

/** The characters a reader counts: a letter with its combining accents is one. */
const characters = (text: string): number => [...text.replace(/\p{M}/gu, '')].length;

/** The text of a token element, whatever elements KaTeX nested in it. */
function tokenText(node: MathNode): string {
  return typeof node === 'string' ? node : node.children.map(tokenText).join('');
}

/** Whether the text is one bracketed group, `(…)`, with nothing after its closing bracket. */
function bracketed(text: string): boolean {
  const close = PAIRS[text[0] ?? ''];
  if (!close || text[text.length - 1] !== close) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === text[0]) depth++;
    else if (text[i] === close) depth--;
    if (depth === 0 && i < text.length - 1) return false;
  }
  return true;
}

/** Whether the text stands as one operand without brackets: a number, letters, one group. */
const operand = (text: string): boolean =>
  /^[\p{L}\p{N}\p{M}.′″‴°∞∂∇]+$/u.test(text) || bracketed(text);

const bracket = (pieces: readonly MathPiece[]): MathPiece[] => [
  { text: '(' },
  ...pieces,
  { text: ')' },
];
const asOperand = (item: Item): MathPiece[] =>
  operand(textOf(item.pieces)) ? item.pieces : bracket(item.pieces);

/** A token's styles from its `mathvariant` (italic by default for a single letter of `<mi>`). */
function styled(text: string, variant: string | undefined, letterItalic: boolean): MathPiece {
  switch (variant) {
    case undefined:
      return letterItalic && characters(text) === 1 && /\p{L}/u.test(text)
        ? { text, italic: true }
        : { text };
    case 'normal':
      return { text };
    case 'italic':
      return { text, italic: true };
    case 'bold':
      return { text, bold: true };
    case 'bold-italic':
      return { text, bold: true, italic: true };
    default: {
      const letters = alphabetForm(text, variant);
      if (letters === undefined) throw new NoLinearForm(`mathvariant ${variant}`);
      return { text: letters };
    }
  }
}

function operatorKind(text: string): Kind {
  if (!text) return 'skip';
  if (text === '\u2061') return 'fn';
  if (RELATIONS.has(text)) return 'rel';
  if (BINARY.has(text)) return 'bin';
  if (LARGE.has(text)) return 'op';
  if (OPENING.has(text)) return 'open';
  if (CLOSING.has(text)) return 'close';
  if (PUNCTUATION.has(text)) return 'punct';
  return 'ord';
}

/** A script in super- or subscript characters, or after `^`/`_`, bracketed when it is more than one character. */
function script(item: Item, table: ReadonlyMap<string, string>, mark: '^' | '_'): MathPiece[] {
  const text = textOf(item.pieces);
  if (mark === '^' && /^[′″‴⁗]+$/.test(text)) return item.pieces;
  if (mark === '^' && text === '∘') return [{ text: '°' }];
  const form = scriptForm(text, table);
  if (form !== undefined) return [{ text: form }];
  if (characters(text) === 1 || bracketed(text)) return [{ text: mark }, ...item.pieces];
  return [{ text: `${mark}(` }, ...item.pieces, { text: ')' }];
}

/** A base with its scripts; a base of several terms is bracketed (`(a+b)²`), a named operator is not. */
function scripted(base: Item, sub: Item | undefined, sup: Item | undefined): Item {
  const text = textOf(base.pieces);
  const pieces =
    base.token || base.kind === 'op' || characters(text) <= 1 || bracketed(text)
      ? [...base.pieces]
      : bracket(base.pieces);
  const last = sup ? script(sup, SUPERSCRIPT, '^') : script(sub!, SUBSCRIPT, '_');
  if (sub && sup) pieces.push(...script(sub, SUBSCRIPT, '_'));
  pieces.push(...last);
  const open = last.length > 1 && /^[_^]$/.test(last[0]!.text);
  return {
    pieces,
    kind: base.kind === 'op' ? 'op' : 'ord',
    token: false,
    ...(open ? { openScript: true as const } : {}),
  };
}

/** Whether a base takes limits above and below as scripts: ∑, ∫…, or a named operator (lim, max). */
function takesLimits(base: Item): boolean {
  return base.kind === 'op' || (base.token && characters(textOf(base.pieces)) > 1);
}

/** An accent over one letter as the letter and the combining mark (x̂, ẋ, v⃗). */
function accented(base: Item, accent: MathNode): Item {
  const mark = COMBINING_ACCENT.get(tokenText(accent));
  if (!mark || characters(textOf(base.pieces)) !== 1)
    throw new NoLinearForm(`accent ${tokenText(accent)}`);
  const pieces = base.pieces.filter((p) => p.text);
  const last = pieces[pieces.length - 1]!;
  pieces[pieces.length - 1] = { ...last, text: last.text + mark };
  return { pieces, kind: 'ord', token: true };
}

function children(element: MathElement, count: number): MathNode[] {
  if (element.children.length !== count)
    throw new NoLinearForm(`<${element.tag}> with ${element.children.length} children`);
  return element.children;
}

/** Parts of a row have TeX's spacing unless `compact` (scripts, fractions, roots). */
function convert(node: MathNode, compact: boolean): Item {
  if (typeof node === 'string')
    return { pieces: [{ text: node }], kind: node.trim() ? 'ord' : 'skip', token: true };
  const { tag, attrs } = node;
  switch (tag) {
    case 'math':
    case 'semantics':
    case 'mrow':
    case 'mstyle':
      if (attrs.mathvariant) throw new NoLinearForm(`<${tag} mathvariant>`);
      return row(
        node.children.filter((c) => typeof c === 'string' || !c.tag.startsWith('annotation')),
        compact,
      );
    case 'mi':
      return {
        pieces: [styled(tokenText(node), attrs.mathvariant, true)],
        kind: 'ord',
        token: true,
      };
    case 'mn':
      return {
        pieces: [styled(tokenText(node), attrs.mathvariant, false)],
        kind: 'ord',
        token: true,
      };
    case 'mtext': {
      const text = tokenText(node);
      // KaTeX writes `\!` as a thin space and an invisible separator: a negative space.
      if (!text.replace(/[\s\u2061-\u2064]/gu, ''))
        return {
          pieces: [{ text: ' ' }],
          kind: text.includes('\u2063') ? 'skip' : 'space',
          token: true,
        };
      return { pieces: [styled(text, attrs.mathvariant, false)], kind: 'ord', token: true };
    }
    case 'mo': {
      if (node.children.some((c) => typeof c !== 'string')) {
        // A named binary operator, `\bmod`: its letters as one word.
        return { pieces: row(node.children, true).pieces, kind: 'bin', token: true };
      }
      const text = tokenText(node);
      const kind = operatorKind(text);
      return {
        pieces: kind === 'fn' ? [] : [{ text: SAME_SIGN[text] ?? text }],
        kind,
        token: true,
      };
    }
    case 'mspace': {
      if (attrs.linebreak) throw new NoLinearForm('a line break');
      const width = parseFloat(attrs.width ?? '0');
      return { pieces: [{ text: ' ' }], kind: width > 0 ? 'space' : 'skip', token: true };
    }
    case 'msup': {
      const [base, sup] = children(node, 2);
      return scripted(convert(base!, compact), undefined, convert(sup!, true));
    }
    case 'msub': {
      const [base, sub] = children(node, 2);
      return scripted(convert(base!, compact), convert(sub!, true), undefined);
    }
    case 'msubsup': {
      const [base, sub, sup] = children(node, 3);
      return scripted(convert(base!, compact), convert(sub!, true), convert(sup!, true));
    }
    case 'mover': {
      const [base, over] = children(node, 2);
      const b = convert(base!, compact);
      if (attrs.accent === 'true') return accented(b, over!);
      if (!takesLimits(b)) throw new NoLinearForm('<mover> over an ordinary base');
      return scripted(b, undefined, convert(over!, true));
    }
    case 'munder': {
      const [base, under] = children(node, 2);
      const b = convert(base!, compact);
      if (attrs.accentunder === 'true' || !takesLimits(b))
        throw new NoLinearForm('<munder> under an ordinary base');
      return scripted(b, convert(under!, true), undefined);
    }
    case 'munderover': {
      const [base, under, over] = children(node, 3);
      const b = convert(base!, compact);
      if (!takesLimits(b)) throw new NoLinearForm('<munderover> of an ordinary base');
      return scripted(b, convert(under!, true), convert(over!, true));
    }
    case 'mfrac': {
      // `\binom` and `\atop` are fractions without a bar: no linear form reads as them.
      if (attrs.linethickness !== undefined && parseFloat(attrs.linethickness) === 0)
        throw new NoLinearForm('a fraction without a bar');
      const [num, den] = children(node, 2);
      return {
        pieces: [
          ...asOperand(convert(num!, true)),
          { text: '/' },
          ...asOperand(convert(den!, true)),
        ],
        kind: 'frac',
        token: false,
      };
    }
    case 'msqrt':
      return {
        pieces: [{ text: '√' }, ...asOperand(row(node.children, true))],
        kind: 'ord',
        token: false,
      };
    case 'mroot': {
      const [radicand, index] = children(node, 2);
      const sign = { '3': '∛', '4': '∜' }[tokenText(index!).trim()];
      if (!sign) throw new NoLinearForm('a root other than √, ∛, ∜');
      return {
        pieces: [{ text: sign }, ...asOperand(convert(radicand!, true))],
        kind: 'ord',
        token: false,
      };
    }
    default:
      // mtable (matrices, aligned), menclose (\cancel, \boxed), mphantom, mpadded, merror…
      throw new NoLinearForm(`<${tag}>`);
  }
}

/**
 * Whether a fraction after (or before) a part of this kind needs brackets to stay one
 * fraction: `2(1/2)`, `(1/2)x`. After a large operator it has a space (`lim_(x→0) (sin x)/x`).
 */
const joinsFractionAfter = (kind: Kind): boolean =>
  kind === 'ord' || kind === 'frac' || kind === 'close';
const joinsFractionBefore = (kind: Kind): boolean =>
  kind === 'ord' || kind === 'frac' || kind === 'op' || kind === 'open';

/** The parts of a row, spaced as TeX spaces them. */
function row(nodes: readonly MathNode[], compact: boolean): Item {
  const items = nodes.map((n) => convert(n, compact)).filter((i) => i.kind !== 'skip');
  // A binary operator with nothing to combine on its left is a sign (−x, (−1), = −3).
  items.forEach((item, i) => {
    const before = items[i - 1]?.kind;
    if (item.kind === 'bin' && (!before || ['bin', 'rel', 'open', 'punct', 'op'].includes(before)))
      items[i] = { ...item, kind: 'ord' };
  });
  const pieces: MathPiece[] = [];
  const space = () => pieces.push({ text: ' ' });
  items.forEach((item, i) => {
    const before = items[i - 1];
    const after = items[i + 1];
    if (item.kind === 'fn') {
      if (after && after.kind !== 'open') space();
      return;
    }
    const spaced = !compact && (item.kind === 'bin' || item.kind === 'rel');
    if (spaced && before) space();
    if (
      item.kind === 'frac' &&
      ((before && joinsFractionAfter(before.kind)) || (after && joinsFractionBefore(after.kind)))
    )
      pieces.push(...bracket(item.pieces));
    else pieces.push(...item.pieces);
    if (!after) return;
    if (item.openScript && !['bin', 'rel', 'punct', 'close', 'space'].includes(after.kind)) space();
    else if (compact) return;
    else if (spaced || item.kind === 'punct') space();
    else if (item.kind === 'op' && (after.kind === 'ord' || after.kind === 'frac')) space();
  });
  if (items.length === 1) return { ...items[0]!, pieces };
  // A named operator's row (`lim` and the function application) keeps a space before its argument.
  const kind = items[items.length - 1]?.kind === 'fn' ? 'op' : 'ord';
  return { pieces, kind, token: false };
}

/** Pieces with one space between words, none at the ends, neighbours of one style merged. */
function tidy(pieces: readonly MathPiece[]): MathPiece[] {
  const out: MathPiece[] = [];
  let spaced = true;
  for (const piece of pieces) {
    let text = '';
    for (const ch of piece.text.replace(/[\u2061-\u2064]/gu, '')) {
      const isSpace = /\s/u.test(ch);
      if (isSpace && spaced) continue;
      text += isSpace ? ' ' : ch;
      spaced = isSpace;
    }
    if (!text) continue;
    const last = out[out.length - 1];
    if (last && last.italic === piece.italic && last.bold === piece.bold) last.text += text;
    else out.push({ ...piece, text });
  }
  const last = out[out.length - 1];
  if (last?.text.endsWith(' ')) {
    last.text = last.text.trimEnd();
    if (!last.text) out.pop();
  }
  return out;
}

/** Formulas converted lately, by TeX; bounded, the oldest forgotten first. */
const MAX_KEPT = 2000;
const kept = new Map<string, readonly MathPiece[] | null>();

/**
 * The formula `tex` as linear text in styled pieces, or undefined when KaTeX cannot read it
 * or it holds a construct with no faithful linear form. The same TeX gives the very same
 * pieces, shared: read them, never change them.
 */
export function linearMath(tex: string): readonly MathPiece[] | undefined {
  let known = kept.get(tex);
  if (known === undefined) {
    try {
      const pieces = tidy(convert(katexMathml(tex), false).pieces);
      known = pieces.length ? pieces : null;
    } catch (e) {
      // KaTeX cannot read it, or it holds a construct with no linear form: the TeX stays.
      if (!(e instanceof NoLinearForm || e instanceof MathmlError || e instanceof katex.ParseError))
        throw e;
      known = null;
    }
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(tex, known);
  }
  return known ?? undefined;
}

/** The formula as plain linear text (`E = mc²`), or undefined as for `linearMath`. */
export function linearMathText(tex: string): string | undefined {
  const pieces = linearMath(tex);
  return pieces && textOf(pieces);
}
