/** One `<option>` per user (value: id), after whatever options the select puts first. */
export function UserOptions({
  users,
}: {
  users: readonly { id: string; name: string }[] | undefined;
}) {
  return users?.map((u) => (
    <option key={u.id} value={u.id}>
      {u.name}
    </option>
  ));
}
