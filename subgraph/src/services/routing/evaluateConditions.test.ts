import { describe, expect, it } from 'vitest';
import type { Member } from './chooseOwner';
import type { Condition } from './conditionTypes';
import { decideRouting, type RuleForRouting } from './decideRouting';
import { evaluateConditions } from './evaluateConditions';

const subject = {
  country: 'DE',
  employees: 800,
  source: 'webinar',
  title: 'VP Engineering',
  band: 'hot',
  score: 82,
  industry: null,
};
const holds = (c: Condition) => evaluateConditions([c], 'ALL', subject).matched;

describe('conditions', () => {
  it('EQUALS and NOT_EQUALS compare text case-insensitively and numbers as numbers', () => {
    expect(holds({ field: 'country', operator: 'EQUALS', value: 'de' })).toBe(true);
    expect(holds({ field: 'country', operator: 'EQUALS', value: 'FR' })).toBe(false);
    expect(holds({ field: 'employees', operator: 'EQUALS', value: '800.0' })).toBe(true);
    expect(holds({ field: 'country', operator: 'NOT_EQUALS', value: 'FR' })).toBe(true);
    expect(holds({ field: 'country', operator: 'NOT_EQUALS', value: 'DE' })).toBe(false);
  });

  it('IN and NOT_IN test membership', () => {
    expect(holds({ field: 'country', operator: 'IN', values: ['FR', 'DE'] })).toBe(true);
    expect(holds({ field: 'country', operator: 'IN', values: ['FR', 'US'] })).toBe(false);
    expect(holds({ field: 'band', operator: 'NOT_IN', values: ['cold', 'cool'] })).toBe(true);
    expect(holds({ field: 'band', operator: 'NOT_IN', values: ['hot'] })).toBe(false);
  });

  it('CONTAINS and NOT_CONTAINS look inside text', () => {
    expect(holds({ field: 'title', operator: 'CONTAINS', value: 'vp' })).toBe(true);
    expect(holds({ field: 'title', operator: 'CONTAINS', value: 'chief' })).toBe(false);
    expect(holds({ field: 'title', operator: 'NOT_CONTAINS', value: 'intern' })).toBe(true);
    expect(holds({ field: 'title', operator: 'NOT_CONTAINS', value: 'engineer' })).toBe(false);
  });

  it('BETWEEN is inclusive, with either bound left open', () => {
    expect(holds({ field: 'employees', operator: 'BETWEEN', min: 500, max: 800 })).toBe(true);
    expect(holds({ field: 'employees', operator: 'BETWEEN', min: 801 })).toBe(false);
    expect(holds({ field: 'employees', operator: 'BETWEEN', max: 799 })).toBe(false);
    expect(holds({ field: 'score', operator: 'BETWEEN', min: 80 })).toBe(true);
  });

  it('a missing value matches only IS_EMPTY and the negations', () => {
    expect(holds({ field: 'industry', operator: 'IS_EMPTY' })).toBe(true);
    expect(holds({ field: 'industry', operator: 'IS_NOT_EMPTY' })).toBe(false);
    expect(holds({ field: 'industry', operator: 'EQUALS', value: 'saas' })).toBe(false);
    expect(holds({ field: 'industry', operator: 'BETWEEN', min: 0 })).toBe(false);
    expect(holds({ field: 'industry', operator: 'NOT_IN', values: ['saas'] })).toBe(true);
    expect(holds({ field: 'country', operator: 'IS_NOT_EMPTY' })).toBe(true);
  });

  it('ALL needs every condition, ANY one; the reason names the deciding conditions', () => {
    const de: Condition = { field: 'country', operator: 'EQUALS', value: 'DE' };
    const big: Condition = { field: 'employees', operator: 'BETWEEN', min: 500 };
    const us: Condition = { field: 'country', operator: 'EQUALS', value: 'US' };
    expect(evaluateConditions([de, big], 'ALL', subject)).toMatchObject({
      matched: true,
      because: 'country is DE and employees 800 (≥ 500)',
    });
    expect(evaluateConditions([us, big], 'ALL', subject)).toMatchObject({
      matched: false,
      because: 'country is DE (not US)',
    });
    expect(evaluateConditions([us, big], 'ANY', subject)).toMatchObject({
      matched: true,
      because: 'employees 800 (≥ 500)',
    });
    expect(evaluateConditions([us], 'ANY', subject).matched).toBe(false);
    expect(evaluateConditions([], 'ALL', subject).matched).toBe(true);
  });
});

const member = (id: string, extra: Partial<Member> = {}): Member => ({
  id,
  name: id.toUpperCase(),
  active: true,
  available: true,
  capacity: null,
  openLeads: 0,
  ...extra,
});
const rule = (id: string, conditions: Condition[], ownerIds: string[]): RuleForRouting => ({
  id,
  name: id,
  match: 'ALL',
  conditions,
  assignment: 'ROUND_ROBIN',
  ownerIds,
  nextIndex: 0,
});

describe('decideRouting', () => {
  const members = new Map(['a', 'b', 'c', 'f'].map((id) => [id, member(id)]));
  const emea = rule('emea', [{ field: 'country', operator: 'IN', values: ['DE', 'FR'] }], ['a']);
  const all = rule('everyone', [], ['b']);

  it('the first matching rule wins', () => {
    const d = decideRouting([emea, all], subject, members, {
      currentOwnerId: null,
      fallback: null,
    });
    expect(d).toMatchObject({ outcome: 'ASSIGNED', owner: { id: 'a' }, rule: { id: 'emea' } });
    expect(d.reason).toBe(
      "Routed to A by rule 'emea' because country is DE (in DE, FR) (round-robin)",
    );
    const later = decideRouting([all, emea], subject, members, {
      currentOwnerId: null,
      fallback: null,
    });
    expect(later.owner?.id).toBe('b');
  });

  it('a matching rule whose team has no room passes the lead on, and says why', () => {
    const full = new Map(members).set('a', member('a', { capacity: 3, openLeads: 3 }));
    const d = decideRouting([emea, all], subject, full, { currentOwnerId: null, fallback: null });
    expect(d.owner?.id).toBe('b');
    expect(d.evaluations[0]).toMatchObject({
      matched: true,
      detail: 'match, but nobody has room (passed over: A at capacity 3/3)',
    });
  });

  it('the fallback owner takes leads no rule matches; without one they stay unassigned', () => {
    const us = { ...subject, country: 'US' };
    expect(
      decideRouting([emea], us, members, { currentOwnerId: null, fallback: members.get('f')! }),
    ).toMatchObject({ outcome: 'ASSIGNED', owner: { id: 'f' }, rule: null });
    expect(
      decideRouting([emea], us, members, { currentOwnerId: null, fallback: null }),
    ).toMatchObject({
      outcome: 'NO_MATCH',
      owner: null,
      reason: 'Not routed: no rule matched and there is no fallback owner',
    });
  });

  it('skips unavailable members and keeps a current owner who is on the winning team', () => {
    const team = rule('team', [], ['a', 'b', 'c']);
    const away = new Map(members).set('a', member('a', { available: false }));
    expect(
      decideRouting([team], subject, away, { currentOwnerId: null, fallback: null }),
    ).toMatchObject({
      owner: { id: 'b' },
      nextIndex: 2,
    });
    expect(
      decideRouting([team], subject, members, { currentOwnerId: 'c', fallback: null }),
    ).toMatchObject({
      outcome: 'UNCHANGED',
      owner: { id: 'c' },
      nextIndex: null,
    });
  });
});
