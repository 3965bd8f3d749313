// argon2id password hashes (@node-rs/argon2's defaults: 19 MiB, 2 passes, 1 lane — OWASP's
// recommended minimum for argon2id) and generated passwords for new accounts.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

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
  try {
    const ok = await verify(passwordHash ?? (await dummyHash), password);
    return ok && passwordHash !== null;
  } catch {
    return false;
  }
}

/** 24 URL-safe characters (144 bits): shown once, never stored in clear. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
