// Accounts for the e2e specs, made with the compiled maintenance CLI on the server's own database
// file (see playwright.config.ts), and signing in and out through the header as a person would.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

const apiDir = resolve(import.meta.dirname, '../../apps/api');

export interface Account {
  username: string;
  password: string;
  name: string;
}

export function createUser(user: Account, role: 'viewer' | 'editor' | 'admin') {
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

/** Signs in through the login form and waits for the header to show the session. */
export async function signIn(page: Page, user: Pick<Account, 'username' | 'password'>) {
  await page.goto('/login');
  await page.getByLabel('نام کاربری').fill(user.username);
  await page.getByLabel('گذرواژه').fill(user.password);
  await page.getByRole('main').getByRole('button', { name: 'ورود' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: 'خروج' })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'خروج' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'ورود' })).toBeVisible();
}

/** A JSON write through the page's own session, as the SPA sends it (CSRF header, same origin). */
export async function apiWrite(page: Page, method: 'POST' | 'PATCH' | 'DELETE', path: string, data?: unknown) {
  const me = await (await page.request.get('/api/auth/me')).json();
  const res = await page.request.fetch(path, {
    method,
    headers: { 'X-CSRF-Token': me.csrfToken, Origin: new URL(page.url()).origin },
    data,
  });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}
