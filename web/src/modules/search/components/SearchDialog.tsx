import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSearchQuery } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { shownHits } from '../utils/shownHits';
import { plural } from '../../../lib/plural';
import { hitPath, searchGroups, type SearchHit } from '../utils/searchGroups';
import { moveActive } from '../utils/moveActive';
import '../search.css';

const MIN_LENGTH = 3;
const DEBOUNCE_MS = 200;
const RESULTS = 20;

/**
 * Search across deals, leads and customers as one types (ADR 036): a combobox whose listbox holds
 * the server's ranked hits grouped by kind. Arrow keys move through them, Enter opens one, Escape
 * closes. Typing updates the field at once and asks the server 200 ms after the last key.
 */
export function SearchDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim().replace(/\s+/g, ' ')), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const tooShort = [...query].length < MIN_LENGTH;
  const { data, previousData, error, loading } = useSearchQuery({
    variables: { query, first: RESULTS },
    skip: tooShort,
    fetchPolicy: 'cache-first',
  });
  const hits = shownHits({
    tooShort,
    failed: Boolean(error),
    current: data?.search,
    previous: previousData?.search,
  });
  const groups = searchGroups(hits);
  const ordered = groups.flatMap((group) => group.hits);
  const current = Math.min(active, ordered.length - 1);
  useEffect(() => setActive(ordered.length ? 0 : -1), [data, ordered.length]);

  const open = (hit: SearchHit) => {
    onClose();
    void navigate(hitPath(hit));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (['ArrowDown', 'ArrowUp'].includes(event.key)) {
      event.preventDefault();
      setActive(moveActive(current, ordered.length, event.key));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = ordered[current];
      if (hit) open(hit);
    }
  };

  const optionId = (index: number) => `${id}-option-${index}`;
  const status = error
    ? errorMessage(error)
    : text.trim().length < MIN_LENGTH
      ? `Type at least ${MIN_LENGTH} characters of a deal, lead, company, email or customer.`
      : loading && !hits.length
        ? 'Searching…'
        : hits.length
          ? `${plural(hits.length, 'match', 'matches')}${hits.length === RESULTS ? ' (the best ' + RESULTS + ')' : ''}. Up and down arrows to choose, Enter to open.`
          : `Nothing matches “${query}”.`;
  let index = -1;
  return (
    <dialog ref={dialog} className="search" aria-label="Search" onClose={onClose}>
      <div className="search__bar">
        <label htmlFor={`${id}-input`} className="visually-hidden">
          Search deals, leads and customers
        </label>
        <input
          id={`${id}-input`}
          className="search__input"
          // Not type="search": there Escape would clear the text instead of closing.
          type="text"
          role="combobox"
          aria-expanded={ordered.length > 0}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          aria-describedby={`${id}-status`}
          placeholder="Search deals, leads and customers"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          autoFocus
        />
        <button
          type="button"
          className="button button--small"
          // Closing the element itself gives focus back to where it was before search opened.
          onClick={() => dialog.current?.close()}
        >
          Close
        </button>
      </div>
      <p id={`${id}-status`} className="search__status" role="status">
        {status}
      </p>
      <ul id={`${id}-listbox`} role="listbox" aria-label="Results" className="search__results">
        {groups.map((group) => (
          <li key={group.kind} role="presentation">
            <span id={`${id}-${group.kind}`} className="search__group" aria-hidden="true">
              {group.label}
            </span>
            <ul role="group" aria-labelledby={`${id}-${group.kind}`} className="search__options">
              {group.hits.map((hit) => {
                index += 1;
                const position = index;
                return (
                  <li
                    key={`${hit.kind}-${hit.id}`}
                    id={optionId(position)}
                    role="option"
                    aria-selected={position === current}
                    className={`search__option ${position === current ? 'search__option--active' : ''}`}
                    onPointerMove={() => setActive(position)}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => open(hit)}
                  >
                    <span className="search__title">{hit.title}</span>
                    {hit.subtitle && <span className="search__subtitle">{hit.subtitle}</span>}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
