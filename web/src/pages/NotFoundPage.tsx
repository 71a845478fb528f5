import { Link } from 'react-router';
import { PageHeader } from '../ui/PageHeader';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <p>
        <Link to="/board">Go to the deal board</Link>
      </p>
    </>
  );
}
