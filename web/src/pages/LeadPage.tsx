export function LeadPage() {
  return <p>TODO</p>;
}
