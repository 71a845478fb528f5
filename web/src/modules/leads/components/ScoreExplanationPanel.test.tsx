import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScoreExplanationPanel_LeadFragment } from '../../../__generated__/graphql';
import { RefreshLeadScoresDocument } from '../../../__generated__/lazy';
import { ToastProvider } from '../../../ui/ToastProvider';
import { ScoreExplanationPanel } from './ScoreExplanationPanel';

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

const unscored = {
  __typename: 'Lead',
  id: 'lead-new',
  score: null,
  probability: null,
  scoreBand: null,
  scoreExplanation: null,
} as unknown as ScoreExplanationPanel_LeadFragment;

const rescored = {
  request: { query: RefreshLeadScoresDocument, variables: { ids: ['lead-new'] } },
  result: {
    data: {
      refreshLeadScores: {
        __typename: 'RefreshLeadScoresResult',
        rescored: 1,
        run: null,
      },
    },
  },
};

describe('ScoreExplanationPanel', () => {
  it('offers to score a lead not scored yet, on its own page, and says when it is done', async () => {
    act(() =>
      root.render(
        <MockedProvider mocks={[rescored]}>
          <ToastProvider>
            <ScoreExplanationPanel lead={unscored} />
          </ToastProvider>
        </MockedProvider>,
      ),
    );
    expect(host.textContent).toContain('Not scored yet');
    expect(host.textContent).not.toContain('Rescore the lead');
    const button = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Score it now',
    )!;
    expect(button).toBeDefined();
    await act(async () => {
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(document.body.textContent).toContain('Rescored 1 lead.');
  });
});
