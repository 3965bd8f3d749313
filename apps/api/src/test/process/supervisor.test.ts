// `npm start`'s supervisor over the compiled server: kill -9 of the server → serving again
// within 5 s with the reason logged; SIGTERM to the supervisor → a clean stop, no restart. The
// running server is plain JavaScript: no tsx in its arguments or in the bundle it loads.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledServer } from './server-process.ts';

const repoRoot = resolve(import.meta.dirname, '../../../../..');
const dir = mkdtempSync(join(tmpdir(), 'hamgen-supervisor-'));
let supervisor: ChildProcess | undefined;
afterAll(() => {
  supervisor?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves with the match once the output has `count` matches of the pattern. */
function waitFor(read: () => string, pattern: RegExp, count: number, ms = 30_000): Promise<RegExpMatchArray> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const matches = [...read().matchAll(new RegExp(pattern, 'g'))];
      if (matches.length >= count) {
        clearInterval(poll);
        done(matches[count - 1] as RegExpMatchArray);
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        fail(new Error(`no ${pattern} ×${count} within ${ms} ms:\n${read()}`));
      }
    }, 20);
  });
}

describe('the npm start supervisor', () => {
  it('restarts a killed server within 5 s, logs why, and stops cleanly on SIGTERM', { timeout: 60_000 }, async () => {
    supervisor = spawn(process.execPath, ['scripts/supervise.mjs'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_PATH: join(dir, 'sup.db'),
        PORT: '0',
        HOST: '127.0.0.1',
        WEB_DIST: '/nonexistent',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    supervisor.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    supervisor.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const serving = /"pid":(\d+)[^\n]*serving at (http:\/\/127\.0\.0\.1:\d+)/;
    const first = await waitFor(() => output, serving, 1);
    const pid = Number(first[1]);
    expect(pid).not.toBe(supervisor.pid);

    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    expect(cmdline).toContain(compiledServer);
    expect(cmdline.join(' ')).not.toContain('tsx');
    expect(readFileSync(compiledServer, 'utf8')).not.toMatch(/from ["']tsx|require\(["']tsx/);

    const killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
    const second = await waitFor(() => output, serving, 2);
    const res = await fetch(`${second[2]}/api/health`);
    const back = Date.now() - killedAt;
    expect(res.status).toBe(200);
    expect(back).toBeLessThan(5000);
    expect(output).toMatch(/"name":"supervisor"[^\n]*"reason":"killed by SIGKILL"/);
    console.log(`serving again ${back} ms after kill -9`);

    const exited = new Promise<number | null>((done) => supervisor?.once('exit', (code) => done(code)));
    supervisor.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('stopped; database closed');
    expect(output.match(/restarting/g)).toHaveLength(1);
  });
});
