import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { listenToHistoryBeforeTheRouter } from './lib/historyHold';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
listenToHistoryBeforeTheRouter();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
