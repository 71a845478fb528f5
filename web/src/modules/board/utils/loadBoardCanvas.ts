const load = () => import('../components/BoardCanvas');
let loading: ReturnType<typeof load> | undefined;

/** The board's drag-and-drop chunk, requested once: DealBoard asks for it as it sends its query. */
export function loadBoardCanvas() {
  loading ??= load();
  return loading;
}
