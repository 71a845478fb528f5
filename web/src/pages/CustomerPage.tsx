export function CustomerPage() {
  return <p>TODO</p>;
}
