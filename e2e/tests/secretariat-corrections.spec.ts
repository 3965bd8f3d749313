import { type Account, apiWrite, createUser, signIn, signOut } from '../support/accounts.ts';
import { seriousViolations } from '../support/axe.ts';
import { screenshotPage } from '../support/screenshot.ts';
import { expect, test } from '../support/test.ts';

// Names carry a stamp so a retried worker never meets its own earlier records.
const stamp = Date.now().toString(36);
const EDITOR: Account = { username: `fix-editor-${stamp}`, password: 'editor-pass-123', name: 'دبیر اصلاحات' };
const VIEWER: Account = { username: `fix-viewer-${stamp}`, password: 'viewer-pass-123', name: 'عضو کمیسیون' };
const ADMIN: Account = { username: `fix-admin-${stamp}`, password: 'admin-pass-1234', name: 'مدیر آزمون' };
const MEMBER: Account = { username: `member-${stamp}`, password: 'member-pass-123', name: 'کارشناس استان' };

test.beforeAll(() => {
  createUser(EDITOR, 'editor');
  createUser(VIEWER, 'viewer');
  createUser(ADMIN, 'admin');
  createUser(MEMBER, 'viewer');
});

test.describe('the secretariat corrects what it recorded', () => {
  test('an editor fixes a title, adds an attendee, deletes a decision and follows up another; a viewer reads the note', async ({
    page,
  }) => {
    await signIn(page, EDITOR);
    const { meeting } = await apiWrite(page, 'POST', '/api/meetings', {
      title: `جلسه کمسیون ${stamp}`,
      heldOn: '1403/05/12',
      attendees: [{ name: 'مریم احمدی', role: 'دبیر' }],
      decisions: [{ text: 'مصوبه‌ای که اشتباه ثبت شد' }, { text: 'پیگیری تشکیل انجمن در استان' }],
    });

    await page.goto(`/meetings/${meeting.id}`);
    await page.getByRole('link', { name: 'ویرایش', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/meetings/${meeting.id}$`));
    await page.getByLabel('عنوان جلسه').fill(`جلسه کمیسیون ${stamp}`);
    await page.getByRole('button', { name: 'افزودن حاضر' }).click();
    await page.getByLabel('نام حاضر ۲').fill('علی رضایی');
    await page.getByLabel('سمت حاضر ۲').fill('نماینده خانه صنعت');
    await page.getByRole('listitem', { name: 'حاضر ۲' }).getByLabel('عضو جدید').check();
    // Keyboard: the new attendee moves to the top of the minutes.
    await page.getByRole('button', { name: 'بردن حاضر ۲ به بالا' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('نام حاضر ۱')).toHaveValue('علی رضایی');
    await page.getByRole('button', { name: 'ذخیره مشخصات و حاضران' }).click();
    await expect(page.getByText('جلسه ذخیره شد.')).toBeVisible();

    const first = page.getByRole('form', { name: 'ویرایش مصوبه ۱' });
    await first.getByRole('button', { name: 'حذف مصوبه ۱' }).click();
    await expect(first.getByText('مصوبه ۱ و سابقه پیگیری آن برای همیشه حذف شود؟')).toBeVisible();
    await first.getByRole('button', { name: 'بله، حذف شود' }).click();
    await expect(page.getByRole('form', { name: 'ویرایش مصوبه ۱' })).toHaveCount(0);
    await screenshotPage(page, 'secretariat-meeting-edit');

    await page.getByRole('link', { name: 'دیدن صفحه جلسه' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`جلسه کمیسیون ${stamp}`);
    const roster = page.getByRole('table').first();
    await expect(roster.getByRole('row').nth(1)).toContainText('علی رضایی');
    const decisions = page.locator('#meeting-decisions').locator('..');
    await expect(decisions.locator('.decision-item')).toHaveCount(1);
    await expect(decisions).not.toContainText('مصوبه‌ای که اشتباه ثبت شد');

    // The follow-up control is where the decision is.
    const item = decisions.locator('.decision-item');
    await item.getByText('تغییر وضعیت مصوبه ۲').click();
    const form = item.getByRole('form', { name: 'تغییر وضعیت مصوبه ۲' });
    await expect(decisions.locator('.decision-tally')).toContainText('۱ در جریان، ۰ انجام‌شده');
    await form.getByLabel('وضعیت تازه').selectOption({ label: 'انجام‌شده' });
    await form.getByLabel('توضیح تغییر وضعیت').fill('نامه به سازمان صمت استان فرستاده شد');
    await form.getByRole('button', { name: 'ثبت تغییر وضعیت' }).click();
    await expect(form.getByText('وضعیت ثبت شد.')).toBeVisible();
    // The counts follow without a reload.
    await expect(item.locator('.decision-head')).toContainText('انجام‌شده');
    await expect(decisions.locator('.decision-tally')).toContainText('۰ در جریان، ۱ انجام‌شده');
    await signOut(page);

    await signIn(page, VIEWER);
    await page.goto(`/meetings/${meeting.id}`);
    await expect(page.getByRole('link', { name: 'ویرایش', exact: true })).toHaveCount(0);
    await expect(page.getByText('تغییر وضعیت مصوبه ۲')).toHaveCount(0);
    await page.getByText('سابقه پیگیری مصوبه ۲').click();
    const history = page.locator('.history-list');
    await expect(history).toContainText('نامه به سازمان صمت استان فرستاده شد');
    await expect(history).toContainText(EDITOR.name);
    await expect(history).toContainText('انجام‌شده');
    await screenshotPage(page, 'secretariat-meeting-history');
  });

  test('an editor registers an association by form and cannot delete it while a decision names it', async ({
    page,
  }) => {
    await signIn(page, EDITOR);
    await page.goto('/associations');
    await page.getByRole('link', { name: 'ثبت تشکل' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'ثبت تشکل' })).toBeVisible();
    const name = `انجمن صنایع همگن آزمایشی ${stamp}`;
    await page.getByLabel('نام تشکل').fill(name);
    await page.getByLabel('استان', { exact: true }).selectOption({ label: 'کرمان' });
    await page.getByLabel('تاریخ تشکیل').fill('1400/12/30');
    await page.getByRole('button', { name: 'ثبت تشکل' }).click();
    await expect(page.getByText('تاریخ تشکیل: روز ۱۴۰۰/۱۲/۳۰ در تقویم خورشیدی وجود ندارد')).toBeVisible();
    await page.getByLabel('تاریخ تشکیل').fill('۱۴۰۳/۰۲/۱۰');
    await page.getByLabel('تعداد اعضا').fill('۲۱');
    await screenshotPage(page, 'secretariat-association-new');
    await page.getByRole('button', { name: 'ثبت تشکل' }).click();
    await expect(page).toHaveURL(/\/associations\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    const id = Number(new URL(page.url()).pathname.split('/').at(-1));

    const meetings = await (await page.request.get('/api/meetings?pageSize=1')).json();
    await apiWrite(page, 'POST', '/api/decisions', {
      meetingId: meetings.rows[0].id,
      text: `پیگیری ثبت ${name}`,
      organizationIds: [id],
    });
    await page.getByRole('link', { name: 'ویرایش' }).click();
    await page.getByRole('button', { name: 'حذف تشکل' }).click();
    await page.getByRole('button', { name: 'بله، حذف شود' }).click();
    await expect(page.getByRole('alert')).toContainText('در ۱ مصوبه نام برده شده است و حذف نمی‌شود');
    await page.goto(`/associations/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  });

  test("an admin changes a user's role and resets their password; the user must choose a new one", async ({ page }) => {
    await signIn(page, ADMIN);
    await page.goto('/admin/users');
    const role = page.getByLabel(`نقش ${MEMBER.username}`);
    await role.selectOption({ label: 'ویرایشگر' });
    await expect(role).toHaveValue('editor');
    await expect(role).toBeEnabled();
    await page.getByRole('button', { name: `گذرواژه تازه برای ${MEMBER.username}` }).click();
    const shown = page.locator('.password-text');
    await expect(shown).toHaveText(/^[A-Za-z0-9_-]{24}$/);
    const oneTime = (await shown.textContent()) ?? '';
    // On one line: a password that wraps at a hyphen gets copied wrong.
    const box = await shown.boundingBox();
    expect(box?.height).toBeLessThan(40);
    await expect(page.getByRole('button', { name: 'رونوشت' })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(MEMBER.username) })).toContainText('باید گذرواژه را عوض کند');
    await screenshotPage(page, 'secretariat-users');
    await signOut(page);

    await signIn(page, { username: MEMBER.username, password: oneTime });
    await expect(page).toHaveURL(/\/account\/password/);
    await expect(page.getByRole('alert')).toContainText('گذرواژه شما موقت است');
    // Anything else leads back here, and the API refuses the writes meanwhile.
    await page.goto('/admin/meetings/new');
    await expect(page).toHaveURL(/\/account\/password/);
    const me = await (await page.request.get('/api/auth/me')).json();
    expect(me.user).toMatchObject({ role: 'editor', mustChangePassword: true });
    const refused = await page.request.post('/api/meetings', {
      headers: { 'X-CSRF-Token': me.csrfToken, Origin: new URL(page.url()).origin },
      data: { title: 'نباید ثبت شود', heldOn: '1403/05/12' },
    });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe('password_change_required');
    await screenshotPage(page, 'secretariat-password');

    await page.getByLabel('گذرواژه فعلی').fill(oneTime);
    await page.getByLabel('گذرواژه تازه', { exact: true }).fill('my-chosen-password');
    await page.getByLabel('تکرار گذرواژه تازه').fill('my-chosen-password');
    await page.getByRole('button', { name: 'ثبت گذرواژه تازه' }).click();
    await expect(page).toHaveURL(/\/admin\/meetings\/new$/);
    await expect(page.getByRole('heading', { level: 1, name: 'ثبت جلسه کمیسیون' })).toBeVisible();
    await signOut(page);
    await signIn(page, { username: MEMBER.username, password: 'my-chosen-password' });
    await expect(page).not.toHaveURL(/\/account\/password/);
  });

  test('the audit page shows a change of members as ۲۱ → ۴۷, and exports it as CSV', async ({ page }) => {
    await signIn(page, EDITOR);
    const { organization } = await apiWrite(page, 'POST', '/api/organizations', {
      nameFa: `انجمن ممیزی ${stamp}`,
      kind: 'national_association',
      provinceCode: null,
      sectorCode: 'food',
      establishedOn: '1403/01/01',
      status: 'active',
      members: 21,
    });
    await apiWrite(page, 'PATCH', `/api/organizations/${organization.id}`, { version: 1, members: 47 });
    await signOut(page);

    await signIn(page, ADMIN);
    await page.goto('/admin/audit');
    await page.getByLabel('نوع رکورد').selectOption({ label: 'تشکل' });
    await page.getByLabel('رویداد').selectOption({ label: 'ویرایش' });
    await page.getByLabel('کاربر', { exact: true }).fill(EDITOR.username);
    const row = page.getByRole('row').filter({ hasText: EDITOR.username }).first();
    // The record's id, in Persian digits without a thousands separator, links to it.
    const persianId = String(organization.id).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] ?? d);
    await expect(row.getByRole('link')).toHaveText(persianId);
    await row.getByRole('button', { name: /دیدن .* تغییر/ }).click();
    const diff = page.locator('.audit-diff');
    await expect(diff.getByRole('row', { name: /تعداد اعضا/ })).toContainText('۲۱ → ۴۷');
    await screenshotPage(page, 'secretariat-audit');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'خروجی CSV برای حسابرسی' }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(path, 'utf8');
    expect(csv).toContain('تعداد اعضا: ۲۱ → ۴۷');
    expect(csv).toContain(EDITOR.username);
  });

  test('a PDF attached to a meeting downloads byte-identical; a renamed .exe is refused in Persian', async ({
    page,
  }) => {
    await signIn(page, EDITOR);
    const { meeting } = await apiWrite(page, 'POST', '/api/meetings', {
      title: `جلسه با صورت‌جلسه ${stamp}`,
      heldOn: '1403/06/01',
    });
    await page.goto(`/meetings/${meeting.id}`);
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'),
      Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256)),
      Buffer.from('\n%%EOF\n'),
    ]);
    const input = page.getByLabel('فایل PDF یا تصویر صورت‌جلسه');
    await input.setInputFiles({ name: 'صورت‌جلسه امضاشده.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'پیوست فایل' }).click();
    await expect(page.getByText('فایل پیوست شد.')).toBeVisible();
    const link = page.getByRole('link', { name: 'صورت‌جلسه امضاشده.pdf' });
    await expect(link).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    // Chromium writes the ZWNJ of a download's name as «_»; the server sends it intact.
    expect(download.suggestedFilename()).toMatch(/^صورت.جلسه امضاشده\.pdf$/);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(await download.path()).equals(pdf)).toBe(true);
    const head = await page.request.get(new URL((await link.getAttribute('href')) ?? '', page.url()).toString());
    expect(head.headers()['content-disposition']).toMatch(/^attachment;/);
    expect(head.headers()['x-content-type-options']).toBe('nosniff');

    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]);
    await input.setInputFiles({ name: 'minutes.pdf', mimeType: 'application/pdf', buffer: exe });
    await page.getByRole('button', { name: 'پیوست فایل' }).click();
    await expect(page.getByRole('alert')).toContainText('این فایل یک برنامه اجرایی است');
    await expect(page.locator('.attachment-list li')).toHaveCount(1);
    await screenshotPage(page, 'secretariat-attachments');
  });

  test('a stale meeting form shows the other person’s change and keeps the editor’s own', async ({ page }) => {
    await signIn(page, EDITOR);
    const { meeting } = await apiWrite(page, 'POST', '/api/meetings', {
      title: `جلسه همزمان ${stamp}`,
      heldOn: '1403/07/01',
    });
    await page.goto(`/admin/meetings/${meeting.id}`);
    await page.getByLabel('عنوان جلسه').fill(`جلسه همزمان اصلاح‌شده ${stamp}`);
    // Someone else saves the place meanwhile.
    await apiWrite(page, 'PATCH', `/api/meetings/${meeting.id}`, { version: 1, location: 'تبریز' });
    await page.getByRole('button', { name: 'ذخیره مشخصات و حاضران' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('این رکورد را کس دیگری تغییر داده است');
    await expect(alert).toContainText('محل برگزاری: — → تبریز');
    await expect(page.getByLabel('عنوان جلسه')).toHaveValue(`جلسه همزمان اصلاح‌شده ${stamp}`);
    await page.getByRole('button', { name: 'نگه داشتن تغییرات من روی نسخه تازه' }).click();
    await page.getByRole('button', { name: 'ذخیره مشخصات و حاضران' }).click();
    await expect(page.getByText('جلسه ذخیره شد.')).toBeVisible();
    const stored = await (await page.request.get(`/api/meetings/${meeting.id}`)).json();
    expect(stored.meeting).toMatchObject({ title: `جلسه همزمان اصلاح‌شده ${stamp}`, location: 'تبریز', version: 3 });
  });
});

