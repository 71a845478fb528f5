import { Dashboard } from '../modules/dashboard/components/Dashboard';

export function DashboardPage() {
  return <Dashboard />;
}
