// Runs the e2e suite (out/test/e2e/index.js, the @vscode/test-electron contract) in the REAL node
// extension host of code-server 4.100.3 (VS Code 1.100.3), driven by headless Debian Chromium.
// This is the `vscode` layer of test/run.mjs; it builds nothing (run `npm run build` and
// `npm run build:tests` first).
//
// How: code-server is started on a free port with throwaway user-data, extensions, XDG and TMPDIR
// directories; Chromium opens the workbench with VS Code's `payload` URL parameter
// (extensionDevelopmentPath = this repository, extensionTestsPath = the bundled index), the
// mechanism VS Code's own remote integration tests use. The workbench forwards the extension
// host's console (the mocha reporter) to window.codeAutomationLog and calls
// window.codeAutomationExit(code) when run() settles. The test index writes its counts to the
// file named by COPRODUCTION_LINT_E2E_RESULT after every test.
//
// usage: node test/e2e/run-code-server.mjs
// env:   ARTIFACTS        logs go to $ARTIFACTS/vscode (default <tmpdir>/coproduction-lint-artifacts/vscode)
//        CODE_SERVER      a code-server binary to use (default: install into CODE_SERVER_PREFIX when missing)
//        CODE_SERVER_PREFIX  (default ${XDG_CACHE_HOME:-~/.cache}/code-server-4.100.3)
//        CHROMIUM         (default /usr/bin/chromium)
//        E2E_EXTENSION_PATH  the extension folder to test (default: this repository), e.g. an unpacked .vsix
//        E2E_TIMEOUT_MS   the whole run, code-server start included (default 240000)
//        COPRODUCTION_LINT_E2E_GREP  run only the tests whose title matches
//        COPRODUCTION_LINT_E2E_KNOWN_BUGS=1  also run tests skipped for a known product bug
//        COPRODUCTION_LINT_TRANSPORT=stdio  test the stdio transport instead of IPC
//        KEEP_TMP=1       keep the temp directory (workspace, user data); VERBOSE=1 relays everything
// exit:  0 all passed; 1 a test failed or the run could not start; 124 timed out.
// The last line of output is "N passed, N failed".

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';
import { prepareWorkspace } from './workspace.mjs';

const CS_VERSION = '4.100.3';
const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const HERE = path.join(ROOT, 'test', 'e2e');
const TESTS = path.join(ROOT, 'out', 'test', 'e2e', 'index.js');
const EXTENSION = path.resolve(process.env.E2E_EXTENSION_PATH || ROOT);
const ARTIFACTS = path.join(process.env.ARTIFACTS || path.join(os.tmpdir(), 'coproduction-lint-artifacts'), 'vscode');
const PREFIX = process.env.CODE_SERVER_PREFIX || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), `code-server-${CS_VERSION}`);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 240_000);
const VERBOSE = !!process.env.VERBOSE;

const t0 = Date.now();
const log = (...args) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...args);

rmSync(ARTIFACTS, { recursive: true, force: true });
mkdirSync(ARTIFACTS, { recursive: true });
const workbenchLog = createWriteStream(path.join(ARTIFACTS, 'workbench.log'));

let tmp;
let codeServer;
let browser;
let finishing = false;

