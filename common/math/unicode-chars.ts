/**
 * The Unicode characters a formula's linear text is written with: superscript and subscript
 * forms, the combining accents of `\hat`, `\bar`…, and the mathematical alphabets of
 * `\mathbb`, `\mathcal`, `\mathfrak`. Letters get a script form only where Unicode has one
 * that common fonts (Calibri, Cambria, Segoe UI, DejaVu) draw: ⁿ and ⁱ up; the a, e, h, i, j,
 * k, l, m, n, o, p, r, s, t, u, v, x subscripts down.
 */

/** Every character that has a superscript form, and that form. */
export const SUPERSCRIPT: ReadonlyMap<string, string> = new Map([
  ...[...'0123456789'].map((d, i): [string, string] => [d, '⁰¹²³⁴⁵⁶⁷⁸⁹'[i]!]),
  ['+', '⁺'],
  ['−', '⁻'],
  ['-', '⁻'],
  ['=', '⁼'],
  ['(', '⁽'],
  [')', '⁾'],
  ['n', 'ⁿ'],
  ['i', 'ⁱ'],
]);

/** Every character that has a subscript form, and that form. */
export const SUBSCRIPT: ReadonlyMap<string, string> = new Map([
  ...[...'0123456789'].map((d, i): [string, string] => [d, '₀₁₂₃₄₅₆₇₈₉'[i]!]),
  ['+', '₊'],
  ['−', '₋'],
  ['-', '₋'],
  ['=', '₌'],
  ['(', '₍'],
  [')', '₎'],
  ...[...'aehklmnopstx'].map((c, i): [string, string] => [c, 'ₐₑₕₖₗₘₙₒₚₛₜₓ'[i]!]),
  ['i', 'ᵢ'],
  ['j', 'ⱼ'],
  ['r', 'ᵣ'],
  ['u', 'ᵤ'],
  ['v', 'ᵥ'],
]);

/** `text` in script forms when every character has one, else undefined. */
export function scriptForm(text: string, table: ReadonlyMap<string, string>): string | undefined {
  let out = '';
  for (const ch of text) {
    const form = table.get(ch);
    if (form === undefined) return undefined;
    out += form;
  }
  return out;
}

/**
 * KaTeX's accent characters (the `<mo>` over an accented letter) and the combining mark that
 * puts the same accent on the letter before it.
 */
export const COMBINING_ACCENT: ReadonlyMap<string, string> = new Map([
  ['^', '\u0302'],
  ['ˆ', '\u0302'],
  ['~', '\u0303'],
  ['˜', '\u0303'],
  ['ˉ', '\u0304'],
  ['¯', '\u0304'],
  ['‾', '\u0305'],
  ['˘', '\u0306'],
  ['˙', '\u0307'],
  ['¨', '\u0308'],
  ['˚', '\u030A'],
  ['ˇ', '\u030C'],
  ['ˊ', '\u0301'],
  ['´', '\u0301'],
  ['ˋ', '\u0300'],
  ['`', '\u0300'],
  ['\u20D7', '\u20D7'],
]);

/**
 * A mathematical alphabet: where its A and a sit in Unicode's Mathematical Alphanumeric
 * Symbols block, and the letters that live elsewhere (in Letterlike Symbols, encoded first).
 */
interface Alphabet {
  upper: number;
  lower: number;
  special: Readonly<Record<string, string>>;
}

const ALPHABETS: Readonly<Record<string, Alphabet>> = {
  'double-struck': {
    upper: 0x1d538,
    lower: 0x1d552,
    special: { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' },
  },
  script: {
    upper: 0x1d49c,
    lower: 0x1d4b6,
    special: {
      B: 'ℬ',
      E: 'ℰ',
      F: 'ℱ',
      H: 'ℋ',
      I: 'ℐ',
      L: 'ℒ',
      M: 'ℳ',
      R: 'ℛ',
      e: 'ℯ',
      g: 'ℊ',
      o: 'ℴ',
    },
  },
  fraktur: {
    upper: 0x1d504,
    lower: 0x1d51e,
    special: { C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ' },
  },
};

/**
 * `text` (Latin letters) in the mathematical alphabet KaTeX names as `variant`; undefined for
 * another variant or a character the alphabet has not.
 */
export function alphabetForm(text: string, variant: string): string | undefined {
  const alphabet = ALPHABETS[variant];
  if (!alphabet) return undefined;
  let out = '';
  for (const ch of text) {
    const special = alphabet.special[ch];
    if (special) out += special;
    else if (ch >= 'A' && ch <= 'Z')
      out += String.fromCodePoint(alphabet.upper + ch.charCodeAt(0) - 65);
    else if (ch >= 'a' && ch <= 'z')
      out += String.fromCodePoint(alphabet.lower + ch.charCodeAt(0) - 97);
    else return undefined;
  }
  return out;
}
