import { useId, useState, type ReactNode } from 'react';
import './infoTip.css';

/**
 * A button that shows a short explanation on hover, focus or click (Escape hides it). The text is the
 * button's accessible description, so a screen reader reads it with the button, shown or not.
 */
export function InfoTip({
  label,
  accessibleLabel,
  children,
}: {
  label: ReactNode;
  accessibleLabel: string;
  children: ReactNode;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const shown = open || pinned;
  return (
    <span
      className="info-tip"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <button
        type="button"
        className="info-tip__button"
        aria-label={accessibleLabel}
        aria-describedby={id}
        aria-expanded={shown}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setPinned(false);
        }}
        onClick={() => setPinned((p) => !p)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && shown) {
            e.stopPropagation();
            setOpen(false);
            setPinned(false);
          }
        }}
      >
        {label}
      </button>
      <span id={id} role="tooltip" className="info-tip__bubble" hidden={!shown}>
        {children}
      </span>
    </span>
  );
}
