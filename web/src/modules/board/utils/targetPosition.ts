type Positioned = { id: string; position: number };

/**
 * The column position the server should give a card dropped at `toIndex` of a (possibly filtered)
 * list: the place of the visible card it lands before, so hidden cards keep their order.
 * `visible` is the destination list as shown, including the dragged card when it is the same column.
 */
export function targetPosition(
  visible: readonly Positioned[],
  dragged: Positioned,
  sameColumn: boolean,
  toIndex: number,
): number {
  const others = visible.filter((card) => card.id !== dragged.id);
  const last = others.at(-1);
  if (!last) return 0;
  let position = others[toIndex]?.position ?? last.position + 1;
  if (sameColumn && dragged.position < position) position -= 1;
  return Math.max(0, position);
}
