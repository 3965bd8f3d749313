// Starts the app once the server-rendered first frame has painted (docs/decisions/021-first-frame.md):
// the API moved the entry script and its module preloads here from the head, so on a slow link
// no script competes with the frame's HTML and styles. Plain script, so CSP's script-src 'self'
// allows it; a background tab (no animation frames) starts after a second.
(() => {
  const me = document.currentScript;
  const entry = me?.getAttribute('data-entry');
  if (!entry) return;
  const preloads = (me.getAttribute('data-preload') ?? '').split(' ').filter(Boolean);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const href of preloads) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
  };
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 1000);
})();
