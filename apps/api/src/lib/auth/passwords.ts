// argon2id password hashes (@node-rs/argon2's defaults: 19 MiB, 2 passes, 1 lane — OWASP's
// recommended minimum for argon2id) and generated passwords for new accounts. Checks run two at
// a time: each holds a thread of libuv's pool of four for ~40 ms, and a flood of sign-ins must
// leave threads for file reads and everything else.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { Busy, createLimiter } from '../concurrency.ts';
import { tooManyRequests } from '../errors.ts';

const checks = createLimiter(2, 32);

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * False for a wrong password, an unknown user (`passwordHash` null) or a damaged hash. Unknown
 * users are checked against a dummy hash so that the answer takes as long either way and does
 * not reveal which usernames exist.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hash(randomBytes(16).toString('hex'));
  const against = passwordHash ?? (await dummyHash);
  try {
    const ok = await checks.run(() => verify(against, password));
    return ok && passwordHash !== null;
  } catch (err) {
    if (err instanceof Busy) {
      throw tooManyRequests('busy', 'سرور در حال بررسی ورودهای بسیاری است؛ چند ثانیه بعد دوباره تلاش کنید', 2000);
    }
    return false;
  }
}

/** 24 URL-safe characters (144 bits): shown once, never stored in clear. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
