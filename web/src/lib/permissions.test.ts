import { describe, expect, it } from 'vitest';
import { permissions } from './permissions';

const rep = { id: 'u-rep', role: 'REP' as const };
const manager = { id: 'u-mgr', role: 'MANAGER' as const };
const admin = { id: 'u-adm', role: 'ADMIN' as const };

describe('permissions', () => {
  it('lets a rep change only what the rep owns; managers and admins anything', () => {
    expect(permissions.changeOwned(rep, 'u-rep')).toBe(true);
    expect(permissions.changeOwned(rep, 'u-other')).toBe(false);
    expect(permissions.changeOwned(rep, null)).toBe(false);
    expect(permissions.changeOwned(manager, 'u-other')).toBe(true);
    expect(permissions.changeOwned(undefined, 'u-other')).toBe(true);
  });
  it('keeps stages, routing and automations to admins, assigning to managers and admins', () => {
    expect([rep, manager, admin, undefined].map((u) => permissions.administer(u))).toEqual([
      false,
      false,
      true,
      false,
    ]);
    expect([rep, manager, admin, undefined].map((u) => permissions.manage(u))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
