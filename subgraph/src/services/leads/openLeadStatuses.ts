// Defined with the shared types so the loaders can use it too; services import it from here.
export { OPEN_LEAD_STATUSES } from '../../types/leadStatuses';
