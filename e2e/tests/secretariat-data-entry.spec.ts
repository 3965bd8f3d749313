import { createUser } from '../support/accounts.ts';
import { screenshotPage } from '../support/screenshot.ts';
import { expect, type Page, test } from '../support/test.ts';

// Accounts are made with the maintenance CLI (support/accounts.ts); names carry a stamp so a
// retried worker never meets its own earlier accounts.
const stamp = Date.now().toString(36);
const EDITOR = { username: `editor-${stamp}`, password: 'editor-pass-123', name: 'دبیر کمیسیون' };
const VIEWER = { username: `viewer-${stamp}`, password: 'viewer-pass-123', name: 'خواننده' };

/** "۱۲۳" → 123 */
const persianNumber = (text: string) =>
  Number(text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[^0-9]/g, ''));

async function openDecisions(page: Page): Promise<number> {
  await page.goto('/');
  const value = page.locator('[data-kpi="open-decisions"] .kpi-value');
  await expect(value).toHaveText(/[۰-۹]/);
  return persianNumber((await value.textContent()) ?? '');
}

async function logIn(page: Page, user: typeof EDITOR) {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'ورود' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ورود به همگن' })).toBeVisible();
  await page.getByLabel('نام کاربری').fill(user.username);
  await page.getByLabel('گذرواژه').fill('wrong-password');
  await page.getByRole('main').getByRole('button', { name: 'ورود' }).click();
  await expect(page.getByRole('alert')).toHaveText('نام کاربری یا گذرواژه نادرست است');
  await page.getByLabel('گذرواژه').fill(user.password);
  await page.getByRole('main').getByRole('button', { name: 'ورود' }).click();
  await expect(page.getByRole('banner')).toContainText(user.name);
  await expect(page.getByRole('banner').getByRole('button', { name: 'خروج' })).toBeVisible();
}

test.beforeAll(() => {
  createUser(EDITOR, 'editor');
  createUser(VIEWER, 'viewer');
});

