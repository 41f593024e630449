// Adversarial inputs must be checked within a generous bound (10 s each). Speed is not otherwise
// asserted here (test/bench measures it); this catches inputs that make the engine hang, blow the
// stack or take minutes. Each check runs in a worker thread that is stopped at the deadline, so a
// pathological input costs 10 s, not forever; the checks run side by side, one per CPU.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { check } from '../../../server/src/checker';
import { bundleChecker } from '../../helpers/checker-bundle';
import { SENTENCES } from '../../helpers/markdown-arbitrary';
import { ROOT } from '../../helpers/robustness';

const DEADLINE_MS = 10_000;
const MB = 1_000_000;
const TITLE = '# Housing consultation\n\n';

/** Runs in the worker: checks the text, then the same range invariants as the property tests. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { check } = require(workerData.bundle);
const { text, options } = workerData;
const started = performance.now();
const result = check(text, options);
const ms = performance.now() - started;
const problems = [];
const inside = (r, what) => {
  if (!(r.start >= 0 && r.start <= r.end && r.end <= text.length)) problems.push(what + ' [' + r.start + ', ' + r.end + ') is outside the text');
};
for (const n of result.notices) inside(n, 'notice ' + n.id);
for (const f of result.findings) {
  inside(f, f.ruleId);
  for (const fix of f.fixes) for (const e of fix.edits) inside(e, f.ruleId + ' fix edit');
}
for (const e of result.errors) problems.push('rule ' + e.ruleId + ' threw: ' + (e.error && e.error.stack || e.error));
parentPort.postMessage({ ms, kind: result.kind, findings: result.findings.length, notices: result.notices.map((n) => n.id), problems });
`;

interface Outcome {
  ms: number;
  kind: string | null;
  findings: number;
  notices: string[];
  problems: string[];
}

let bundle: string;
let workerFile: string;

function checkInWorker(text: string, options: object): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { bundle, text, options } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`check() did not finish within ${DEADLINE_MS / 1000} s (stopped)`));
    }, DEADLINE_MS);
    worker.once('message', (outcome: Outcome) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`check() threw: ${error.stack ?? error.message}`));
    });
  });
}

/** Realistic sentences, round and round, to the given length. */
function prose(length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += `${SENTENCES[i % SENTENCES.length]} `;
  return out;
}

const CASES: Array<[string, () => string]> = [
  // The inputs the issue lists.
  ['one 1 MB line of prose', () => TITLE + prose(MB)],
  ['100,000 question marks', () => TITLE + '?'.repeat(100_000)],
  ['100,000 "Do you agree " on one line, ending "?"', () => TITLE + 'Do you agree '.repeat(100_000) + '?'],
  ['1,000 levels of nested lists, each indented two more spaces', () => TITLE + Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- Do you agree?`).join('\n')],
  ['1,000 levels of nested lists on one line', () => `${TITLE}${'- '.repeat(1000)}Do you agree?\n`],
  ['1,000 levels of nested quotes', () => `${TITLE}${'>'.repeat(1000)} Do you agree?\n`],
  ['50,000 "**" pairs', () => TITLE + '**a**'.repeat(50_000)],
  ['10,000 table columns', () => `${TITLE}|${'Group|'.repeat(10_000)}\n|${'-|'.repeat(10_000)}\n|${'Do you agree?|'.repeat(10_000)}\n`],
  ['a 1 MB HTML comment that is never closed', () => `${TITLE}<!-- ${'Do you agree that this is a comment? '.repeat(MB / 38)}`],
  // Found while testing: each is one regular expression or loop that grows faster than the text.
  ['one 1 MB line of promises to report back', () => TITLE + 'The council will review the plan and report back to residents. '.repeat(MB / 64)],
  ['a 1 MB unclosed HTML comment made of "<!--"', () => TITLE + '<!--'.repeat(MB / 4)],
  ['a line of 1 MB of backticks ending in a line separator', () => `${TITLE}\`\`\`${'`'.repeat(MB)}\u2028x\n`],
  ['"Q1" followed by 1 MB of spaces', () => `${TITLE}Q1 ${' '.repeat(MB)}s\n`],
  ['invalid YAML front matter with a 4 KB type line', () => `---\ntype:${' '.repeat(2000)}t${' '.repeat(2000)}\tt\nregion: [wales\n---\n${TITLE}`],
  ['a CRLF draft with 40 blank lines in a row', () => `# Housing policy\r\n${'\r\n'.repeat(40)}We will build homes.\r\n`],
  ['10,000 levels of quotes and lists on one line', () => `${TITLE}${'> - '.repeat(10_000)}Do you agree?\n`],
  ['1 MB of white space in one paragraph', () => `${TITLE}Do you agree ${' \t'.repeat(MB / 2)} that we should?\n`],
];

/** Starts every case at once, at most one per CPU; each test then waits for its own. */
function startAll(): Map<string, Promise<{ outcome: Outcome; length: number }>> {
  const started = new Map<string, Promise<{ outcome: Outcome; length: number }>>();
  let running = 0;
  const queue: Array<() => void> = [];
  const slot = () => new Promise<void>((resolve) => (running < Math.max(1, availableParallelism()) ? (running++, resolve()) : queue.push(() => (running++, resolve()))));
  const release = () => {
    running--;
    queue.shift()?.();
  };
  for (const [name, make] of CASES) {
    const promise = slot().then(async () => {
      try {
        const text = make();
        return { outcome: await checkInWorker(text, { path: 'drafts/adversarial.md' }), length: text.length };
      } finally {
        release();
      }
    });
    promise.catch(() => undefined);
    started.set(name, promise);
  }
  return started;
}

describe('robustness: adversarial inputs finish within 10 s', function () {
  // A case may wait for the one before it to finish or be stopped.
  this.timeout(2 * DEADLINE_MS + 5000);
  let runs: Map<string, Promise<{ outcome: Outcome; length: number }>>;

  before(function () {
    this.timeout(60000);
    bundle = bundleChecker('adversarial-checker.js');
    workerFile = join(ROOT, 'out/test/robustness/adversarial-worker.js');
    writeFileSync(workerFile, WORKER);
    runs = startAll();
  });

  for (const [name] of CASES) {
    it(name, async () => {
      const { outcome, length } = await runs.get(name)!;
      assert.deepEqual(outcome.problems, []);
      console.log(`      ${Math.round(length / 1000)} k characters: ${Math.round(outcome.ms)} ms, ${outcome.findings} finding(s)${outcome.notices.length ? `, notices: ${outcome.notices.join(', ')}` : ''}`);
    });
  }
});

describe('robustness: a draft whose opening is nested too deeply', () => {
  // The engine does not parse a block nested more than 100 levels deep and says so with an
  // 'unread' notice. When that block holds the title, the draft must not go quiet.
  for (const [name, text] of [
    ['quotes', `${TITLE}${'>'.repeat(1000)} Do you agree?\n`],
    ['lists', `${TITLE}${'- '.repeat(1000)}Do you agree?\n`],
    ['quotes after an introduction', `${TITLE}We are asking about housing.\n\n${'> '.repeat(200)}Do you agree?\n`],
  ] as const) {
    it(`is still recognised as a draft, or says why it was not checked (${name})`, () => {
      const result = check(text, { path: 'drafts/deep.md' });
      assert.ok(
        result.kind !== null || result.notices.some((n) => n.id === 'unread'),
        `the draft titled "Housing consultation" got kind ${result.kind}, no findings and no notice: it was silently not checked`,
      );
    });
  }
});
