import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/styles.css';

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// A prerendered page is hydrated when it is the page asked for; any other URL served the
// same file (answers in the query string, the shell for unknown paths) renders afresh.
if (container.dataset.prerendered && container.dataset.prerendered === location.pathname + location.search) {
  hydrateRoot(container, app);
} else {
  container.replaceChildren();
  createRoot(container).render(app);
}
