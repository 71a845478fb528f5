import { useEffect, useState } from 'react';
import { loadBoardCanvas } from '../utils/loadBoardCanvas';

type Canvas = Awaited<ReturnType<typeof loadBoardCanvas>>['BoardCanvas'];
let loaded: Canvas | undefined;

/**
 * The board's drag-and-drop component once its chunk is in, requested when the board mounts so
 * it downloads beside the board's query. Not React.lazy: a lazy component suspends on its first
 * render even when its chunk is already in, and React 19 then holds the fallback for up to
 * 300 ms, which the board's first paint would pay every time.
 */
export function useBoardCanvas(): { Canvas?: Canvas; failed: boolean; retry: () => void } {
  const [Canvas, setCanvas] = useState<Canvas | undefined>(() => loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loadBoardCanvas().then(
      (module) => {
        loaded = module.BoardCanvas;
        if (live) setCanvas(() => module.BoardCanvas);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return {
    Canvas,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
