import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface ToastMessage {
  text: string;
  /** Shown as an Undo button while the toast is up. */
  undo?: () => void;
  /** Failures stay until dismissed; others go after a while. */
  error?: boolean;
}

export type ToastProps = {
  toast: ToastMessage | undefined;
  onDismiss: () => void;
  /** How long a toast that is not an error stays, in ms. */
  timeoutMs?: number;
};

/** A polite live region at the foot of the page: what just happened, with Undo where it can be undone. */
export function Toast({ toast, onDismiss, timeoutMs = 10_000 }: ToastProps) {
  useEffect(() => {
    if (!toast || toast.error) return;
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [toast, onDismiss, timeoutMs]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class={toast.error ? 'toast error' : 'toast'}>
          <span>{toast.text}</span>
          {toast.undo && (
            <button type="button" onClick={toast.undo}>
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
