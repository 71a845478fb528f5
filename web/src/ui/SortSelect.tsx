export type SortOption<C extends string, D extends string> = {
  column: C;
  direction: D;
  label: string;
};

/**
 * A table's sort as one labelled menu, for a phone: there (≤ 720 px, `filters__item--phone` in
 * styles.css) the table's header folds into its cards and takes the header's sort buttons with it.
 * Wider screens never show it. The caller keeps the picked order in the URL the way its header
 * buttons do.
 */
export function SortSelect<C extends string, D extends string>({
  column,
  direction,
  options,
  onChange,
}: {
  column: C;
  direction: D;
  options: readonly SortOption<C, D>[];
  onChange: (column: C, direction: D) => void;
}) {
  const key = (o: { column: string; direction: string }) => `${o.column}:${o.direction}`;
  return (
    <label className="filters__item filters__item--phone">
      <span>Sort</span>
      <select
        value={key({ column, direction })}
        onChange={(e) => {
          const picked = options.find((o) => key(o) === e.target.value);
          if (picked) onChange(picked.column, picked.direction);
        }}
      >
        {options.map((o) => (
          <option key={key(o)} value={key(o)}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
