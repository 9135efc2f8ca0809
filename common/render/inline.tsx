/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Inline Markdown, the bullet text format: `*em*`, `**strong**`, `` `code` ``,
 * `[label](https://…)`, parsed once for every output (common/deck/inline-markdown.ts) and
 * turned into React elements, never into an HTML string: deck text can never become markup.
 * Formulas (`$…$`, `$$…$$`) are typeset by KaTeX (./math.tsx).
 */
import { Fragment, type ReactNode } from 'react';
import { inlineTokens, SAFE_HREF } from '../deck/inline-markdown';
import { MathView } from './math';

export interface InlineOptions {
  /** Render links as live `<a>` elements (presenting, export) or as styled text (editor, thumbnails). */
  liveLinks?: boolean;
}

interface Frame {
  kind: 'root' | 'em' | 'strong' | 'link' | 'plain';
  href?: string;
  children: ReactNode[];
}

/** Inline Markdown as React nodes. */
export function renderInline(text: string, options: InlineOptions = {}): ReactNode {
  const stack: Frame[] = [{ kind: 'root', children: [] }];
  const top = (): Frame => stack[stack.length - 1]!;
  let key = 0;
  const close = (): void => {
    const frame = stack.pop()!;
    const k = key++;
    let node: ReactNode;
    if (frame.kind === 'em') node = <em key={k}>{frame.children}</em>;
    else if (frame.kind === 'strong') node = <strong key={k}>{frame.children}</strong>;
    else if (frame.kind === 'link' && options.liveLinks) {
      node = (
        <a key={k} href={frame.href} target="_blank" rel="noopener noreferrer">
          {frame.children}
        </a>
      );
    } else if (frame.kind === 'link')
      node = (
        <span key={k} className="lectern-link">
          {frame.children}
        </span>
      );
    else node = <Fragment key={k}>{frame.children}</Fragment>;
    top().children.push(node);
  };
  for (const token of inlineTokens(text)) {
    switch (token.type) {
      case 'text':
        top().children.push(token.content);
        break;
      case 'code_inline':
        top().children.push(<code key={key++}>{token.content}</code>);
        break;
      case 'math_inline':
      case 'math_display':
        top().children.push(
          <MathView key={key++} tex={token.content} display={token.type === 'math_display'} />,
        );
        break;
      case 'softbreak':
      case 'hardbreak':
        top().children.push(<br key={key++} />);
        break;
      case 'em_open':
        stack.push({ kind: 'em', children: [] });
        break;
      case 'strong_open':
        stack.push({ kind: 'strong', children: [] });
        break;
      case 'link_open': {
        const href = String(token.attrGet('href') ?? '');
        stack.push(
          SAFE_HREF.test(href)
            ? { kind: 'link', href, children: [] }
            : { kind: 'plain', children: [] },
        );
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 'link_close':
        if (stack.length > 1) close();
        break;
      default:
        // Any other token (none are enabled) is shown as the text it came from.
        if (token.content) top().children.push(token.content);
    }
  }
  while (stack.length > 1) close();
  return <>{stack[0]!.children}</>;
}
