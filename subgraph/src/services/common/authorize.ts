import type { Principal } from '../../auth/principal';
import { forbidden } from './errors';

/** Reps change only what they own; managers and admins change anything in their tenant. */
export function assertCanChange(principal: Principal, ownerId: string | null, what: string): void {
  if (principal.role !== 'REP' || ownerId === principal.userId) return;
  throw forbidden(`Only the owner, a manager or an admin can change this ${what}`);
}

export function assertManager(principal: Principal, action: string): void {
  if (principal.role === 'REP') throw forbidden(`Only managers and admins can ${action}`);
}

export function assertAdmin(principal: Principal, action: string): void {
  if (principal.role !== 'ADMIN') throw forbidden(`Only admins can ${action}`);
}
