import { useSearchParams } from 'react-router';

export type UpdateSearchParams = (changes: Record<string, string>) => void;

/**
 * The page's search params, and an update that sets each given name to its value, or removes it
 * when the value is empty, in place of the current history entry (filters, not navigation).
 */
export function useUpdateSearchParams(): [URLSearchParams, UpdateSearchParams] {
  const [params, setParams] = useSearchParams();
  const update: UpdateSearchParams = (changes) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
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
