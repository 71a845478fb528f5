export function CustomersPage() {
  return <p>TODO</p>;
}
