import { describe, expect, it } from 'vitest';
import { withFirstFrame } from './first-frame.ts';

// The head Vite writes (apps/web/dist/index.html), trimmed to what the rewrite touches.
const INDEX = `<!doctype html><html><head>
    <link rel="preload" href="/data/provinces-map.json" as="fetch" crossorigin="anonymous" />
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-dom-B.js">
    <link rel="modulepreload" crossorigin href="/assets/client-C.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D.css">
  </head><body><div id="root"></div></body></html>`;

describe('the page around a first frame', () => {
  const page = withFirstFrame(INDEX, { html: '<main>frame</main>', state: '{"queries":[]}' });

  it('draws the frame inside #root with its data beside it', () => {
    expect(page).toContain(
      '<div id="root"><main>frame</main></div><script type="application/json" id="first-frame">{"queries":[]}</script>',
    );
  });

  it('hands the entry and its module preloads to the start script instead of the head', () => {
    expect(page).not.toMatch(/type="module"|modulepreload|provinces-map\.json/);
    expect(page).toContain(
      '<script src="/start-after-paint.js" data-entry="/assets/index-A.js" data-preload="/assets/react-dom-B.js /assets/client-C.js" defer></script></head>',
    );
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/index-D.css">');
  });

  it('keeps an association name that closes the script element inside the JSON', () => {
    const state = JSON.stringify({ name: '</script><script>alert(1)</script>' });
    const html = withFirstFrame(INDEX, { html: '', state });
    expect(html).not.toContain('<script>alert(1)');
    const json = /<script type="application\/json" id="first-frame">(.*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
