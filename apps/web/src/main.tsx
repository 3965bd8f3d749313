import '@fontsource-variable/vazirmatn';
import './styles.css';
import './print.css';
import { type DehydratedState, hydrate } from '@tanstack/react-query';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { i18n } from './lib/i18n.ts';
import { queryClient } from './lib/query-client.ts';
import { getSettings } from './lib/settings.ts';

// Direction before the first paint, so an English link does not flash right-to-left.
document.documentElement.lang = getSettings().language;
document.documentElement.dir = getSettings().language === 'en' ? 'ltr' : 'rtl';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// A page the server drew (the overview's first frame) carries the answers it was drawn from, as
// fresh as the page itself. With them in the cache the app's first render is the same page, and
// it replaces the frame without a flicker or a second fetch. (Not hydrateRoot: tried, React
// reported a mismatch on this page, #418, and re-rendered it anyway; see docs/decisions/021.)
const frame = document.getElementById('first-frame');
const drawn = frame?.textContent ? (JSON.parse(frame.textContent) as DehydratedState) : null;
if (drawn) {
  const now = Date.now();
  for (const query of drawn.queries) query.state.dataUpdatedAt = now;
  hydrate(queryClient, drawn);
}

const app = (
  <StrictMode>
    {/* An English link loads its strings before the first paint. */}
    <Suspense fallback={null}>
      <App />
    </Suspense>
  </StrictMode>
);
const render = () => createRoot(root).render(app);
// Over a drawn frame the first render must not suspend on the strings (that would clear it), so
// it waits for i18next to finish starting; a blank page renders at once.
if (drawn && !i18n.isInitialized) i18n.on('initialized', render);
else render();
