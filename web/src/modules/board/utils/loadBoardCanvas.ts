const load = () => import('../components/BoardCanvas');
let loading: ReturnType<typeof load> | undefined;

/** The board's drag-and-drop chunk, requested once (again after a failure). */
export function loadBoardCanvas() {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
