// Per-field messages from either the shared zod schema (before sending) or the API's `issues`
// (after), keyed by path ("decisions.1.dueOn") so each lands beside its input.
import type { z } from 'zod';
import type { FieldIssue } from '../../lib/api/read-answer.ts';

export type FieldErrors = Record<string, string>;

/** First message per field path ("decisions.1.dueOn"); a message without a path goes under ''. */
export function errorsByPath(issues: readonly FieldIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const { path, message } of issues) out[path] ??= message;
  return out;
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
