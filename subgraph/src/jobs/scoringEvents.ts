/** Events that trigger scoring work; producers send them after their transaction commits. */
export type ScoringEvent =
  | { name: 'lead/updated'; data: { tenantId: string; leadId?: string; leadIds?: string[] } }
  | {
      name: 'customer/signals.updated';
      data: { tenantId: string; customerId?: string; customerIds?: string[] };
    }
  | {
      name: 'deal/updated';
      /**
       * `customerId`: the deal was won, lost or reopened, so its customer's deal history (a
       * feature of its open leads and deals) changed too.
       */
      data: { tenantId: string; dealId?: string; dealIds?: string[]; customerId?: string };
    }
  | { name: 'scoring/retrain.requested'; data: { tenantId: string } };

export type ScoringEventName = ScoringEvent['name'];

export const RESCORE_EVENTS = ['lead/updated', 'customer/signals.updated', 'deal/updated'] as const;
export const RETRAIN_EVENT = 'scoring/retrain.requested';

export type SendScoringEvent = (event: ScoringEvent | ScoringEvent[]) => Promise<void>;
