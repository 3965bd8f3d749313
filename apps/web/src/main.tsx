import '@fontsource-variable/vazirmatn';
import './styles.css';
import './print.css';
import './lib/i18n.ts';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { getSettings } from './lib/settings.ts';

// Direction before the first paint, so an English link does not flash right-to-left.
document.documentElement.lang = getSettings().language;
document.documentElement.dir = getSettings().language === 'en' ? 'ltr' : 'rtl';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    {/* An English link loads its strings before the first paint. */}
    <Suspense fallback={null}>
      <App />
    </Suspense>
  </StrictMode>,
);
