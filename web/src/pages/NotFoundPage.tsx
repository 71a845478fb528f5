import { Link } from 'react-router';
import { EmptyState } from '../ui/EmptyState';

export function NotFoundPage() {
  return (
    <EmptyState title="Page not found">
      <Link to="/board">Go to the deal board</Link>
    </EmptyState>
  );
}
