// The results as markdown tables, ready to paste into the README's "Measured" section.
import type { BenchResults } from './results.ts';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : int(n));
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const header = (names: string[], numericFrom = 1) =>
  [row(names), row(names.map((_, i) => (i >= numericFrom ? '---:' : '---')))].join('\n');

function http(r: BenchResults): string[] {
  return [
    '### HTTP: wrk (one thread) on loopback, browser Accept-Encoding, after a 1 s warm-up',
    '',
    '5 s per target, searches 10 s; each stats endpoint 4 × 2 s, alternating with 4 × 2 s of the bare server (bare, endpoint, endpoint, bare, twice), and its × bare is to those bare runs; its p50 is the median of its runs’ p50s, its p99 merged from their tails.',
    '',
    header([
      'target',
      'conns',
      'req/s',
      'bare beside it req/s',
      '× bare',
      'p50 ms',
      'p99 ms',
      'first request ms',
      'requests',
      'failed',
      'server CPU %',
      'server CPU µs/req',
      'load gen CPU %',
      'other CPU %',
    ]),
    ...r.http.results.map((x) =>
      row([
        x.name,
        x.connections,
        int(x.reqPerSec),
        x.pairedBare ? int(x.pairedBare.reqPerSec) : '',
        x.ratioToBare.toFixed(2),
        ms(x.p50Ms),
        ms(x.p99Ms),
        ms(x.firstRequestMs),
        int(x.requests),
        x.failed,
        int(x.serverCpuPercent),
        // Less sensitive to a busy machine than req/s: what one answer cost the server's process.
        ms(x.serverCpuUsPerAnswer),
        int(x.loaderCpuPercent),
        int(x.otherCpuPercent),
      ]),
    ),
    '',
    `Reference: bare node:http ${int(r.http.bareReqPerSec)} req/s (mean of first and last run, the reference of the unpaired rows; drift ${r.http.bareDriftPercent.toFixed(1)}%).`,
    ...httpCaveats(r),
  ];
}

/** Say in the report itself when a figure is shaky, so nobody pastes it without knowing. */
function httpCaveats(r: BenchResults): string[] {
  const notes: string[] = [];
  const noisy = r.http.results
    .filter((x) => x.otherCpuPercent > 25 || (x.pairedBare?.otherCpuPercent ?? 0) > 25)
    .map((x) => x.name);
  if (noisy.length > 0) notes.push(`Noise: other processes used CPU during ${noisy.join('; ')}; rerun when quiet.`);
  else if (Math.abs(r.http.bareDriftPercent) > 15) {
    notes.push('Noise: the two bare runs differ though nothing else used the CPU: this machine’s speed varies.');
  }
  const bareLoaders = r.http.results.flatMap((x) =>
    x.group === 'bare' ? [x.loaderCpuPercent] : x.pairedBare ? [x.pairedBare.loaderCpuPercent] : [],
  );
  if (bareLoaders.some((percent) => percent > 90)) {
    notes.push(
      'The load generator used about a full core against the bare server: bare capacity may be higher, so ratios to it are upper bounds.',
    );
  }
  return notes.length > 0 ? ['', ...notes] : [];
}

function queries(r: BenchResults): string[] {
  return [
    '### Query functions in-process, without the cache',
    '',
    header(['function', 'first call ms', 'median ms', 'max ms', 'calls']),
    ...r.queries.map((q) => row([q.name, ms(q.firstMs), ms(q.medianMs), ms(q.maxMs), q.calls])),
  ];
}

function bundle(r: BenchResults): string[] {
  const { firstScreen, requestedBeforeVisible: seen, all } = r.bundle;
  const inBrowser = new Set(seen.files.map((f) => f.file));
  return [
    '### First-screen JS (build manifest: entry + static imports + the overview’s lazy map)',
    '',
    header(['file', 'loaded as', 'raw kB', 'gzip kB', 'requested before visible'], 2),
    ...[...firstScreen.files]
      .sort((a, b) => b.gzip - a.gzip)
      .map((f) => row([f.file, f.via, kB(f.raw), kB(f.gzip), inBrowser.has(f.file) ? 'yes' : 'no'])),
    ...seen.files
      .filter((f) => !firstScreen.files.some((m) => m.file === f.file))
      .map((f) => row([f.file, 'not in manifest set', kB(f.raw), kB(f.gzip), 'yes'])),
    row(['**first screen (manifest)**', '', kB(firstScreen.raw), `**${kB(firstScreen.gzip)}**`, '']),
    row(['**requested before visible (browser)**', '', kB(seen.raw), `**${kB(seen.gzip)}**`, '']),
    row([`all JS (${all.files.length} files)`, '', kB(all.raw), kB(all.gzip), '']),
    ...firstScreen.notes.map((note) => `\nNote: ${note}.`),
  ];
}

function browser(r: BenchResults): string[] {
  return [
    '### Overview in Chromium, cold cache (map + KPIs visible; median of runs)',
    '',
    header(['profile', 'visible ms', 'FCP ms', 'kB until visible', 'kB total', 'runs ms', 'JS encoding']),
    ...r.browser.map((p) =>
      row([
        p.profile,
        ms(p.medianVisibleMs),
        p.medianFirstContentfulPaintMs === null ? '–' : ms(p.medianFirstContentfulPaintMs),
        kB(p.medianBytesUntilVisible),
        kB(p.medianBytesTotal),
        p.runs.map((x) => ms(x.visibleMs)).join(', '),
        Object.entries(p.runs[0]?.jsContentEncodings ?? {})
          .map(([encoding, n]) => `${encoding} ×${n}`)
          .join(', '),
      ]),
    ),
  ];
}

export function markdownReport(r: BenchResults): string {
  const m = r.machine;
  const d = r.dataset;
  return [
    `## Benchmark ${m.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}`,
    '',
    `Load average before/after: ${m.loadAverage.join(' ')} / ${m.loadAverageAfter?.join(' ') ?? '?'}` +
      (m.busyWith.length
        ? ` (tests or builds ran beside the bench: ${m.busyWith.length} processes, figures are noisy)`
        : ''),
    '',
    `Dataset: ${int(d.rows.organizations)} associations, ${int(d.rows.meetings)} meetings, ` +
      `${int(d.rows.decisions)} decisions, ${int(d.rows.organizationEvents)} events ` +
      `(${d.sizeMb.toFixed(0)} MB SQLite, ${d.cached ? 'cached' : `built in ${d.buildSeconds.toFixed(0)} s`}).`,
    '',
    ...http(r),
    '',
    ...queries(r),
    '',
    ...bundle(r),
    '',
    ...browser(r),
    '',
    `Server memory at the end: RSS ${r.serverMemory.serverRssMb.toFixed(0)} MB (peak ${r.serverMemory.serverPeakRssMb.toFixed(0)} MB).`,
    '',
    `### Budgets (docs/budgets.md): ${r.budgets.every((b) => b.pass) ? 'all pass' : `${r.budgets.filter((b) => !b.pass).length} FAIL`}`,
    '',
    `API server: \`node ${r.server.args.join(' ')}\`.`,
    '',
    header(['budget', 'limit', 'measured', 'result'], 9),
    ...r.budgets.map((b) => row([b.name, b.limit, b.measured, b.pass ? 'PASS' : '**FAIL**'])),
    '',
    `Bench duration: ${r.durationSeconds.toFixed(0)} s.`,
  ].join('\n');
}