/** Ends the run: stops everything, keeps the logs, prints failures and the summary line last. */
async function finish(code, why) {
  if (finishing) return;
  finishing = true;
  if (why) log(why);
  const result = readResult();
  try {
    if (browser) await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 5000).unref())]);
  } catch {}
  await stopCodeServer();
  if (tmp) {
    try {
      cpSync(path.join(tmp, 'user-data', 'logs'), path.join(ARTIFACTS, 'vscode-logs'), { recursive: true });
    } catch {}
    try {
      if (existsSync(path.join(tmp, 'workspace'))) cpSync(path.join(tmp, 'workspace'), path.join(ARTIFACTS, 'workspace'), { recursive: true });
    } catch {}
    if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
    else log(`kept ${tmp}`);
  }
  workbenchLog.end();

  let passed = result?.passes ?? 0;
  let failed = result?.failures ?? 0;
  if (code !== 0 && failed === 0) failed = 1; // the run itself failed (did not start, timed out, crashed)
  if (code === 0 && (!result?.done || failed > 0)) {
    code = 1;
    failed = Math.max(failed, 1);
    log('the extension host reported success but the tests did not report a finished, clean run');
  }
  if (code !== 0) {
    for (const f of result?.failed ?? []) console.log(`\nFAILED: ${f.title}\n${indent(f.error)}`);
    printServerLog();
    log(`artifacts: ${ARTIFACTS}`);
  }
  for (const title of result?.pending ?? []) log(`skipped: ${title}`);
  log(`exit ${code}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

const indent = (text) => String(text).replace(/^/gm, '    ');

function readResult() {
  try {
    return JSON.parse(readFileSync(path.join(ARTIFACTS, 'result.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/** The extension's output channel (server log) helps most when a test failed. */
function printServerLog() {
  const found = [];
  const walk = (dir) => {
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'Co-production Lint.log') found.push(p);
    }
  };
  walk(path.join(ARTIFACTS, 'vscode-logs'));
  for (const file of found) {
    const text = readFileSync(file, 'utf8').trimEnd();
    if (!text) continue;
    const lines = text.split('\n');
    console.log(`\n--- last lines of ${path.relative(ARTIFACTS, file)} ---\n${lines.slice(-30).join('\n')}`);
  }
}

function stopCodeServer() {
  if (!codeServer || codeServer.exitCode !== null || codeServer.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = (signal) => {
      try {
        process.kill(-codeServer.pid, signal); // its process group: the server, extension host and language server
      } catch {}
    };
    const timer = setTimeout(() => {
      kill('SIGKILL');
      resolve();
    }, 5000);
    codeServer.once('exit', () => {
      clearTimeout(timer);
      kill('SIGKILL'); // anything left in the group
      resolve();
    });
    kill('SIGTERM');
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => finish(130, `stopped by ${signal}`));
setTimeout(() => finish(124, `timed out after ${TIMEOUT_MS / 1000} s (E2E_TIMEOUT_MS)`), TIMEOUT_MS).unref();

// --- what the run needs -----------------------------------------------------------------------
const built = [path.join(EXTENSION, 'dist', 'extension.js'), path.join(EXTENSION, 'dist', 'server.js'), path.join(EXTENSION, 'dist', 'cli.js'), TESTS];
const missing = built.filter((f) => !existsSync(f));
if (missing.length > 0) {
  const shown = missing.map((f) => (f.startsWith(`${ROOT}/`) ? path.relative(ROOT, f) : f));
  await finish(1, `not built: ${shown.join(', ')}; run \`npm run build && npm run build:tests\` first`);
}
const newestSource = Math.max(...readdirSync(HERE).filter((f) => f.endsWith('.ts')).map((f) => statSync(path.join(HERE, f)).mtimeMs));
if (newestSource > statSync(TESTS).mtimeMs) log('warning: test/e2e/*.ts changed since out/test/e2e was built (npm run build:tests)');

