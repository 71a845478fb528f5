import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useUpdateSearchParams } from './useUpdateSearchParams';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

let update: ReturnType<typeof useUpdateSearchParams>[1];

function Filters() {
  const [, set] = useUpdateSearchParams();
  update = set;
  return <output>{useLocation().search}</output>;
}

const shown = () => host.querySelector('output')!.textContent;

describe('useUpdateSearchParams', () => {
  it('keeps both of two updates made before a render (a box ticked while a search is on its way)', () => {
    act(() =>
      root.render(
        <MemoryRouter initialEntries={['/board/p1?owner=u1&page=3']}>
          <Filters />
        </MemoryRouter>,
      ),
    );
    // Both before React renders the first: the board's typed search and its Rotting box.
    act(() => {
      update({ q: 'platform' });
      update({ rotting: '1' });
    });
    expect(shown()).toBe('?owner=u1&q=platform&rotting=1');
    // After a render, an update builds on what the URL shows; empty removes a name.
    act(() => update({ q: '' }));
    expect(shown()).toBe('?owner=u1&rotting=1');
    act(() => update({ page: '2', after: 'c' }));
    expect(shown()).toBe('?owner=u1&rotting=1&page=2&after=c');
  });
});
