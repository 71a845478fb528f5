import type { LeadStatus } from '../db/generated/client';

/**
 * Leads still being worked: the only ones rescored, routed and shown as a customer's score (closed
 * leads keep the score they closed with). Here so loaders and services share one definition.
 */
export const OPEN_LEAD_STATUSES: LeadStatus[] = ['NEW', 'WORKING', 'QUALIFIED'];