let CODE_SERVER = process.env.CODE_SERVER;
if (!CODE_SERVER) {
  CODE_SERVER = path.join(PREFIX, 'node_modules', '.bin', 'code-server');
  if (!existsSync(path.join(PREFIX, `.code-server-${CS_VERSION}.ok`)) || !existsSync(CHROMIUM)) {
    log(`installing code-server ${CS_VERSION} into ${PREFIX} (once)`);
    const install = spawnSync('bash', [path.join(HERE, 'install-code-server.sh'), PREFIX], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (install.status !== 0) await finish(1, `test/e2e/install-code-server.sh failed (exit ${install.status})`);
  }
}
if (!existsSync(CODE_SERVER)) await finish(1, `no code-server at ${CODE_SERVER}`);
if (!existsSync(CHROMIUM)) await finish(1, `no Chromium at ${CHROMIUM}`);
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (error) {
  await finish(1, `playwright-core is missing (npm ci): ${error.message}`);
}

// --- a throwaway editor profile and workspace ----------------------------------------------------
tmp = mkdtempSync(path.join(os.tmpdir(), 'coproduction-lint-e2e-'));
const workspace = prepareWorkspace(ROOT, path.join(tmp, 'workspace'));
const userData = path.join(tmp, 'user-data');
const extensionsDir = path.join(tmp, 'extensions');
mkdirSync(path.join(userData, 'User'), { recursive: true });
mkdirSync(extensionsDir, { recursive: true });
writeFileSync(
  path.join(userData, 'User', 'settings.json'),
  JSON.stringify(
    {
      'workbench.startupEditor': 'none',
      'workbench.enableExperiments': false,
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': false,
      'git.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
    },
    null,
    2,
  ),
);
// Without these, code-server writes to ~/.config/code-server and ~/.local/share/code-server,
// Chromium to ~/.config/chromium and ~/.cache, and the git extension leaves sockets in /tmp.
const env = {
  ...process.env,
  XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
  XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
  XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
  TMPDIR: path.join(tmp, 'tmp'),
};
mkdirSync(env.TMPDIR);
const config = path.join(tmp, 'code-server.yaml');
writeFileSync(config, 'auth: none\ncert: false\n');
const resultFile = path.join(ARTIFACTS, 'result.json');

// --- code-server -------------------------------------------------------------------------------
const port = await new Promise((resolve, reject) => {
  const server = net.createServer();
  server.on('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const codeServerLog = createWriteStream(path.join(ARTIFACTS, 'code-server.log'));
codeServer = spawn(
  CODE_SERVER,
  [
    '--config', config,
    '--user-data-dir', userData,
    '--extensions-dir', extensionsDir,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ],
  { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...env, COPRODUCTION_LINT_E2E_RESULT: resultFile } },
);
codeServer.stdout.pipe(codeServerLog);
codeServer.stderr.pipe(codeServerLog);
codeServer.on('error', (error) => finish(1, `code-server could not start: ${error.message}`));
codeServer.on('exit', (code, signal) => finish(1, `code-server exited early (code ${code}, signal ${signal}); see code-server.log`));

for (const end = Date.now() + 60_000; ; ) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
  } catch {}
  if (Date.now() > end) await finish(1, 'code-server did not answer /healthz within 60 s; see code-server.log');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
log(`code-server ${CS_VERSION} on port ${port}; extension ${EXTENSION}; workspace ${workspace}`);

// --- the browser -------------------------------------------------------------------------------
browser = await chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
  executablePath: CHROMIUM,
  headless: true,
  env,
  args: [
    '--no-sandbox', // we run as root
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});
const page = browser.pages()[0] ?? (await browser.newPage());
page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
page.on('crash', () => finish(1, 'the workbench page crashed'));
if (VERBOSE) page.on('console', (m) => workbenchLog.write(`[page:${m.type()}] ${m.text()}\n`));

// Offline noise: the extension gallery (open-vsx.org) cannot be reached, and a few startup lines.
const NOISE = /ENOTFOUND|ERR_NAME_NOT_RESOLVED|open-vsx\.org|Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore/;
await page.exposeFunction('codeAutomationLog', (type, args) => {
  const message = util.format(...(args ?? []));
  workbenchLog.write(`[${type}] ${message}\n`);
  if (!VERBOSE && NOISE.test(message)) return;
  // The extension host's console (the mocha spec reporter) comes through as plain lines.
  console.log(type === 'info' || type === 'log' ? message : `[workbench ${type}] ${message}`);
});
await page.exposeFunction('codeAutomationExit', async (code) => {
  log(`the extension host finished the tests (code ${code})`);
  try {
    await page.screenshot({ path: path.join(ARTIFACTS, 'final.png') });
  } catch {}
  await finish(code === 0 ? 0 : 1);
});

const authority = `127.0.0.1:${port}`;
const remote = (p) => `vscode-remote://${authority}${p}`;
const payload = JSON.stringify([
  ['extensionDevelopmentPath', remote(EXTENSION)],
  ['extensionTestsPath', remote(TESTS)],
  ['skipWelcome', 'true'],
]);
await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
log('workbench loaded; running the tests');
