import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const apiDir = resolve(import.meta.dirname, '../../apps/api');

export interface E2eUser {
  username: string;
  password: string;
  name: string;
}

/** An account made with the maintenance CLI on the server's own database file (see the config). */
export function createUser(user: E2eUser, role: 'viewer' | 'editor' | 'admin') {
  const databasePath = process.env.E2E_DATABASE_PATH;
  if (!databasePath) throw new Error('E2E_DATABASE_PATH is not set (see playwright.config.ts)');
  execFileSync(
    'node',
    [
      'dist/cli.js',
      'users',
      'create',
      '--username',
      user.username,
      '--role',
      role,
      '--display-name',
      user.name,
      '--password-stdin',
    ],
    { cwd: apiDir, env: { ...process.env, DATABASE_PATH: databasePath }, input: user.password },
  );
}
