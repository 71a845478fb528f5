import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeadBulkBar } from './LeadBulkBar';

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

describe('LeadBulkBar', () => {
  it('offers the statuses a bulk change can set, not Converted (a lead converts into a deal)', () => {
    act(() =>
      root.render(
        <MockedProvider mocks={[]}>
          <LeadBulkBar selected={['lead-1', 'lead-2']} onDone={() => {}} />
        </MockedProvider>,
      ),
    );
    const select = host.querySelector<HTMLSelectElement>('select[aria-label="Set status"]')!;
    const values = [...select.options].map((option) => option.value);
    expect(values).toEqual(['', 'NEW', 'WORKING', 'QUALIFIED', 'DISQUALIFIED']);
  });
});
