import '@fontsource-variable/vazirmatn';
import './styles.css';
import './print.css';
import { hydrate } from '@tanstack/react-query';
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

// A page the server drew (the overview's first frame) carries the answers it was drawn from:
// the app starts with them in its cache, so its first render is the same page and replaces the
// frame without a flicker or a second fetch.
const frame = document.getElementById('first-frame');
if (frame?.textContent) hydrate(queryClient, JSON.parse(frame.textContent));

const render = () =>
  createRoot(root).render(
    <StrictMode>
      {/* An English link loads its strings before the first paint. */}
      <Suspense fallback={null}>
        <App />
      </Suspense>
    </StrictMode>,
  );
// Over a drawn frame the first render must not suspend on the strings (it would clear the frame),
// so it waits for i18next to finish starting; a blank page renders at once.
if (frame && !i18n.isInitialized) i18n.on('initialized', render);
else render();
