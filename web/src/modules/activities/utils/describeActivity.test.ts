import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../lib/formatDate';
import { describeActivity } from './describeActivity';

describe('describeActivity', () => {
  it('uses the payload when it names the stages', () => {
    expect(
      describeActivity({ type: 'STAGE_CHANGED', payload: { from: 'Discovery', to: 'Proposal' } }),
    ).toBe('Moved from Discovery to Proposal');
  });
  it('falls back to a plain label', () => {
    expect(describeActivity({ type: 'STAGE_CHANGED', payload: {} })).toBe('Stage changed');
    expect(describeActivity({ type: 'CALL', payload: null })).toBe('Call logged');
  });
  it('gives the year of a planned activity due in another year, not a date that reads as next January', () => {
    expect(
      describeActivity({
        type: 'ACTIVITY_PLANNED',
        payload: { type: 'EMAIL', dueAt: '2020-01-01T12:00:00Z' },
      }),
    ).toMatch(/^Planned an email for Jan 1, 2020, \d\d:00 [AP]M$/);
  });
  it('says what happened to a planned activity', () => {
    const due = '2026-12-03T10:00:00Z';
    expect(
      describeActivity({ type: 'ACTIVITY_PLANNED', payload: { type: 'CALL', dueAt: due } }),
    ).toBe(`Planned a call for ${formatDate(due, true)}`);
    expect(
      describeActivity({
        type: 'ACTIVITY_RESCHEDULED',
        payload: { dueAt: { from: due, to: '2026-12-04T15:30:00Z' } },
      }),
    ).toBe(
      `Rescheduled from ${formatDate(due, true)} to ${formatDate('2026-12-04T15:30:00Z', true)}`,
    );
    expect(describeActivity({ type: 'ACTIVITY_CANCELLED', payload: {} })).toBe(
      'Planned activity cancelled',
    );
    expect(describeActivity({ type: 'CALL', payload: { plannedActivityId: 'p1' } })).toBe(
      'Planned call done',
    );
    expect(describeActivity({ type: 'TASK', payload: { plannedActivityId: 'p1' } })).toBe(
      'Planned task done',
    );
  });
  it('says a deal was reopened, restored or deleted, not a bare "Updated"', () => {
    expect(
      describeActivity({
        type: 'REOPENED',
        payload: { fromStage: 'Won', toStage: 'Discovery', fromStageId: 's1', toStageId: 's2' },
      }),
    ).toBe('Reopened: back to Discovery');
    expect(describeActivity({ type: 'REOPENED', payload: {} })).toBe('Reopened');
    expect(describeActivity({ type: 'RESTORED', payload: { restored: true } })).toBe(
      'Restored from the trash',
    );
    expect(describeActivity({ type: 'DELETED', payload: { deleted: true } })).toBe('Deleted');
    expect(describeActivity({ type: 'DELETED', payload: { mergedInto: 'l1' } })).toBe(
      'Deleted: merged into another lead',
    );
    expect(
      describeActivity({ type: 'MERGED', payload: { merged: [{ id: 'a' }, { id: 'b' }] } }),
    ).toBe('Merged with 2 duplicate leads');
  });
});
