import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export type DialogProps = {
  /** The dialog's title, also its accessible name. */
  title: string;
  onClose: () => void;
  children: ComponentChildren;
};

let next = 0;

/** A modal `<dialog>`: focus stays inside, Escape closes it, the page behind is inert. */
export function Dialog({ title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useRef(`dialog-${++next}`).current;
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal?.() ?? dialog.setAttribute('open', '');
    const closed = () => close.current();
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close?.();
    };
  }, []);
  return (
    <dialog ref={ref} aria-labelledby={id} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onClose())}>
      <h2 id={id}>{title}</h2>
      {children}
    </dialog>
  );
}
