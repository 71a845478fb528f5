export function LeadsPage() {
  return <p>TODO</p>;
}
