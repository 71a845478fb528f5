import { createContext } from 'react';

export type ToastKind = 'info' | 'success' | 'error';
/** A button in the toast, such as Undo; pressing it runs `run` and closes the toast. */
export type ToastAction = { label: string; run: () => void };
export type ToastApi = {
  show: (message: string, kind?: ToastKind, action?: ToastAction) => void;
};

export const ToastContext = createContext<ToastApi>({ show: () => {} });
