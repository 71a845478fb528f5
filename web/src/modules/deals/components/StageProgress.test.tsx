import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CurrentUserDocument, type DealDetails_DealFragment } from '../../../__generated__/graphql';
import { StageProgress } from './StageProgress';

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

const stage = (id: string, name: string, order: number, kind: string) => ({
  __typename: 'PipelineStage' as const,
  id,
  name,
  order,
  kind,
});
const STAGES = [
  stage('st-2', 'Proposal', 2, 'OPEN'),
  stage('st-1', 'Discovery', 1, 'OPEN'),
  stage('st-3', 'Negotiation', 3, 'OPEN'),
  stage('st-won', 'Won', 4, 'WON'),
  stage('st-lost', 'Lost', 5, 'LOST'),
];

function deal(stageId: string, ownerId: string): DealDetails_DealFragment {
  const current = STAGES.find((s) => s.id === stageId)!;
  return {
    id: 'deal-1',
    title: 'Renewal',
    owner: { id: ownerId, name: 'Someone' },
    stage: { id: current.id, name: current.name, kind: current.kind },
    pipeline: { id: 'pl-1', name: 'New business', stages: STAGES },
  } as unknown as DealDetails_DealFragment;
}

async function render(subject: DealDetails_DealFragment, role: string) {
  const me = {
    request: { query: CurrentUserDocument },
    result: { data: { me: { __typename: 'User', id: 'user-rep-1', name: 'Rep One', role } } },
  };
  act(() =>
    root.render(
      <MockedProvider mocks={[me]}>
        <StageProgress deal={subject} />
      </MockedProvider>,
    ),
  );
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  return {
    steps: [...host.querySelectorAll('li')].map((li) => li.textContent),
    buttons: [...host.querySelectorAll('button')].map((b) => b.getAttribute('aria-label')),
    current: host.querySelector('[aria-current="step"]')?.textContent,
  };
}

describe('StageProgress', () => {
  it('offers the other open stages as moves on a deal its user may change, in stage order', async () => {
    const shown = await render(deal('st-2', 'user-rep-1'), 'REP');
    expect(shown.steps).toEqual(['Discovery', 'Proposal', 'Negotiation']);
    expect(shown.current).toBe('Proposal');
    expect(shown.buttons).toEqual(['Move to Discovery', 'Move to Negotiation']);
  });

  it("offers no move on another rep's deal, while a manager has them", async () => {
    expect((await render(deal('st-1', 'user-rep-2'), 'REP')).buttons).toEqual([]);
    act(() => root.unmount());
    root = createRoot(host);
    expect((await render(deal('st-1', 'user-rep-2'), 'MANAGER')).buttons).toEqual([
      'Move to Proposal',
      'Move to Negotiation',
    ]);
  });

  it('offers no move on a closed deal: it is reopened first', async () => {
    const shown = await render(deal('st-lost', 'user-rep-1'), 'ADMIN');
    expect(shown.buttons).toEqual([]);
    expect(shown.current).toBe('Lost');
  });
});
