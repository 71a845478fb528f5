import { useState } from 'react';
import type { DealDetails_DealFragment } from '../../../__generated__/graphql';
import { Dialog } from '../../../ui/Dialog';
import { useMarkDealLost } from '../hooks/useMarkDealLost';
import { useMarkDealWon } from '../hooks/useMarkDealWon';
import { LostReasonForm } from './LostReasonForm';

export function DealCloseActions({ deal }: { deal: DealDetails_DealFragment }) {
  const [asking, setAsking] = useState(false);
  const { markWon, loading: winning } = useMarkDealWon();
  const { markLost, loading: losing } = useMarkDealLost();
  if (deal.stage.kind !== 'OPEN') return null;
  return (
    <>
      <button
        type="button"
        className="button button--primary"
        disabled={winning || losing}
        onClick={() => void markWon(deal)}
      >
        Mark won
      </button>
      <button
        type="button"
        className="button button--danger"
        disabled={winning || losing}
        onClick={() => setAsking(true)}
      >
        Mark lost
      </button>
      <Dialog
        title={`Why was “${deal.title}” lost?`}
        open={asking}
        onClose={() => setAsking(false)}
      >
        <LostReasonForm
          onCancel={() => setAsking(false)}
          onSubmit={async (reason) => {
            const failure = await markLost(deal, reason);
            if (!failure) setAsking(false);
            return failure;
          }}
        />
      </Dialog>
    </>
  );
}
