// The API reference page: a small renderer of /api/openapi.json written for this app (Persian
// first, right-to-left, English beside it) instead of a bundled third-party UI; see
// docs/decisions/018-openapi-from-routes.md. Plain script and styles served by the app, so the
// page runs under the same strict CSP as everything else (no inline script or style).

export const DOCS_HTML = `<!doctype html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>راهنمای API همگن · Hamgen API reference</title>
<link rel="stylesheet" href="/api/docs/docs.css">
<script src="/api/docs/docs.js" defer></script>
</head>
<body>
<header class="top">
  <h1>راهنمای API همگن <span lang="en" dir="ltr">Hamgen API reference</span></h1>
  <p>سند ماشینی: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1) · <a href="/">بازگشت به داشبورد</a></p>
</header>
<main id="docs" aria-live="polite"><p>در حال بارگذاری… <span lang="en" dir="ltr">Loading…</span></p></main>
</body>
</html>
`;

export const DOCS_CSS = `
:root { color-scheme: light; --line: #d7dde4; --muted: #56606b; --accent: #0b5f8a; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Vazirmatn Variable", Vazirmatn, Tahoma, "Segoe UI", sans-serif; line-height: 1.7; color: #1d2329; background: #f6f8fa; }
.top, main { max-inline-size: 72rem; margin-inline: auto; padding-inline: 1rem; }
.top { padding-block: 1rem; border-block-end: 1px solid var(--line); }
h1 { font-size: 1.4rem; margin: 0; }
h1 span { display: block; font-size: 1rem; color: var(--muted); }
h2 { font-size: 1.15rem; margin-block: 1.5rem 0.5rem; }
[lang="en"] { font-family: "Segoe UI", Roboto, sans-serif; }
.op { background: #fff; border: 1px solid var(--line); border-radius: 0.5rem; margin-block: 0.75rem; padding: 0.75rem 1rem; }
.op summary { cursor: pointer; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; }
.method { font: 600 0.8rem monospace; background: var(--accent); color: #fff; border-radius: 0.25rem; padding: 0 0.4rem; }
.path { font-family: monospace; direction: ltr; unicode-bidi: isolate; overflow-wrap: anywhere; }
.en { color: var(--muted); direction: ltr; unicode-bidi: isolate; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5rem; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
td code, pre { direction: ltr; unicode-bidi: isolate; }
.table-scroll { overflow-x: auto; }
pre { background: #0f1720; color: #e6edf3; padding: 0.75rem; border-radius: 0.4rem; overflow: auto; max-block-size: 22rem; text-align: left; font-size: 0.8rem; }
form.try { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin-block: 0.5rem; }
form.try label { display: flex; flex-direction: column; font-size: 0.85rem; }
form.try input { font: inherit; padding: 0.2rem 0.4rem; inline-size: 10rem; direction: ltr; }
button { font: inherit; background: var(--accent); color: #fff; border: 0; border-radius: 0.3rem; padding: 0.3rem 0.9rem; cursor: pointer; }
.error { color: #a40e26; }
`;

