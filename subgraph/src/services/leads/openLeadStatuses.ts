import type { LeadStatus } from '../../db/generated/client';

/** Leads still being worked: the only ones rescored (closed leads keep the score they closed with). */
export const OPEN_LEAD_STATUSES: LeadStatus[] = ['NEW', 'WORKING', 'QUALIFIED'];
