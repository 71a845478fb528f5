import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrapLabel';

describe('wrapLabel', () => {
  it('cuts at spaces and keeps them, so the lines join back into the label', () => {
    const lines = wrapLabel('Days in stage ÷ stage median', 16);
    expect(lines).toEqual(['Days in stage ÷ ', 'stage median']);
    expect(lines.join('')).toBe('Days in stage ÷ stage median');
  });
  it('keeps a short label, and a word longer than the width, on one line', () => {
    expect(wrapLabel('Deals won', 16)).toEqual(['Deals won']);
    expect(wrapLabel('Supercalifragilistic', 8)).toEqual(['Supercalifragilistic']);
  });
});
