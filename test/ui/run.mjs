// Test layer "ui": the extension as a person meets it. Installs the packaged .vsix into an
// isolated code-server 4.100.3 (VS Code 1.100.3 in a browser), opens a copy of
// examples/weak-engagement-plan.md and drives the real workbench with headless Debian Chromium
// through playwright-core: squiggles, the Problems panel, the hover, the status bar item and a
// quick fix from the light bulb.
//
// Prints "✔ name" / "✖ name: reason" per check and ends with "N passed, N failed". Exit codes:
// 0 all passed, 1 a check failed, 124 the global timeout struck. Waits are all on conditions
// (no fixed sleeps), each step bounded by UI_STEP_TIMEOUT_MS. Screenshots after every step, the
// code-server log and VS Code's own logs go to $ARTIFACTS/ui/. Everything the run writes
// (code-server's user data, extensions, XDG dirs, TMPDIR, HOME, the browser profile) lives in one
// temp folder that is removed at the end; the last check verifies that $HOME and /tmp are clean.
//
// env: VSIX             the .vsix to install (default: coproduction-lint.vsix at the repo root when
//                       it is newer than dist/ and package.json, else one packaged for this run)
//      CODE_SERVER      code-server launcher (default ${XDG_CACHE_HOME:-~/.cache}/code-server-4.100.3/
//                       node_modules/.bin/code-server)
//      CHROMIUM         browser (default /usr/bin/chromium)
//                       When either default is missing, test/e2e/install-code-server.sh installs both.
//      UI_STEP_TIMEOUT_MS (default 45000), UI_GLOBAL_TIMEOUT_MS (default 300000), KEEP_TMP=1

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = join(process.env.ARTIFACTS ?? join(tmpdir(), 'coproduction-lint-artifacts'), 'ui');
const STEP_MS = Number(process.env.UI_STEP_TIMEOUT_MS ?? 45_000);
const GLOBAL_MS = Number(process.env.UI_GLOBAL_TIMEOUT_MS ?? 300_000);
const CACHE = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
const CODE_SERVER = process.env.CODE_SERVER || join(CACHE, 'code-server-4.100.3/node_modules/.bin/code-server');
const INSTALLER = join(ROOT, 'test/e2e/install-code-server.sh');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const DOC = 'weak-engagement-plan.md';
const SHARED_TMP = tmpdir(); // before this run points TMPDIR at its own folder

// What the product says, copied from its sources (checked here exactly, as a reader sees it).
const STAKEHOLDERS_MESSAGE = // server/src/rules/stakeholders-missing.ts
  "No section says who this affects or how each group will be involved, so the people most affected may never be asked. Add a 'Who we will involve' section that lists each group and how you will reach it.";
const SOURCE = 'co-production'; // server/src/checker.ts
const FLAGGED_QUESTION = 'Do you agree that bringing services together under one roof will make them easier to use?'; // line 21
const LEADING_MESSAGE = "Leading question: 'Do you agree' asks only for agreement"; // server/src/rules/leading-question.ts
const FIX_TITLE = "Rewrite as 'To what extent do you agree or disagree…'"; // server/src/rules/leading-question.ts
const FIXED_TEXT = 'To what extent do you agree or disagree that bringing services together';
const STATUS = /Co-production: engagement plan(?: · (?:inform|consult|involve|co-design|co-produce))? · (\d+) problems?/; // client/src/status-bar.ts ($(checklist) renders as an icon)

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (message) => console.log(`  [${elapsed()}] ${message}`);
const results = { passed: 0, failed: 0 };
const timings = [];

// ---- isolation: one temp folder for everything this run writes --------------------------------
const before = snapshotShared();
const tmp = mkdtempSync(join(SHARED_TMP, 'coproduction-lint-ui-'));
const dirs = {
  userData: join(tmp, 'user-data'),
  extensions: join(tmp, 'extensions'),
  workspace: join(tmp, 'workspace'),
  profile: join(tmp, 'chromium-profile'),
  home: join(tmp, 'home'),
  tmp: join(tmp, 'tmp'),
};
for (const dir of [...Object.values(dirs), join(dirs.userData, 'User')]) mkdirSync(dir, { recursive: true });
const childEnv = {
  ...process.env,
  HOME: dirs.home,
  XDG_CONFIG_HOME: join(tmp, 'xdg-config'),
  XDG_DATA_HOME: join(tmp, 'xdg-data'),
  XDG_CACHE_HOME: join(tmp, 'xdg-cache'),
  XDG_RUNTIME_DIR: join(tmp, 'xdg-runtime'),
  TMPDIR: dirs.tmp,
};
// playwright keeps its artifacts in os.tmpdir() of this process, so it is loaded only now.
process.env.TMPDIR = dirs.tmp;
const { chromium } = await import('playwright-core'); // it fixes its artifacts folder when loaded
rmSync(ARTIFACTS, { recursive: true, force: true });
mkdirSync(ARTIFACTS, { recursive: true });

