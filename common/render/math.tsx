/** @jsxRuntime automatic @jsxImportSource react */
/**
 * TeX formulas typeset by KaTeX, the same in every output: KaTeX writes an HTML string on
 * the server and in the browser alike, with MathML beside the visual markup for screen
 * readers. That string is the one markup besides chart SVG that reaches a slide raw: KaTeX
 * builds it itself and escapes the TeX it holds (`trust` off: no links, no raw HTML,
 * no styles from the formula). A formula KaTeX cannot read is shown as its source in red;
 * KaTeX's message is for the lecturer only, so it is listed by the deck check (and the
 * formula editor) and never written into a slide or an export.
 */
import katex from 'katex';
import { Fragment, type ReactNode } from 'react';
import { mathSegments } from '../deck/math';

/** A typeset formula, or why it could not be typeset. */
export type Typeset = { ok: true; html: string } | { ok: false; error: string };

const OPTIONS = {
  throwOnError: true,
  output: 'htmlAndMathml',
  trust: false,
  strict: 'ignore',
  maxSize: 50,
  maxExpand: 1000,
} as const;
const cache = new Map<string, Typeset>();

/** The formula as KaTeX's HTML and MathML; cached, since slides re-render on every edit. */
export function typeset(tex: string, display: boolean): Typeset {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let out = cache.get(key);
  if (out) return out;
  try {
    out = { ok: true, html: katex.renderToString(tex, { ...OPTIONS, displayMode: display }) };
  } catch (e) {
    if (!(e instanceof katex.ParseError)) throw e;
    out = { ok: false, error: e.message.replace(/^KaTeX parse error: /, '') };
  }
  if (cache.size > 2000) cache.clear();
  cache.set(key, out);
  return out;
}

/** One formula on a slide (or in notes). */
export function MathView({ tex, display }: { tex: string; display: boolean }): ReactNode {
  const result = typeset(tex, display);
  const written = display ? `$$${tex}$$` : `$${tex}$`;
  if (!result.ok) {
    return (
      <code className="lectern-math-error" style={{ color: 'var(--lectern-math-error, #c00)' }}>
        {written}
      </code>
    );
  }
  return (
    <span
      className={display ? 'lectern-math is-display' : 'lectern-math'}
      dangerouslySetInnerHTML={{ __html: result.html }}
    />
  );
}

/**
 * A plain text (notes, a caption) with its formulas typeset and the rest as text. A display
 * formula stands on its own line, so the spaces around it are dropped (notes keep spaces).
 */
export function renderMathText(text: string): ReactNode {
  if (!text.includes('$')) return text;
  const segments = mathSegments(text);
  const displayAt = (i: number) => {
    const s = segments[i];
    return s?.kind === 'math' && s.display;
  };
  return (
    <>
      {segments.map((s, i) => {
        if (s.kind === 'math') return <MathView key={i} tex={s.tex} display={s.display} />;
        let words = s.text;
        if (displayAt(i - 1)) words = words.replace(/^[ \t]+/, '');
        if (displayAt(i + 1)) words = words.replace(/[ \t]+$/, '');
        return <Fragment key={i}>{words}</Fragment>;
      })}
    </>
  );
}
