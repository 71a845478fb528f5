import { useSearchParams } from 'react-router';

export type UpdateSearchParams = (changes: Record<string, string>) => void;

/**
 * The page's search params, and an update that sets each given name to its value, or removes it
 * when the value is empty, in place of the current history entry (filters, not navigation). A
 * list's page (`page`, `after`) belongs to the filters that produced it, so other changes drop it.
 */
export function useUpdateSearchParams(): [URLSearchParams, UpdateSearchParams] {
  const [params, setParams] = useSearchParams();
  const update: UpdateSearchParams = (changes) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (!('page' in changes)) {
          next.delete('page');
          next.delete('after');
        }
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  return [params, update];
}
