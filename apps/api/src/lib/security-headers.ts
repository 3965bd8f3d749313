// The security headers, computed once at start: they never change at run time (Hono's
// secureHeaders built them on every request, which showed up in the benchmark).
// `response-headers.ts` puts one of the two sets on each answer, chosen by its type:
//
// - Documents (the app's page, the API reference, static files, anything not JSON) get the full
//   set: the strict CSP, nosniff, no framing, a referrer policy, cross-origin isolation.
// - JSON answers get the set that acts on data. A JSON answer is never a page the app renders:
//   it has no scripts, links or subresources, and opens no windows, so the headers that only
//   govern such things (COOP, Origin-Agent-Cluster, Referrer-Policy, X-DNS-Prefetch-Control,
//   X-Permitted-Cross-Domain-Policies) do nothing on it. What it carries, as OWASP's REST
//   security cheat sheet asks of an API: a CSP that allows nothing at all and no framing
//   (stricter than the documents' one; frame-ancestors supersedes X-Frame-Options in every
//   browser that can run the app), nosniff, and Cross-Origin-Resource-Policy, so no other site
//   can load the data as a subresource. Every answer is sent with one of these sets; each extra
//   header costs the busiest answers a measurable share (ADR 022).

const DOCUMENT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Every answer that is not JSON. */
export const SECURITY_HEADERS: readonly [string, string][] = [
  ['Content-Security-Policy', DOCUMENT_CSP],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'same-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
];

/** Every JSON answer: the API's data, its errors and its refusals. */
export const DATA_SECURITY_HEADERS: readonly [string, string][] = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['X-Content-Type-Options', 'nosniff'],
];

/** True for a Content-Type the data set covers (application/json, with or without a charset). */
export const isJsonType = (contentType: string | null | undefined): boolean =>
  contentType?.startsWith('application/json') === true;