// Every new screen in both languages at desktop and phone width: nothing wider than the window,
// and (at desktop width) no serious accessibility violation axe can find.
test.describe('the new screens in fa and en, 1280 and 375 px', () => {
  for (const lang of ['fa', 'en'] as const) {
    for (const width of [1280, 375]) {
      test(`${lang} at ${width}px`, async ({ page }) => {
        // Seven screens, each looked at (and at desktop width checked by axe): more than the default 30 s.
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height: 900 });
        await signIn(page, ADMIN);
        const { meeting } = await apiWrite(page, 'POST', '/api/meetings', {
          title: `جلسه نمایش ${stamp}`,
          heldOn: '1403/08/01',
          attendees: [{ name: 'مریم احمدی', role: 'دبیر', isNewMember: true }],
          decisions: [{ text: 'تهیه فهرست انجمن‌های فاقد هیئت‌مدیره', responsible: 'دبیرخانه' }],
        });
        const screens: [string, string][] = [
          [`/meetings/${meeting.id}`, 'meeting'],
          [`/admin/meetings/${meeting.id}`, 'meeting-edit'],
          ['/admin/associations/new', 'association-new'],
          ['/admin/users', 'users'],
          ['/admin/audit', 'audit'],
          ['/account/password', 'password'],
          ['/decisions', 'decisions'],
        ];
        await page.request.post(`/api/meetings/${meeting.id}/attachments`, {
          headers: {
            'X-CSRF-Token': (await (await page.request.get('/api/auth/me')).json()).csrfToken,
            Origin: new URL(page.url()).origin,
          },
          multipart: {
            file: { name: 'صورت‌جلسه.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
          },
        });
        for (const [path, name] of screens) {
          await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
          await expect(page.locator('main h1').first()).toBeVisible();
          await expect(page.locator('.state-loading')).toHaveCount(0);
          if (name === 'meeting') await page.locator('.decision-history summary').first().click();
          if (name === 'audit') await page.locator('.audit-table button[aria-expanded]').first().click();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} is wider than ${width}px`).toBeLessThanOrEqual(0);
          if (width === 1280) {
            expect(await seriousViolations(page), path).toEqual([]);
          }
          await screenshotPage(page, `secretariat-${name}-${lang}-${width}`);
        }
      });
    }
  }
});
