// Times one tool on one file in this (fresh) process and prints one line of JSON.
//
//   node --max-old-space-size=16384 test/bench/worker.mjs <ours|markdownlint|alex> <file> <checker bundle>
//
// Method (as in ../shared/perf/README.md): a first, cold run; if it took more than 20 s that is
// the figure. Otherwise warm up until 2 s have passed (at most 60 runs), then time runs until at
// least 10 runs and 2 s are measured (or 3 runs and 10 s, for slow cells). No forced GC.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [tool, file, checkerBundle] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

async function load() {
  if (tool === 'ours') {
    const { check } = createRequire(import.meta.url)(checkerBundle);
    return () => {
      const result = check(text, { kind: 'policy' });
      // A size limit or a change of API would make this time meaningless: fail instead.
      if (result.kind !== 'policy' || result.notices.some((n) => n.id === 'too-large')) throw new Error('the text was not checked as a policy draft');
      return result.findings.length;
    };
  }
  if (tool === 'markdownlint') {
    const { lint } = await import('markdownlint/sync');
    return () => lint({ strings: { doc: text } }).doc.length;
  }
  if (tool === 'alex') {
    const { markdown } = await import('alex');
    return () => markdown(text).messages.length;
  }
  throw new Error(`unknown tool ${tool}`);
}

const run = await load();
const time = () => {
  const t0 = process.hrtime.bigint();
  const found = run();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, found };
};

const cpu0 = process.cpuUsage();
const first = time();
const times = [];
let mode = 'cold';
if (first.ms <= 20_000) {
  mode = 'warm';
  let elapsed = first.ms;
  for (let n = 1; elapsed < 2000 && n < 60; n++) elapsed += time().ms;
  let measured = 0;
  while (!((times.length >= 10 && measured >= 2000) || (times.length >= 3 && measured >= 10_000))) {
    const { ms } = time();
    times.push(ms);
    measured += ms;
  }
} else {
  times.push(first.ms);
}
const cpu = process.cpuUsage(cpu0);
const sorted = [...times].sort((a, b) => a - b);

console.log(
  JSON.stringify({
    tool,
    file,
    bytes: Buffer.byteLength(text),
    mode,
    runs: times.length,
    medianMs: (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2,
    minMs: sorted[0],
    firstMs: first.ms,
    times,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    found: first.found,
  }),
);
