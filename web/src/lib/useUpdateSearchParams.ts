import { useLocation, useSearchParams } from 'react-router';

export type UpdateSearchParams = (changes: Record<string, string>) => void;

/**
 * The search the last update asked for, and the location it was made from. React Router hands an
 * update the params of the last render, so a second update before the first one's render (a box
 * ticked while a typed search was on its way to the URL) built on params without the first and
 * undid it: the tick, or the typed search, was lost. Until a render shows a new location, updates
 * build on what was asked.
 */
let asked: { key: string; search: string } | null = null;

/**
 * The page's search params, and an update that sets each given name to its value, or removes it
 * when the value is empty, in place of the current history entry (filters, not navigation). A
 * list's page (`page`, `after`) belongs to the filters that produced it, so other changes drop it.
 */
export function useUpdateSearchParams(): [URLSearchParams, UpdateSearchParams] {
  const [params, setParams] = useSearchParams();
  const { key } = useLocation();
  const update: UpdateSearchParams = (changes) => {
    const next = new URLSearchParams(asked?.key === key ? asked.search : params);
    if (!('page' in changes)) {
      next.delete('page');
      next.delete('after');
    }
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    asked = { key, search: next.toString() };
    setParams(next, { replace: true });
  };
  return [params, update];
}
