/**
 * A modal dialog on the native <dialog> element: focus is trapped and restored by the
 * browser, Escape cancels. Used for confirmations and the small forms of the app.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  /** The accessible name, shown as the heading. */
  title: string;
  children: ReactNode;
  onClose: () => void;
}

/** Opens as a modal on mount and calls `onClose` when dismissed with Escape. */
export function Dialog({ title, children, onClose }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 style={{ marginTop: 0, fontSize: '1.15rem' }}>{title}</h2>
      {children}
    </dialog>
  );
}

export interface ConfirmProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be taken back in the editor (deleting a deck). */
export function Confirm({
  title,
  message,
  confirmLabel,
  danger,
  onConfirm,
  onCancel,
}: ConfirmProps) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <div>{message}</div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className={danger ? 'primary danger' : 'primary'}
          onClick={onConfirm}
          autoFocus
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

export interface PromptProps {
  title: string;
  label: string;
  initial: string;
  confirmLabel: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}

/** Asks for one line of text (a new deck title, a new name). */
export function Prompt({ title, label, initial, confirmLabel, onSubmit, onCancel }: PromptProps) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const value = String(new FormData(e.currentTarget).get('value') ?? '').trim();
          if (value) onSubmit(value);
        }}
      >
        <label style={{ display: 'grid', gap: 4 }}>
          {label}
          <input name="value" defaultValue={initial} autoFocus required maxLength={200} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary">
            {confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
