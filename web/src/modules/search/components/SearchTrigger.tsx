import { lazy, Suspense, useEffect, useState } from 'react';
import { isSearchShortcut } from '../utils/isSearchShortcut';
import '../searchTrigger.css';

const loadDialog = () => import('./SearchDialog');
// The search UI is loaded on first focus of this button or first shortcut, not with the entry.
const SearchDialog = lazy(() => loadDialog().then((m) => ({ default: m.SearchDialog })));

/** The top bar's search button; "/" or Ctrl+K (⌘K) opens search from anywhere. */
export function SearchTrigger() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event) || event.defaultPrevented) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="search-trigger"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        onFocus={() => void loadDialog()}
        onPointerEnter={() => void loadDialog()}
        onClick={() => setOpen(true)}
      >
        <span className="search-trigger__icon" aria-hidden="true">
          ⌕
        </span>
        Search
        <kbd className="search-trigger__key" aria-hidden="true">
          /
        </kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
