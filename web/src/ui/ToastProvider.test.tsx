import { act, useContext, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastContext } from './ToastContext';
import { ToastProvider } from './ToastProvider';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function ShowOnMount({ undo }: { undo: () => void }) {
  const { show } = useContext(ToastContext);
  useEffect(() => show('Lead deleted.', 'success', { label: 'Undo', run: undo }), [show, undo]);
  return null;
}

let host: HTMLDivElement;
let root: Root;
const toast = () => host.querySelector<HTMLElement>('[data-testid="toast"]');
const pass = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

beforeEach(() => {
  vi.useFakeTimers();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

function render(undo = () => {}) {
  act(() =>
    root.render(
      <ToastProvider>
        <ShowOnMount undo={undo} />
      </ToastProvider>,
    ),
  );
}

describe('ToastProvider', () => {
  it('takes a toast with Undo away after 10 s when nobody is at it', () => {
    render();
    pass(9_900);
    expect(toast()?.textContent).toContain('Lead deleted.');
    pass(200);
    expect(toast()).toBeNull();
  });

  it('keeps the toast while the focus is in it, then runs out only the time that was left', () => {
    render();
    pass(6_000);
    const undo = toast()!.querySelector<HTMLButtonElement>('.toast__action')!;
    act(() => undo.focus());
    pass(60_000);
    expect(toast()).not.toBeNull();
    act(() => undo.blur());
    pass(3_900);
    expect(toast()).not.toBeNull();
    pass(200);
    expect(toast()).toBeNull();
  });

  it('keeps the toast while the pointer is over it', () => {
    render();
    act(() => {
      toast()!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: null }));
    });
    pass(60_000);
    expect(toast()).not.toBeNull();
    act(() => {
      toast()!.dispatchEvent(
        new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }),
      );
    });
    pass(10_100);
    expect(toast()).toBeNull();
  });

  it('runs the action and closes the toast when Undo is pressed', () => {
    const undo = vi.fn();
    render(undo);
    act(() => toast()!.querySelector<HTMLButtonElement>('.toast__action')!.click());
    expect(undo).toHaveBeenCalledTimes(1);
    expect(toast()).toBeNull();
  });
});
