import { createContext } from 'react';

export type ToastKind = 'info' | 'success' | 'error';
export type ToastApi = { show: (message: string, kind?: ToastKind) => void };

export const ToastContext = createContext<ToastApi>({ show: () => {} });