let codeServer;
let codeServerExited;
let browser;
let page;
let cleaning;
let timedOut = false;
/** Once the global timeout has struck, the rest of the run stops here and the timer owns the exit. */
const haltIfTimedOut = () => (timedOut ? new Promise(() => {}) : undefined);

/** Closes the browser, stops code-server, keeps its logs, removes the temp folder (once). */
function cleanup() {
  cleaning ??= stopAll();
  return cleaning;
}
async function stopAll() {
  try {
    await browser?.close();
  } catch {}
  if (codeServer && codeServer.exitCode === null && codeServer.signalCode === null) {
    try {
      process.kill(-codeServer.pid, 'SIGTERM');
    } catch {}
    const gone = () => groupMembers(codeServer.pid).length === 0;
    if (!(await until(gone, 'code-server to stop', 10_000).catch(() => false))) {
      try {
        process.kill(-codeServer.pid, 'SIGKILL');
      } catch {}
      await until(gone, 'code-server to stop after SIGKILL', 10_000).catch(() => {});
    }
    await codeServerExited;
  }
  try {
    cpSync(join(dirs.userData, 'logs'), join(ARTIFACTS, 'vscode-logs'), { recursive: true });
  } catch {}
  if (process.env.KEEP_TMP) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
}

const globalTimer = setTimeout(async () => {
  timedOut = true;
  console.log(`✖ the run finishes within ${GLOBAL_MS / 1000}s: global timeout`);
  results.failed++;
  await screenshot('timeout.png');
  await cleanup();
  console.log(`artifacts: ${ARTIFACTS}`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exit(124);
}, GLOBAL_MS);
globalTimer.unref();
// Stopped from outside (Ctrl+C, a CI time limit): code-server runs in its own process group, so
// stop it and remove the temp folder before going.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.once(signal, async () => {
    timedOut = true; // stop the run where it is
    console.log(`✖ the run is not interrupted: ${signal}`);
    await cleanup();
    console.log(`${results.passed} passed, ${results.failed + 1} failed`);
    process.exit(code);
  });
}

async function screenshot(name) {
  try {
    await page?.screenshot({ path: join(ARTIFACTS, name), timeout: 10_000 });
  } catch {}
}

