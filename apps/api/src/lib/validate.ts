// zod validation for Hono routes: the typed output flows into the handler, and a failure
// becomes a 400 with the first issue's Persian message.
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import { z } from 'zod';
import { ApiError } from './errors.ts';

// Issues without a message of our own (a repeated query parameter arriving as an array, an
// unexpected type) are worded by zod's Persian locale rather than in English.
z.config(z.locales.fa());

export const VALIDATES = Symbol('validates');
export interface Validates {
  target: keyof ValidationTargets;
  schema: z.core.$ZodType;
}

/** The 400 for input zod refused: every issue as `{ path, message }`, the first one's Persian message on top. */
export function invalidInput(code: string, error: z.core.$ZodError): ApiError {
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return new ApiError(400, code, issues[0]?.message ?? 'ورودی نامعتبر است', issues);
}

export function validate<T extends z.core.$ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  const middleware = zValidator(target, schema, (result) => {
    if (!result.success) throw invalidInput(`invalid_${target}`, result.error);
  });
  // The OpenAPI document reads the schema back from `app.routes`, so it describes exactly what is validated.
  return Object.assign(middleware, { [VALIDATES]: { target, schema } as Validates });
}

/** The schema a route handler validates, when it is one of ours. */
export function validatesOf(handler: unknown): Validates | undefined {
  return typeof handler === 'function' ? (handler as { [VALIDATES]?: Validates })[VALIDATES] : undefined;
}
