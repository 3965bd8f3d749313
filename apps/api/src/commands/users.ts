// `cli.ts users …`: accounts from the command line, for the first admin of an existing database
// and for recovery. A generated password is printed once; `--password-stdin` reads one instead
// (so it never appears in the shell history or the process list).
import { parseArgs } from 'node:util';
import { newPasswordSchema, USER_ROLES, usernameSchema } from '@hamgen/shared';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { generatePassword } from '../lib/auth/passwords.ts';
import { changePassword, createAccount } from '../routes/users/accounts.ts';
import { findCredentials, listUsers } from '../routes/users/users.db.ts';

const CLI_ACTOR = { userId: null, username: 'cli', requestId: null, ip: null };

export const USERS_USAGE = `Usage:
  cli.ts users create --username NAME --role viewer|editor|admin [--display-name TEXT] [--password-stdin]
  cli.ts users set-password --username NAME [--password-stdin]
  cli.ts users list`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${what}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data;
}

const printPassword = (username: string, password: string) =>
  console.log(
    [
      '',
      `  Password for ${username} (shown once, store it safely):`,
      `    ${password}`,
      '  گذرواژه فقط همین یک بار نمایش داده می‌شود.',
      '',
    ].join('\n'),
  );

export async function usersCommand(db: Db, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
    strict: true,
  });
  const password = async () => {
    if (!values['password-stdin']) return { password: generatePassword(), generated: true };
    return { password: check(newPasswordSchema, await readStdin(), 'password'), generated: false };
  };

  if (sub === 'list') {
    for (const u of listUsers(db)) console.log(`${u.id}\t${u.username}\t${u.role}${u.disabled ? '\t(disabled)' : ''}`);
  } else if (sub === 'create') {
    const username = check(usernameSchema, values.username, '--username');
    const role = check(z.enum(USER_ROLES), values.role, '--role');
    const secret = await password();
    const { user } = await createAccount(
      db,
      { username, role, displayName: values['display-name'] ?? '', password: secret.password },
      CLI_ACTOR,
    );
    console.log(`Created user ${user.username} (id ${user.id}, role ${user.role}).`);
    if (secret.generated) printPassword(user.username, secret.password);
  } else if (sub === 'set-password') {
    const username = check(usernameSchema, values.username, '--username');
    const target = findCredentials(db, { username });
    if (!target) throw new Error(`No user named ${username}`);
    const secret = await password();
    await changePassword(db, target, secret.password, CLI_ACTOR, { note: 'set_by_cli', mustChange: secret.generated });
    console.log(`Password of ${username} changed; their sessions were ended.`);
    if (secret.generated) printPassword(username, secret.password);
  } else {
    throw new Error(USERS_USAGE);
  }
}
