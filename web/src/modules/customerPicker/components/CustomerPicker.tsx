import { useEffect, useState, type KeyboardEvent } from 'react';
import { useCustomerSearchQuery } from '../../../__generated__/graphql';
import { Field } from '../../../ui/Field';
import { nextHighlight } from '../utils/nextHighlight';
import '../customerPicker.css';
import { plural } from '../../../lib/plural';

export type PickedCustomer = { id: string; name: string };

/**
 * A customer chosen by typing part of the name: the CRM subgraph's `customerPage(search)` through
 * the gateway (ADR 028) suggests up to 8 names once two letters are typed, picked by click, or by
 * arrows and Enter (the ARIA combobox pattern). Typing after a pick unlinks it, so `value` is
 * always a customer the CRM named; `text` is what the field shows, for the form's own check that
 * nothing was typed and left unpicked.
 */
export function CustomerPicker({
  id,
  label,
  value,
  text,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: PickedCustomer | null;
  text: string;
  onChange: (customer: PickedCustomer | null, text: string) => void;
  error?: string | undefined;
}) {
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(-1);
  const [search, setSearch] = useState('');
  // One request when typing pauses, not one per letter.
  useEffect(() => {
    const typed = text.trim();
    const timer = setTimeout(() => setSearch(typed), 200);
    return () => clearTimeout(timer);
  }, [text]);
  const typed = text.trim();
  const { data, loading } = useCustomerSearchQuery({
    variables: { search },
    skip: !open || search.length < 2 || Boolean(value),
  });
  const suggestions = (search === typed && data?.customerPage.nodes) || [];
  const showList = open && !value && typed.length >= 2;

  const pick = (customer: PickedCustomer) => {
    onChange(customer, customer.name);
    setOpen(false);
    setHighlight(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && showList) {
      // Closes the list only, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      return;
    }
    if (event.key === 'Enter' && showList && highlight >= 0 && suggestions[highlight]) {
      event.preventDefault();
      pick(suggestions[highlight]);
      return;
    }
    if (!showList && event.key !== 'ArrowDown') return;
    const next = nextHighlight(highlight, event.key, suggestions.length);
    if (next === undefined) return;
    event.preventDefault();
    setOpen(true);
    setHighlight(next);
  };

  const listId = `${id}-list`;
  const status = !showList
    ? ''
    : search !== typed || loading
      ? 'Searching…'
      : suggestions.length === 0
        ? `No customer’s name contains “${typed}”.`
        : `${plural(suggestions.length, 'customer')} found.`;
  return (
    <Field
      id={id}
      label={label}
      error={error}
      hint={value ? 'Linked' : 'Type 2 letters of the name, then pick one'}
    >
      <div className="picker">
        <input
          id={id}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList && suggestions.length > 0}
          aria-controls={listId}
          aria-activedescendant={
            showList && highlight >= 0 && suggestions[highlight] ? `${id}-${highlight}` : undefined
          }
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : `${id}-hint ${id}-status`}
          autoComplete="off"
          value={text}
          onChange={(e) => {
            onChange(null, e.target.value);
            setOpen(true);
            setHighlight(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {(value || text) && (
          <button
            type="button"
            className="picker__clear"
            aria-label={value ? `Unlink ${value.name}` : 'Clear the customer field'}
            onClick={() => onChange(null, '')}
          >
            ×
          </button>
        )}
        <ul
          id={listId}
          role="listbox"
          aria-label="Customers"
          className="picker__list"
          hidden={!showList || suggestions.length === 0}
        >
          {suggestions.map((customer, index) => (
            <li
              key={customer.id}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === highlight}
              className="picker__option"
              // Picking must happen before the input's blur closes the list.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(customer)}
            >
              {customer.name}
            </li>
          ))}
        </ul>
        <span id={`${id}-status`} className="picker__status" role="status">
          {status}
        </span>
      </div>
    </Field>
  );
}
