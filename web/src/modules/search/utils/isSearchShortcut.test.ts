import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from './isSearchShortcut';

const key = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
  target: EventTarget | null = document.body,
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...mods,
});

describe('isSearchShortcut', () => {
  it('opens on Ctrl+K and ⌘K, even in a field', () => {
    const input = document.createElement('input');
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }, input))).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('k'))).toBe(false);
  });

  it('opens on "/" unless the user is typing it into a field', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    for (const tag of ['input', 'textarea', 'select']) {
      expect(isSearchShortcut(key('/', {}, document.createElement(tag)))).toBe(false);
    }
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    expect(isSearchShortcut(key('/', {}, editable))).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }))).toBe(false);
  });
});
