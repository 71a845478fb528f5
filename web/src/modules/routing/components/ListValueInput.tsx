import { useState, type KeyboardEvent } from 'react';

/**
 * The values of an IN / NOT_IN condition: checkboxes over a field's choices, else a text input
 * whose entries (Enter, comma or Add) become removable chips.
 */
export function ListValueInput({
  id,
  label,
  values,
  choices,
  invalid,
  onChange,
}: {
  id: string;
  label: string;
  values: readonly string[];
  choices: readonly string[] | null;
  invalid: boolean;
  onChange: (values: string[]) => void;
}) {
  const [text, setText] = useState('');
  if (choices)
    return (
      <fieldset className="routing-choices" aria-invalid={invalid}>
        <legend className="visually-hidden">{label}</legend>
        {choices.map((choice) => (
          <label key={choice} className="filters__check">
            <input
              type="checkbox"
              checked={values.includes(choice)}
              onChange={(e) =>
                onChange(
                  e.target.checked ? [...values, choice] : values.filter((v) => v !== choice),
                )
              }
            />{' '}
            {choice}
          </label>
        ))}
      </fieldset>
    );
  const add = () => {
    const entries = text
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v && !values.includes(v));
    if (entries.length) onChange([...values, ...entries]);
    setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add();
    }
  };
  return (
    <div className="routing-list">
      <div className="routing-list__entry">
        <input
          id={id}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
          placeholder="Type a value, press Enter"
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
        />
        <button type="button" className="button button--small" onClick={add}>
          Add
        </button>
      </div>
      {values.length > 0 && (
        <ul className="routing-chips" aria-label={`${label}: listed values`}>
          {values.map((v) => (
            <li key={v} className="badge badge--info">
              {v}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${v}`}
                onClick={() => onChange(values.filter((x) => x !== v))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
