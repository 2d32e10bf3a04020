import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export type TabsProps<K extends string> = {
  tabs: readonly { key: K; label: string }[];
  current: K;
  onSelect: (key: K) => void;
  /** The tab list's accessible name. */
  label: string;
  children: ComponentChildren;
};

/**
 * WAI-ARIA tabs: one tab stop for the list, ← → Home End move between tabs (and show them),
 * the panel is labelled by its tab.
 */
export function Tabs<K extends string>({ tabs, current, onSelect, label, children }: TabsProps<K>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((tab) => tab.key === current);
    const to =
      e.key === 'ArrowRight' ? (at + 1) % tabs.length
      : e.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? tabs.length - 1
      : -1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(tabs[to]!.key);
    list.current?.querySelectorAll<HTMLElement>('[role=tab]')[to]?.focus();
  };
  return (
    <>
      <div ref={list} role="tablist" aria-label={label} class="tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`tab-${tab.key}`}
            aria-selected={tab.key === current}
            aria-controls={`panel-${tab.key}`}
            tabIndex={tab.key === current ? 0 : -1}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} class="panel">
        {children}
      </div>
    </>
  );
}