/** Runs one named check with its own time limit; a failure is reported with a screenshot. */
async function check(name, shot, fn) {
  const started = Date.now();
  let timer;
  try {
    const detail = await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`step timed out after ${STEP_MS / 1000}s`)), STEP_MS);
      }),
    ]);
    results.passed++;
    console.log(`✔ ${name}${detail ? ` (${detail})` : ''}`);
    if (shot && !existsSync(join(ARTIFACTS, shot))) await screenshot(shot); // unless the step took it at its moment
    return true;
  } catch (error) {
    results.failed++;
    console.log(`✖ ${name}: ${String(error?.message ?? error).split('\n').slice(0, 4).join(' | ')}`);
    if (shot) {
      await screenshot(shot.replace(/\.png$/, '-failed.png'));
      try {
        writeFileSync(join(ARTIFACTS, shot.replace(/\.png$/, '-failed.html')), await page.content());
      } catch {}
    }
    return false;
  } finally {
    clearTimeout(timer);
    await haltIfTimedOut();
    timings.push(`${name.slice(0, 40)}: ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
}
const notRun = (name, why) => {
  results.failed++;
  console.log(`✖ ${name}: not run (${why})`);
};
const fail = (message) => {
  throw new Error(message);
};

// ---- what to run: code-server, the browser, the .vsix ----------------------------------------
/** code-server and Chromium; test/e2e/install-code-server.sh installs both (idempotent) when missing. */
function ensureTools() {
  const missing = () => [CODE_SERVER, CHROMIUM].filter((f) => !existsSync(f));
  if (missing().length && existsSync(INSTALLER) && !process.env.CODE_SERVER && !process.env.CHROMIUM) {
    log(`missing ${missing().join(', ')}; running test/e2e/install-code-server.sh`);
    spawnSync('bash', [INSTALLER], { stdio: ['ignore', 2, 2], timeout: 15 * 60_000 });
  }
  if (!existsSync(CODE_SERVER)) {
    fail(`code-server not found at ${CODE_SERVER}; install it with test/e2e/install-code-server.sh or set CODE_SERVER`);
  }
  if (!existsSync(CHROMIUM)) fail(`Chromium not found at ${CHROMIUM}; install Debian's chromium (apt-get install chromium) or set CHROMIUM`);
  return CODE_SERVER;
}

function findVsix() {
  if (process.env.VSIX) return resolve(process.env.VSIX);
  const built = join(ROOT, 'coproduction-lint.vsix');
  const inputs = ['package.json', 'dist/extension.js', 'dist/server.js', 'dist/cli.js'].map((f) => join(ROOT, f));
  if (existsSync(built) && inputs.every((f) => existsSync(f) && statSync(f).mtimeMs <= statSync(built).mtimeMs)) return built;
  if (!inputs.every(existsSync)) {
    log('dist/ is incomplete; running npm run build');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  }
  const out = join(tmp, 'coproduction-lint.vsix');
  log('packaging the extension for this run');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', out], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 2],
  });
  return out;
}

const freePort = () =>
  new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });

