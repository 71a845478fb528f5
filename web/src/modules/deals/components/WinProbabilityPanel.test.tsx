import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DealWinProbabilityDocument } from '../../../__generated__/graphql';
import { WinProbabilityPanel } from './WinProbabilityPanel';

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

const card = (version: number, active: boolean, notes: string) => ({
  __typename: 'DealWinModel' as const,
  id: `dwm-${version}`,
  version,
  active,
  trainingRows: 1234,
  // A deal lost in its first stage often has no picked moment: fewer rows than closes.
  closedDealsBeforeHoldout: 1500 as number | null,
  heldOutDeals: 234 as number | null,
  metrics: { __typename: 'ModelMetrics' as const, auc: 0.8123, logLoss: 0.4561, holdoutRows: 210 },
  stageRateBaseline: { __typename: 'StageRateBaseline' as const, auc: 0.6734, logLoss: 0.5209 },
  notes,
});

const factor = (feature: string, label: string, value: string | null, contribution: number) => ({
  __typename: 'ScoreFactor' as const,
  feature,
  label,
  value,
  contribution,
});

/** A stage rate's chance: no model version, time or explanation. */
const stageRate = (probability: number, basis: string) => ({
  probability,
  source: 'STAGE_RATE',
  modelVersion: null,
  scoredAt: null,
  basis,
  explanation: null,
});

const QUALIFICATION =
  'Qualification stage rate: 68 % (the hand-entered 10 % blended with 799 closed deals)';

function answer(winProbability: Record<string, unknown>, models: ReturnType<typeof card>[]) {
  return {
    request: { query: DealWinProbabilityDocument, variables: { id: 'deal-1' } },
    result: {
      data: {
        deal: {
          __typename: 'Deal',
          id: 'deal-1',
          winProbability: { __typename: 'DealWinProbability', ...winProbability },
        },
        dealWinModels: models,
      },
    },
  };
}

async function render(mock: ReturnType<typeof answer>) {
  act(() =>
    root.render(
      <MockedProvider mocks={[mock]}>
        <WinProbabilityPanel dealId="deal-1" />
      </MockedProvider>,
    ),
  );
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  const text = (id: string) => host.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
  return { text };
}

describe('WinProbabilityPanel', () => {
  it('explains a model chance by its factors and its exact arithmetic, with the card of the model behind it', async () => {
    const factors = [
      factor('stage', 'Stage', 'Proposal', 0.42),
      factor('daysInStage', 'Days in stage', '12', -0.3),
    ];
    const { text } = await render(
      answer(
        {
          probability: 0.62,
          source: 'MODEL',
          modelVersion: 2,
          scoredAt: '2026-11-30T10:00:00.000Z',
          basis: 'Deal model v2: 62 % from the deal’s stage, timing, value',
          explanation: { __typename: 'ScoreExplanation', baseline: 0.37, factors },
        },
        [card(3, false, 'Not activated: no improvement beyond chance'), card(2, true, 'Activated')],
      ),
    );
    expect(text('win-probability-basis')).toMatch(/^Deal model v2: 62 % .*, computed /);
    const items = [...host.querySelectorAll('[data-testid="win-factor-list"] li')];
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Stage: Proposal/),
      expect.stringMatching(/^Days in stage/),
    ]);
    expect(host.textContent).toContain('Baseline +0.37 + factors +0.12 = +0.49 on the log-odds');
    // The card is the active model's (v2), not the newer one that was not activated.
    expect(text('win-model-card')).toMatch(
      /^Deal model v2, trained on 1,234 of the 1,500 closed deals\. On 210 of the 234 latest closed deals it had not seen: ranking \(AUC\) 0\.81 against 0\.67/,
    );
    expect(text('win-model-unused')).toBeNull();
  });

  it("keeps a model's card as it was when the model did not count the deals its rows were picked from", async () => {
    const older = {
      ...card(1, false, 'Not activated'),
      closedDealsBeforeHoldout: null,
      heldOutDeals: null,
    };
    const { text } = await render(answer(stageRate(0.68, QUALIFICATION), [older]));
    expect(text('win-model-card')).toMatch(
      /^Deal model v1 \(not in use\), trained on 1,234 closed deals\. On the 210 latest closed deals it had not seen/,
    );
  });

  it('says a stage rate is shown because the trained model is not in use, and why', async () => {
    const notes =
      'Not activated: no improvement beyond chance: AUC +0.0610 (90 % interval [−0.0030, +0.1270])';
    const { text } = await render(answer(stageRate(0.68, QUALIFICATION), [card(1, false, notes)]));
    expect(text('win-probability-basis')).toBe(`${QUALIFICATION}.`);
    expect(text('win-model-unused')).toBe(
      `Deal model v1 is not in use, so this is the rate of the deal's stage. ${notes}`,
    );
    expect(text('win-model-card')).toMatch(/^Deal model v1 \(not in use\), trained on 1,234/);
    expect(host.querySelector('[data-testid="win-factor-list"]')).toBeNull();
  });

  it('says a deal the model in use has not scored yet shows its stage rate, not that no model is in use', async () => {
    const { text } = await render(
      answer(stageRate(0.68, QUALIFICATION), [
        card(3, false, 'Not activated: no improvement beyond chance'),
        card(2, true, 'Activated'),
      ]),
    );
    expect(text('win-not-scored')).toMatch(/^The deal model in use has not scored this deal yet/);
    expect(text('win-model-unused')).toBeNull();
    expect(text('win-model-card')).toBeNull();
    expect(host.textContent).not.toContain('No deal model is in use');
  });

  it('says no model is in use yet when none was ever trained', async () => {
    const { text } = await render(
      answer(
        stageRate(
          0.3,
          'Talks stage rate: 30 % (the hand-entered value: no closed deals learned from yet)',
        ),
        [],
      ),
    );
    expect(host.textContent).toContain('No deal model is in use yet');
    expect(text('win-model-unused')).toBeNull();
    expect(text('win-model-card')).toBeNull();
  });
});
