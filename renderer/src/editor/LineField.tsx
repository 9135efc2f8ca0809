/**
 * A field for one line of text that wraps instead of scrolling sideways: a textarea that
 * grows with its text (CSS `field-sizing`), where Enter adds no line break (a handler given
 * may use Enter first, e.g. to add a bullet) and a line break that gets in anyway (dropped
 * text, an IME) becomes a space.
 *
 * Give it an `aria-label` even inside a `<label>`: a textarea's text is part of its label's
 * text, so the label alone would name it "Title Western equipment…".
 */
import type { Ref, TextareaHTMLAttributes } from 'react';
import './line-field.css';

export interface LineFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange'
> {
  value: string;
  onValue: (value: string) => void;
  ref?: Ref<HTMLTextAreaElement>;
}

export function LineField({ value, onValue, onKeyDown, className, ...rest }: LineFieldProps) {
  return (
    <textarea
      rows={1}
      {...rest}
      className={['line-field', className].filter(Boolean).join(' ')}
      value={value}
      onChange={(e) => onValue(e.currentTarget.value.replace(/\r?\n/g, ' '))}
      onKeyDown={(e) => {
        onKeyDown?.(e);
        if (!e.defaultPrevented && e.key === 'Enter') e.preventDefault();
      }}
    />
  );
}
