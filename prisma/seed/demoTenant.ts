import type { Principal } from '../../subgraph/src/auth/principal';

export const DEMO_TENANT_ID = 'tenant-demo';

export const DEMO_USERS = [
  {
    id: 'user-admin',
    name: 'Avery Admin',
    email: 'avery@demo.example',
    role: 'ADMIN',
    capacity: null,
  },
  {
    id: 'user-mgr-1',
    name: 'Morgan Lee',
    email: 'morgan@demo.example',
    role: 'MANAGER',
    capacity: null,
  },
  { id: 'user-rep-1', name: 'Riley Chen', email: 'riley@demo.example', role: 'REP', capacity: 400 },
  { id: 'user-rep-2', name: 'Sam Patel', email: 'sam@demo.example', role: 'REP', capacity: 400 },
  {
    id: 'user-rep-3',
    name: 'Jordan Diaz',
    email: 'jordan@demo.example',
    role: 'REP',
    capacity: 400,
  },
  {
    id: 'user-rep-4',
    name: 'Casey Novak',
    email: 'casey@demo.example',
    role: 'REP',
    capacity: 300,
  },
  {
    id: 'user-rep-5',
    name: 'Taylor Brooks',
    email: 'taylor@demo.example',
    role: 'REP',
    capacity: 300,
  },
] as const;

export const REP_IDS = DEMO_USERS.filter((u) => u.role !== 'ADMIN').map((u) => u.id);

/** The development principal: the demo tenant's admin. */
export const DEMO_PRINCIPAL: Principal = {
  tenantId: DEMO_TENANT_ID,
  userId: 'user-admin',
  role: 'ADMIN',
};
