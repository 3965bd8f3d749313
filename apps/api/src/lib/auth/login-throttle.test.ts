// The login throttle under the attacks of issue 13: parallel guesses, spraying across accounts,
// and a flood of throttled requests that must not grow the audit log.
import { describe, expect, it } from 'vitest';
import { createTestApi, createTestUser, TEST_PASSWORD, testClock } from '../../test/test-db.ts';
import { MAX_ACCOUNT_FAILURES, MAX_ADDRESS_FAILURES, MAX_FAILURES } from './login-throttle.ts';

const clock = testClock();
const api = createTestApi(undefined, { now: clock.now, config: { trustProxy: true } });
const { app, db, scalar } = api;
let address = 0;
const newAddress = () => `10.1.${Math.floor(++address / 250)}.${address % 250}`;

const attempt = (username: string, password: string, ip: string) =>
  app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ username, password }),
  });

describe('login throttle', () => {
  it('40 parallel wrong passwords for one account from one address: at most 5 × 401', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const ip = newAddress();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(user.username, `wrong-${i}`, ip)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(MAX_FAILURES);
    expect(statuses.filter((s) => s !== 401).every((s) => s === 429)).toBe(true);
    // Throttled answers cost no hash: only the reserved attempts were ever checked.
    expect(
      scalar("SELECT count(*) FROM login_attempts WHERE username = ? AND outcome = 'failure'", user.username),
    ).toBe(MAX_FAILURES);
    expect((await attempt(user.username, TEST_PASSWORD, ip)).status).toBe(429);
  });

  it('30 accounts × 1 guess from one address meet a 429 before the 30th', async () => {
    const ip = newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const user = await createTestUser(db, { role: 'viewer' });
      statuses.push((await attempt(user.username, 'spray-guess', ip)).status);
    }
    expect(statuses.indexOf(429)).toBe(MAX_ADDRESS_FAILURES);
    expect(statuses.slice(0, MAX_ADDRESS_FAILURES).every((s) => s === 401)).toBe(true);
  });

  it('one account guessed from many addresses is throttled too, and a success starts afresh', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) {
      expect((await attempt(user.username, 'nope', newAddress())).status).toBe(401);
    }
    expect((await attempt(user.username, TEST_PASSWORD, newAddress())).status).toBe(429);
    clock.advance(15 * 60_000 + 1000);
    expect((await attempt(user.username, TEST_PASSWORD, newAddress())).status).toBe(200);
    expect((await attempt(user.username, 'nope', newAddress())).status).toBe(401);
  });

  it('a flood of throttled attempts adds one audit row, not one each', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const ip = newAddress();
    for (let i = 0; i < MAX_FAILURES; i++) await attempt(user.username, 'nope', ip);
    const before = scalar('SELECT count(*) FROM audit_events');
    for (let i = 0; i < 30; i++) expect((await attempt(user.username, 'nope', ip)).status).toBe(429);
    expect(scalar('SELECT count(*) FROM audit_events') - before).toBe(1);
    const spray = newAddress();
    for (let i = 0; i < MAX_ADDRESS_FAILURES + 30; i++) await attempt(`nobody-${i}`, 'guess', spray);
    expect(scalar("SELECT count(*) FROM audit_events WHERE ip = ? AND outcome = 'denied'", spray)).toBe(1);
    expect(scalar('SELECT count(*) FROM audit_events WHERE ip = ?', spray)).toBe(MAX_ADDRESS_FAILURES + 1);
  });

  it('keeps the table small: attempts older than the window are deleted', async () => {
    clock.advance(16 * 60_000);
    await attempt('someone', 'x', newAddress());
    expect(scalar('SELECT count(*) FROM login_attempts')).toBe(1);
  });
});
