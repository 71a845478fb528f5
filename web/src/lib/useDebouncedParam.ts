import { useEffect, useState } from 'react';
import type { UpdateSearchParams } from './useUpdateSearchParams';

/**
 * A text field backed by a search param: typing updates the field at once and the URL 400 ms after
 * the last key; a change of the URL (Back, a link, "Clear filters") replaces the field's text.
 */
export function useDebouncedParam(
  name: string,
  params: URLSearchParams,
  update: UpdateSearchParams,
) {
  const current = params.get(name) ?? '';
  const [value, setValue] = useState(current);
  useEffect(() => setValue(current), [current]);
  useEffect(() => {
    if (value === current) return;
    const timer = setTimeout(() => update({ [name]: value }), 400);
    return () => clearTimeout(timer);
  }, [value, current, name, update]);
  return [value, setValue] as const;
}
