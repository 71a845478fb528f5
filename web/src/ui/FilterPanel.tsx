import { useId, useState, type ReactNode } from 'react';

/**
 * A list's filters, folded behind a "Filters" button on a phone (≤ 720 px, styles.css) so the list
 * starts on the first screen; wider screens always show them and never the button.
 */
export function FilterPanel({ active, children }: { active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={`filter-panel ${open ? 'filter-panel--open' : ''}`}>
      <button
        type="button"
        className="button button--small filter-panel__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
      >
        {open ? 'Hide filters' : 'Filters'}
        {active > 0 && ` · ${active} on`}
      </button>
      <div id={id} className="filter-panel__body">
        {children}
      </div>
    </div>
  );
}
