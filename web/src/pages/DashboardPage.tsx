export function DashboardPage() {
  return <p>TODO</p>;
}
