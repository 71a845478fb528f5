import { GraphQLError } from 'graphql';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CreatePipelineDocument } from '../../../__generated__/graphql';
import { ToastProvider } from '../../../ui/ToastProvider';
import { NewPipelineForm } from './NewPipelineForm';

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

const refused = {
  request: { query: CreatePipelineDocument, variables: { name: 'New business' } },
  result: {
    errors: [
      new GraphQLError('name: a pipeline named “New business” already exists', {
        extensions: { code: 'BAD_USER_INPUT', field: 'name' },
      }),
    ],
  },
};

describe('NewPipelineForm', () => {
  it('shows a name another pipeline has beside the name field, not in a passing toast', async () => {
    act(() =>
      root.render(
        <MockedProvider mocks={[refused]}>
          <MemoryRouter>
            <ToastProvider>
              <NewPipelineForm />
            </ToastProvider>
          </MemoryRouter>
        </MockedProvider>,
      ),
    );
    const input = host.querySelector<HTMLInputElement>('#new-pipeline')!;
    act(() => {
      // React tracks the value it set; the native setter makes the change an input event sees.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
        input,
        'New business',
      );
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      host.querySelector('form')!.requestSubmit();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const fieldError = input.parentElement!.querySelector('.field__error');
    expect(fieldError?.textContent).toBe('A pipeline named “New business” already exists.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(host.querySelector('[data-testid="toast"]')).toBeNull();
  });
});