test.describe('the secretariat records the commission’s work', () => {
  test('an editor records a meeting with two decisions and the open-decisions figure rises by two', async ({
    page,
  }) => {
    await logIn(page, EDITOR);
    const before = await openDecisions(page);

    await page.getByRole('navigation', { name: 'بخش‌های داشبورد' }).getByRole('link', { name: 'مدیریت' }).click();
    await page.getByRole('link', { name: 'ثبت جلسه کمیسیون' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'ثبت جلسه کمیسیون' })).toBeVisible();

    await page.getByLabel('عنوان جلسه').fill(`جلسه آزمایشی دبیرخانه ${stamp}`);
    await page.getByLabel('تاریخ جلسه').fill('1403/05/12');
    await page.getByLabel('محل برگزاری').fill('تهران، وزارت صنعت، معدن و تجارت');
    await page.getByRole('button', { name: 'افزودن حاضر' }).click();
    await page.getByLabel('نام حاضر ۱').fill('مریم احمدی');
    await page.getByLabel('سمت حاضر ۱').fill('دبیر کمیسیون');
    await page.getByRole('button', { name: 'افزودن مصوبه' }).click();
    await page.getByRole('button', { name: 'افزودن مصوبه' }).click();
    await page.getByLabel('متن مصوبه ۱').fill('تهیه فهرست انجمن‌های فاقد هیئت‌مدیره تا پایان فصل');
    await page.getByLabel('مسئول پیگیری مصوبه ۱').fill('دبیرخانه کمیسیون');
    await page.getByLabel('مهلت انجام مصوبه ۱').fill('1403/08/01');
    await page.getByLabel('متن مصوبه ۲').fill('برگزاری نشست مشترک با خانه‌های صنعت استان‌ها');
    // 1400 is not a leap year: its Esfand has 29 days.
    await page.getByLabel('مهلت انجام مصوبه ۲').fill('1400/12/30');
    await page.getByRole('button', { name: 'ثبت جلسه و مصوبات' }).click();
    await expect(page.getByText('مهلت انجام: روز ۱۴۰۰/۱۲/۳۰ در تقویم خورشیدی وجود ندارد')).toBeVisible();
    await expect(page.getByLabel('مهلت انجام مصوبه ۲')).toHaveAttribute('aria-invalid', 'true');
    await screenshotPage(page, 'admin-new-meeting');

    await page.getByLabel('مهلت انجام مصوبه ۲').fill('۱۴۰۳/۰۹/۱۵');
    await page.getByRole('button', { name: 'ثبت جلسه و مصوبات' }).click();
    await expect(page).toHaveURL(/\/admin\/meetings\/\d+\?created=1$/);
    await expect(page.getByText('جلسه با ۲ مصوبه ثبت شد.')).toBeVisible();

    expect(await openDecisions(page)).toBe(before + 2);

    // A status change needs its note; marking one done leaves one more open than before.
    await page.goBack();
    const first = page.getByRole('form', { name: 'تغییر وضعیت مصوبه ۱' });
    await first.getByLabel('وضعیت تازه').selectOption({ label: 'انجام‌شده' });
    await first.getByRole('button', { name: 'ثبت تغییر وضعیت' }).click();
    await expect(first.getByText('برای تغییر وضعیت مصوبه، توضیح آن را بنویسید')).toBeVisible();
    await first.getByLabel('توضیح تغییر وضعیت').fill('فهرست تهیه و به کمیسیون تحویل شد');
    await first.getByRole('button', { name: 'ثبت تغییر وضعیت' }).click();
    await expect(page.getByText('وضعیت کنونی: انجام‌شده')).toBeVisible();
    expect(await openDecisions(page)).toBe(before + 1);
  });

  test('an editor edits an association and is told, not overwritten, when someone saved first', async ({ page }) => {
    await logIn(page, EDITOR);
    await page.goto('/associations/1');
    await page.getByRole('link', { name: 'ویرایش' }).click();
    await expect(page).toHaveURL(/\/admin\/associations\/1$/);
    await expect(page.getByLabel('تعداد اعضا')).not.toHaveValue('');

    // Someone else saves the same association meanwhile.
    const me = await (await page.request.get('/api/auth/me')).json();
    const current = await (await page.request.get('/api/organizations/1')).json();
    const other = await page.request.patch('/api/organizations/1', {
      headers: { 'X-CSRF-Token': me.csrfToken, Origin: new URL(page.url()).origin },
      data: { version: current.organization.version, members: current.organization.members + 1 },
    });
    expect(other.status()).toBe(200);

    await page.getByLabel('تعداد اعضا').fill('999');
    await page.getByRole('button', { name: 'ذخیره تغییرات' }).click();
    await expect(page.getByRole('alert')).toContainText('این رکورد را کس دیگری تغییر داده است');
    await page.getByRole('button', { name: 'بارگذاری دوباره' }).click();
    await expect(page.getByLabel('تعداد اعضا')).toHaveValue(String(current.organization.members + 1));
    await page.getByLabel('تعداد اعضا').fill('999');
    await page.getByRole('button', { name: 'ذخیره تغییرات' }).click();
    await expect(page).toHaveURL(/\/associations\/1$/);
    await expect(page.getByRole('definition').filter({ hasText: '۹۹۹' })).toBeVisible();
  });

  test('an editor checks a spreadsheet, reads the report, then imports it', async ({ page }) => {
    await logIn(page, EDITOR);
    await page.goto('/admin/import');
    await expect(page.getByRole('link', { name: 'دریافت قالب CSV' })).toBeVisible();
    const template = await (await page.request.get('/api/import/organizations/template.csv')).text();
    const [header, example] = template.replace(/^\uFEFF/, '').split(/\r?\n/);
    const row = (name: string, date = '1403/05/12') =>
      (example ?? '').replace('انجمن صنایع همگن فرآورده‌های لبنی استان تهران', name).replace('1403/05/12', date);
    const good = row(`انجمن آزمایشی درون‌ریزی ${stamp}`);
    const upload = (name: string, lines: string[]) =>
      page.getByLabel('فایل CSV یا XLSX').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${[header, ...lines].join('\r\n')}\r\n`),
      });

    await upload('bad.csv', [good, row(`انجمن دوم ${stamp}`, '1400/12/30')]);
    await page.getByRole('button', { name: 'بررسی فایل (بدون ثبت)' }).click();
    const problems = page.getByRole('table', { name: 'ایرادهای فایل' });
    await expect(problems.getByRole('row').nth(1)).toContainText('۳');
    await expect(problems).toContainText('در تقویم خورشیدی وجود ندارد');
    await expect(page.getByRole('button', { name: 'تأیید و ثبت' })).toBeDisabled();
    await screenshotPage(page, 'admin-import-report');

    await upload('good.csv', [good]);
    await page.getByRole('button', { name: 'بررسی فایل (بدون ثبت)' }).click();
    await expect(page.getByText('فایل ایرادی ندارد')).toBeVisible();
    await page.getByRole('button', { name: 'تأیید و ثبت' }).click();
    await expect(page.getByText('ردیف‌های فایل ثبت شد.')).toBeVisible();
  });

  test('a viewer sees no edit controls, and the API refuses their writes', async ({ page, baseURL }) => {
    await logIn(page, VIEWER);
    await expect(
      page.getByRole('navigation', { name: 'بخش‌های داشبورد' }).getByRole('link', { name: 'مدیریت' }),
    ).toHaveCount(0);
    await page.goto('/associations/1');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'ویرایش' })).toHaveCount(0);
    await page.goto('/admin/meetings/new');
    await expect(page.getByText('نقش شما اجازه دیدن این بخش را ندارد.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'ثبت جلسه و مصوبات' })).toHaveCount(0);

    const me = await (await page.request.get('/api/auth/me')).json();
    expect(me.user.role).toBe('viewer');
    const write = await page.request.post('/api/meetings', {
      headers: { 'X-CSRF-Token': me.csrfToken, Origin: baseURL ?? '' },
      data: { title: 'جلسه‌ای که نباید ثبت شود', heldOn: '1403/05/12' },
    });
    expect(write.status()).toBe(403);
    expect((await write.json()).error.code).toBe('forbidden');
  });
});