export const DOCS_JS = `'use strict';
(function () {
  var root = document.getElementById('docs');
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    (children || []).forEach(function (c) { node.append(c); });
    return node;
  }
  // Descriptions hold the Persian text, a blank line, then the English one.
  function words(text) {
    var parts = String(text || '').split('\\n\\n');
    return [el('p', {}, [parts[0] || '']), parts[1] ? el('p', { lang: 'en', class: 'en' }, [parts[1]]) : ''];
  }
  function typeOf(schema) {
    if (!schema) return '';
    if (schema.enum) return schema.enum.join(' | ');
    return schema.type || '';
  }
  function parameters(op) {
    if (!op.parameters || op.parameters.length === 0) return '';
    var rows = op.parameters.map(function (p) {
      return el('tr', {}, [
        el('td', {}, [el('code', {}, [p.name])]),
        el('td', {}, [p.in === 'path' ? 'مسیر · path' : 'پرس‌وجو · query']),
        el('td', {}, [p.required ? 'بله · yes' : '']),
        el('td', {}, [el('code', {}, [typeOf(p.schema)])]),
        el('td', {}, words(p.description)),
      ]);
    });
    var head = el('tr', {}, ['نام · name', 'جا · in', 'لازم · required', 'نوع · type', 'توضیح · description'].map(function (h) { return el('th', { scope: 'col' }, [h]); }));
    return el('div', { class: 'table-scroll' }, [el('table', {}, [el('thead', {}, [head]), el('tbody', {}, rows)])]);
  }
  function tryForm(path, op) {
    var output = el('pre', { hidden: '' }, []);
    var inputs = (op.parameters || []).map(function (p) {
      return el('label', {}, [p.name, el('input', { name: p.name, 'data-in': p.in, dir: 'ltr' }, [])]);
    });
    var form = el('form', { class: 'try' }, inputs.concat([el('button', { type: 'submit' }, ['اجرا · Try'])]));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var url = path;
      var query = new URLSearchParams();
      form.querySelectorAll('input').forEach(function (input) {
        if (!input.value) return;
        if (input.dataset.in === 'path') url = url.replace('{' + input.name + '}', encodeURIComponent(input.value));
        else query.set(input.name, input.value);
      });
      var full = url + (query.toString() ? '?' + query : '');
      output.hidden = false;
      output.textContent = 'GET ' + full + ' …';
      if (/\\.(csv|xlsx)$/.test(url)) { window.location.href = full; return; }
      fetch(full, { headers: { accept: 'application/json' } })
        .then(function (res) { return res.text().then(function (text) { return [res.status, text]; }); })
        .then(function (r) {
          var body = r[1];
          try { body = JSON.stringify(JSON.parse(body), null, 2); } catch (e) {}
          output.textContent = 'HTTP ' + r[0] + '\\n' + body.slice(0, 20000);
        });
    });
    return [form, output];
  }
  function operation(path, op) {
    var example = op.responses && op.responses[200] && op.responses[200].content;
    var json = example && example['application/json'] && example['application/json'].example;
    var body = [
      el('summary', {}, [
        el('span', { class: 'method' }, ['GET']),
        el('span', { class: 'path' }, [path]),
        el('strong', {}, [op.summary]),
        el('span', { lang: 'en', class: 'en' }, [op['x-summary-en'] || '']),
      ]),
    ].concat(words(op.description), [parameters(op)]);
    if (json !== undefined) {
      body.push(el('h3', {}, ['نمونه پاسخ · Example answer']), el('pre', {}, [JSON.stringify(json, null, 2)]));
    }
    body = body.concat(tryForm(path, op));
    return el('details', { class: 'op', id: op.operationId || path }, body);
  }
  fetch('/api/openapi.json')
    .then(function (res) { if (!res.ok) throw new Error('HTTP ' + res.status); return res.json(); })
    .then(function (doc) {
      root.textContent = '';
      root.append.apply(root, words(doc.info.description));
      (doc.tags || []).forEach(function (tag) {
        var ops = Object.keys(doc.paths).filter(function (p) { return doc.paths[p].get.tags[0] === tag.name; });
        if (ops.length === 0) return;
        var parts = String(tag.description).split('\\n\\n');
        root.append(el('section', { 'aria-label': parts[0] }, [
          el('h2', {}, [parts[0] + ' ', el('span', { lang: 'en', class: 'en' }, [parts[1] || ''])]),
        ].concat(ops.map(function (p) { return operation(p, doc.paths[p].get); }))));
      });
    })
    .catch(function (error) {
      root.textContent = '';
      root.append(el('p', { class: 'error' }, ['سند API بارگذاری نشد · The API document did not load: ' + error.message]));
    });
})();
`;