async function until(condition, what, timeout = STEP_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// ---- the run ------------------------------------------------------------------------------------
console.log(`UI test: code-server + Chromium, artifacts in ${ARTIFACTS}`);
const csConfig = join(tmp, 'code-server.yaml');
writeFileSync(csConfig, 'auth: none\ncert: false\n');
const csArgs = ['--config', csConfig, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
writeFileSync(
  join(dirs.userData, 'User', 'settings.json'),
  JSON.stringify(
    {
      'git.enabled': false,
      'workbench.startupEditor': 'none',
      'telemetry.telemetryLevel': 'off',
      'editor.quickSuggestions': { other: false, comments: false, strings: false },
      'workbench.tips.enabled': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'security.workspace.trust.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'update.mode': 'none',
      'workbench.enableExperiments': false,
      'chat.commandCenter.enabled': false,
      'markdown.validate.enabled': false,
      'files.autoSave': 'off',
      'window.restoreWindows': 'none',
    },
    null,
    2,
  ),
);
cpSync(join(ROOT, 'examples', DOC), join(dirs.workspace, DOC));

const ready = await check('the extension installs into an isolated code-server and the workbench opens the draft', '00-workbench.png', async () => {
  const cs = ensureTools();
  const vsix = findVsix();
  const installed = execFileSync(cs, [...csArgs, '--install-extension', vsix], { env: childEnv, encoding: 'utf8', timeout: STEP_MS });
  if (!/successfully installed/.test(installed)) fail(`install-extension said: ${installed.trim()}`);
  log(`installed ${basename(vsix)}`);

  const port = await freePort();
  const csLog = createWriteStream(join(ARTIFACTS, 'code-server.log'));
  codeServer = spawn(
    cs,
    [...csArgs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', dirs.workspace],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: childEnv },
  );
  codeServerExited = new Promise((r) => codeServer.on('exit', r));
  codeServer.stdout.pipe(csLog);
  codeServer.stderr.pipe(csLog);
  await until(async () => {
    if (codeServer.exitCode !== null) fail(`code-server exited with ${codeServer.exitCode}; see code-server.log`);
    try {
      return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
    } catch {
      return false;
    }
  }, 'code-server to answer /healthz');
  log(`code-server up on port ${port}`);

  browser = await chromium.launchPersistentContext(dirs.profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    env: childEnv,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(STEP_MS);
  page.on('pageerror', (e) => log(`page error: ${e.message.split('\n')[0]}`));
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`);
  await page.locator('.monaco-workbench').waitFor();
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DOC }).first().waitFor();
  log('workbench loaded');

  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(DOC);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: DOC }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: DOC }).waitFor();
  await page.locator('.monaco-editor .view-line', { hasText: FLAGGED_QUESTION }).waitFor();
  return `${DOC} open`;
});

const checks = [
  ['a) a warning squiggle appears in the draft', '01-squiggle.png', async () => {
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached' });
    return `${await page.locator('.monaco-editor .squiggly-warning').count()} squiggles`;
  }],
  ['b) the Problems panel lists the stakeholders-missing finding word for word', '02-problems.png', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: STAKEHOLDERS_MESSAGE }).first();
    await row.waitFor();
    const text = (await row.innerText()).replace(/\s+/g, ' ').trim();
    for (const part of [STAKEHOLDERS_MESSAGE, SOURCE, 'stakeholders-missing', '[Ln 6, Col 1]']) {
      if (!text.includes(part)) fail(`row lacks "${part}": ${text}`);
    }
    return text.slice(STAKEHOLDERS_MESSAGE.length).trim();
  }],
  ['c) hovering a squiggle explains the finding and why it matters', '03-hover.png', async () => {
    // Hover the middle of question 1, which the leading-question rule underlines from end to end.
    const line = page.locator('.monaco-editor .view-line', { hasText: FLAGGED_QUESTION }).locator(':scope > span');
    await line.scrollIntoViewIfNeeded();
    const box = await line.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: LEADING_MESSAGE }).filter({ hasText: 'Why it matters' }).first();
    await hover.waitFor({ state: 'visible' });
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    await screenshot('03-hover.png');
    if (!text.includes('leading-question')) fail(`hover does not name the rule: ${text.slice(0, 200)}`);
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
    await hover.waitFor({ state: 'hidden' });
    return 'message, "Why it matters" and the rule id';
  }],
  ['e) the status bar shows the kind of draft and its problem count', '04-status-bar.png', async () => {
    const item = page.locator('.statusbar-item', { hasText: 'Co-production:' }).first();
    await item.waitFor();
    const expected = expectedProblems();
    const text = await until(async () => {
      const t = (await item.innerText()).trim();
      return STATUS.test(t) && (expected === undefined || Number(STATUS.exec(t)[1]) === expected) ? t : undefined;
    }, `"Co-production: engagement plan · ${expected ?? 'N'} problems" in the status bar`);
    return text;
  }],
  ['d) the light bulb quick fix rewrites the leading question and its squiggle goes', '06-quick-fix-applied.png', async () => {
    const before = await squigglesOn(FLAGGED_QUESTION);
    if (!(before > 0)) fail(`question 1 has ${before} squiggles before the fix`);
    const statusBefore = Number(STATUS.exec(await page.locator('.statusbar-item', { hasText: 'Co-production:' }).first().innerText())?.[1]);
    // Put the cursor on the flagged question; the light bulb appears for its code actions.
    await page.locator('.monaco-editor .view-line', { hasText: FLAGGED_QUESTION }).locator(':scope > span').click();
    // Move the pointer away so a hover opened by the click cannot cover the light bulb.
    await page.mouse.move(5, 450);
    await page.locator('.monaco-editor .monaco-hover').filter({ visible: true }).first().waitFor({ state: 'detached' });
    const bulb = page.locator('.monaco-editor .lightBulbWidget').first();
    await bulb.waitFor({ state: 'visible' });
    await bulb.click();
    const action = page.locator(`.action-widget .monaco-list-row.action[aria-label="${FIX_TITLE}"]`);
    await action.waitFor({ state: 'visible' });
    await screenshot('05-quick-fix-menu.png');
    // The menu opens with the preferred fix selected; Enter applies it (as a person would).
    await until(async () => {
      if (await action.evaluate((row) => row.classList.contains('focused'))) return true;
      await page.keyboard.press('ArrowDown');
      return false;
    }, 'the fix to be selected in the menu');
    await page.keyboard.press('Enter');
    await action.waitFor({ state: 'detached' });
    await page.locator('.monaco-editor .view-line', { hasText: FIXED_TEXT }).waitFor();
    // Markdown wraps long lines, so the number of squiggles in view changes with the edit; the
    // rewritten line itself must lose its squiggle.
    await until(async () => (await squigglesOn(FIXED_TEXT)) === 0, 'the squiggle under the rewritten question to go');
    await page.locator('.markers-panel .monaco-list-row', { hasText: LEADING_MESSAGE }).waitFor({ state: 'detached' });
    await until(async () => {
      const n = Number(STATUS.exec(await page.locator('.statusbar-item', { hasText: 'Co-production:' }).first().innerText())?.[1]);
      return n === statusBefore - 1;
    }, `the status bar to count ${statusBefore - 1} problems`);
    return `squiggles on the question ${before} → 0, its Problems row gone, problems ${statusBefore} → ${statusBefore - 1}`;
  }],
];

for (const [name, shot, fn] of checks) {
  if (ready) await check(name, shot, fn);
  else notRun(name, 'the workbench did not open the draft');
}

await cleanup();
await haltIfTimedOut();
clearTimeout(globalTimer);

await check('the run leaves nothing behind in $HOME or the temp folder', null, async () => {
  if (existsSync(tmp)) fail(`${tmp} is still there`);
  const LEAK = /code-server|chromium|Microsoft|dconf|vscode|playwright|coproduction-lint-ui-|\.pki|fontconfig|Crash Reports/i;
  const added = [...snapshotShared()].filter((p) => !before.has(p));
  const unrelated = added.filter((p) => !LEAK.test(basename(p)));
  if (unrelated.length) log(`new since the start, not named like this run's tools (other processes?): ${unrelated.join(', ')}`);
  const leaks = added.filter((p) => LEAK.test(basename(p)));
  if (leaks.length === 0) return undefined;
  // A file cannot be traced to a process once it has gone. This run's code-server and Chromium
  // have all exited by now, so if others are running (another editor test at the same time),
  // these may be their temp files: say so rather than fail.
  const running = otherEditorProcesses();
  if (running.length === 0) fail(leaks.join(', '));
  return `not counted, another editor test is running (pid ${running.join(', ')}): ${leaks.join(', ')}`;
});

console.log(`timings: ${timings.join('; ')}; total ${elapsed()}`);
console.log(`artifacts: ${ARTIFACTS}`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);

/**
 * Squiggles under the editor line that contains `text` (-1 if no such line is in view). Monaco
 * draws decorations in .view-overlays, one div per visual line at the same `top` as the text.
 */
function squigglesOn(text) {
  return page.evaluate((text) => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    const lines = [...(editor?.querySelectorAll('.view-lines > .view-line') ?? [])];
    const line = lines.find((l) => l.textContent.replace(/\u00a0/g, ' ').includes(text));
    if (!line) return -1;
    // A wrapped line is one .view-line but several overlay rows, from its top to the next line's.
    const top = parseFloat(line.style.top);
    const next = Math.min(Infinity, ...lines.map((l) => parseFloat(l.style.top)).filter((t) => t > top));
    return [...editor.querySelectorAll('.view-overlays > div')]
      .filter((row) => parseFloat(row.style.top) >= top && parseFloat(row.style.top) < next)
      .reduce((n, row) => n + row.querySelectorAll('.squiggly-warning').length, 0);
  }, text);
}

/** The number of findings the command line reports for the draft: the status bar should agree. */
function expectedProblems() {
  const cli = join(ROOT, 'dist/cli.js');
  if (!existsSync(cli)) return undefined;
  const run = spawnSync(process.execPath, [cli, '--format', 'json', join(ROOT, 'examples', DOC)], { encoding: 'utf8' });
  return JSON.parse(run.stdout)[0].diagnostics.length;
}

/** Live processes in a process group (zombies excluded: they hold no files). */
function groupMembers(pgid) {
  const members = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // /proc/PID/stat: "pid (comm) state ppid pgrp …"; comm may contain spaces, so split after ')'.
      const [state, , pgrp] = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop().split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') members.push(pid);
    } catch {}
  }
  return members;
}

/** Running code-server or Chromium processes (this run's have all exited when this is asked). */
function otherEditorProcesses() {
  const pids = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (/code-server|chromium/.test(command)) pids.push(pid);
    } catch {}
  }
  return pids;
}

/** Entries in the places a stray editor or browser writes: $HOME, its XDG folders and /tmp. */
function snapshotShared() {
  const home = homedir();
  const places = [home, join(home, '.config'), join(home, '.local/share'), join(home, '.cache'), SHARED_TMP];
  const seen = new Set();
  for (const place of places) {
    try {
      for (const name of readdirSync(place)) seen.add(join(place, name));
    } catch {}
  }
  return seen;
}
