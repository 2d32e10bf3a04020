import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface ToastMessage {
  text: string;
  /** Shown as an Undo button while the toast is up. */
  undo?: () => void;
  /** Failures stay until dismissed; others go after a while. */
  error?: boolean;
  /**
   * Takes the keyboard focus when shown (its Undo, else its dismiss button): the control the reader
   * used is gone (a deleted row's Delete button), and focus would otherwise fall to the page's body.
   */
  focus?: boolean;
}

export type ToastProps = {
  toast: ToastMessage | undefined;
  onDismiss: () => void;
  /** How long a toast that is not an error stays, in ms (not counting while the focus is in it). */
  timeoutMs?: number;
  /** Where the focus goes when the toast goes while it held the focus (else: the page's body). */
  onFocusLeft?: () => void;
};

/** A polite live region at the foot of the page: what just happened, with Undo where it can be undone. */
export function Toast({ toast, onDismiss, timeoutMs = 10_000, onFocusLeft }: ToastProps) {
  const region = useRef<HTMLDivElement>(null);
  const [holding, setHolding] = useState(false);
  // Read while rendering, before this render changes the DOM: whether the focus was in the toast.
  const hadFocus = region.current?.contains(document.activeElement) ?? false;
  const focusLeft = useRef(onFocusLeft);
  focusLeft.current = onFocusLeft;

  useLayoutEffect(() => {
    const box = region.current;
    if (!box || !(toast?.focus || hadFocus) || box.contains(document.activeElement)) return;
    // A new toast that asks for the focus, or the focused button gone with the old toast: the focus stays here.
    const target = box.querySelector<HTMLButtonElement>('button.undo') ?? box.querySelector<HTMLButtonElement>('button');
    if (target) target.focus();
    else focusLeft.current?.();
  }, [toast]);

  useEffect(() => {
    // A toast the reader is on (focus on its Undo) stays until they leave it.
    if (!toast || toast.error || holding) return;
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [toast, onDismiss, timeoutMs, holding]);
  useEffect(() => {
    if (!toast) setHolding(false);
  }, [toast]);

  return (
    <div
      ref={region}
      class="toast-region"
      role="status"
      aria-live="polite"
      onFocusIn={() => setHolding(true)}
      onFocusOut={(e) => !region.current?.contains(e.relatedTarget as Node | null) && setHolding(false)}
    >
      {toast && (
        <div class={toast.error ? 'toast error' : 'toast'}>
          <span>{toast.text}</span>
          {toast.undo && (
            <button type="button" class="undo" onClick={toast.undo}>
              {t('libraryUndo')}
            </button>
          )}
          <button type="button" aria-label={t('libraryDismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
