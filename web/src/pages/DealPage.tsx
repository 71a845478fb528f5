export function DealPage() {
  return <p>TODO</p>;
}
