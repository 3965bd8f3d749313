import { createUser } from '../support/accounts.ts';
import { screenshotPage } from '../support/screenshot.ts';
import { expect, type Page, test } from '../support/test.ts';

// The server of this run takes scheduled backups (HAMGEN_BACKUP_DIR in playwright.config.ts);
// an admin sees the last one on the admin page, an editor does not see the card at all.
const stamp = Date.now().toString(36);
const ADMIN = { username: `admin-${stamp}`, password: 'admin-pass-1234', name: 'مدیر سامانه' };
const EDITOR = { username: `backup-editor-${stamp}`, password: 'editor-pass-1234', name: 'ویراستار' };

async function logIn(page: Page, user: typeof ADMIN, query = '') {
  await page.goto(`/login?next=/admin${query}`);
  await page.getByLabel('نام کاربری').fill(user.username);
  await page.getByLabel('گذرواژه').fill(user.password);
  await page.getByRole('main').getByRole('button', { name: 'ورود' }).click();
  await expect(page.getByRole('banner')).toContainText(user.name);
}

test.beforeAll(() => {
  createUser(ADMIN, 'admin');
  createUser(EDITOR, 'editor');
});

test('an admin sees when the last scheduled backup was taken', async ({ page }) => {
  await logIn(page, ADMIN);
  await page.goto('/admin');
  const card = page.getByRole('region', { name: 'پشتیبان‌گیری خودکار' });
  await expect(card).toContainText('آخرین پشتیبان');
  await expect(card).toContainText('بررسی یکپارچگی: سالم');
  await expect(card).toContainText(/hamgen-\d{8}T\d{6}Z\.db/);
  await expect(card).toContainText(/هر ۲۴ ساعت/);
  await screenshotPage(page, 'admin-backups-fa-1280');
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshotPage(page, 'admin-backups-fa-375');
  await page.goto('/admin?lang=en&cal=gregorian');
  await expect(page.getByRole('region', { name: 'Scheduled backups' })).toContainText('integrity check: ok');
  await screenshotPage(page, 'admin-backups-en-375');
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshotPage(page, 'admin-backups-en-1280');
});

test('an editor sees no backup card', async ({ page }) => {
  await logIn(page, EDITOR);
  await page.goto('/admin');
  await expect(page.getByRole('link', { name: 'ثبت جلسه کمیسیون' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'پشتیبان‌گیری خودکار' })).toHaveCount(0);
});
