/** Users who ask for less motion (and the e2e run, which emulates it) get charts at their final state. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
