// Test layer "package": packages the extension with vsce (offline, into a temp folder) and checks
// what a user would install: only the allowed files, a small size, a manifest with the
// Marketplace fields, the icon, a docs page per rule, and bundles that run from the unpacked
// .vsix with no node_modules beside them (the language server answers an LSP session over stdio,
// the command line checks an example).
//
// Prints "✔ name" / "✖ name: reason" per check and ends with "N passed, N failed".
// Copies the .vsix and its file list to $ARTIFACTS/package/.
//
//   node test/package/run.mjs           (from the repo root; builds dist/ first if it is missing)

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readZip } from './zip.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = join(process.env.ARTIFACTS ?? join(tmpdir(), 'coproduction-lint-artifacts'), 'package');
const MAX_BYTES = 2 * 1024 * 1024;
const BUNDLES = ['extension.js', 'server.js', 'cli.js'];
const STEP_TIMEOUT_MS = 60_000;

/** Every file the .vsix may hold. vsce renames README.md, CHANGELOG.md and LICENSE on the way in. */
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/readme\.md$/,
  /^extension\/changelog\.md$/,
  /^extension\/LICENSE\.txt$/,
  /^extension\/dist\/(extension|server|cli)\.js$/,
  /^extension\/snippets\/[^/]+\.json$/,
  /^extension\/docs\/icon\.png$/,
  /^extension\/docs\/rules\/[a-z-]+\.md$/,
  /^extension\/docs\/coproduction-lint\.schema\.json$/,
  /^extension\/docs\/walkthrough\/[a-z-]+\.(md|svg)$/,
  /^extension\/docs\/walkthrough\/drafts\/[a-z-]+\.md$/,
];
const REQUIRED = [
  'extension.vsixmanifest',
  '[Content_Types].xml',
  'extension/package.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  ...BUNDLES.map((b) => `extension/dist/${b}`),
  'extension/snippets/markdown.json',
  'extension/docs/icon.png',
  'extension/docs/coproduction-lint.schema.json',
  'extension/docs/walkthrough/drafts/weak-engagement-plan.md',
  'extension/docs/walkthrough/drafts/strong-engagement-plan.md',
];
const MARKETPLACE_FIELDS = ['name', 'publisher', 'displayName', 'description', 'version', 'icon', 'categories', 'keywords', 'repository', 'license', 'bugs', 'homepage'];

const results = { passed: 0, failed: 0 };
async function check(name, fn) {
  try {
    const detail = await fn();
    results.passed++;
    console.log(`✔ ${name}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    results.failed++;
    console.log(`✖ ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};

const work = mkdtempSync(join(tmpdir(), 'coproduction-lint-package-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
mkdirSync(ARTIFACTS, { recursive: true });

// 0. The bundles to package. `npm test` builds them first; on their own the layer builds them too.
if (!BUNDLES.every((b) => existsSync(join(ROOT, 'dist', b)))) {
  console.log('dist/ is missing bundles; running npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 5 * STEP_TIMEOUT_MS });
  if (build.status !== 0) {
    console.log('✖ build: npm run build failed');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

// 1. Package. vsce needs no network for `package`; its prompt (a missing LICENSE) gets no input
//    and so aborts instead of hanging.
const vsixPath = join(work, 'coproduction-lint.vsix');
let entries = [];
let byName = new Map();
await check('vsce packages the extension', () => {
  const vsce = spawnSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--githubBranch', 'main', '--out', vsixPath], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: STEP_TIMEOUT_MS,
  });
  writeFileSync(join(ARTIFACTS, 'vsce.log'), `${vsce.stdout}\n${vsce.stderr}`);
  assert(vsce.status === 0, `vsce exited with ${vsce.status ?? vsce.signal}: ${(vsce.stderr || vsce.stdout).trim().split('\n').slice(-3).join(' ')}`);
  const warning = /.*WARNING.*/.exec(vsce.stdout + vsce.stderr);
  assert(!warning, `vsce warned: ${warning?.[0]}`);
  entries = readZip(readFileSync(vsixPath));
  byName = new Map(entries.map((e) => [e.name, e]));
  copyFileSync(vsixPath, join(ARTIFACTS, 'coproduction-lint.vsix'));
  writeFileSync(join(ARTIFACTS, 'files.txt'), entries.map((e) => `${String(e.size).padStart(9)}  ${e.name}`).join('\n') + '\n');
  return `${entries.length} files`;
});
if (entries.length === 0) {
  // Nothing else can be checked without a package.
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exit(1);
}
const read = (name) => {
  const entry = byName.get(name);
  if (!entry) throw new Error(`${name} is not in the .vsix`);
  return entry.read();
};
const manifest = () => JSON.parse(read('extension/package.json').toString('utf8'));

await check('the .vsix holds only allowed files', () => {
  const stray = entries.map((e) => e.name).filter((n) => !ALLOWED.some((re) => re.test(n)));
  assert(stray.length === 0, `unexpected: ${stray.join(', ')}`);
});

await check('the .vsix holds every file the extension needs', () => {
  const missing = REQUIRED.filter((n) => !byName.has(n));
  assert(missing.length === 0, `missing: ${missing.join(', ')}`);
});

await check('the .vsix is at most 2 MB', () => {
  const size = statSync(vsixPath).size;
  assert(size <= MAX_BYTES, `${(size / 1024 / 1024).toFixed(2)} MB`);
  return `${(size / 1024).toFixed(0)} KB`;
});

await check('package.json inside has main ./dist/extension.js and the Marketplace fields', () => {
  const pkg = manifest();
  assert(pkg.main === './dist/extension.js', `main is ${pkg.main}`);
  const missing = MARKETPLACE_FIELDS.filter((f) => pkg[f] === undefined || pkg[f] === '' || (Array.isArray(pkg[f]) && pkg[f].length === 0));
  assert(missing.length === 0, `missing: ${missing.join(', ')}`);
  assert(pkg.publisher === 'coproduction-lint', `publisher is ${pkg.publisher}`);
  assert(JSON.stringify(pkg.categories) === '["Linters"]', `categories are ${JSON.stringify(pkg.categories)}`);
  assert(pkg.engines?.vscode === '^1.100.0', `engines.vscode is ${pkg.engines?.vscode}`);
  assert(pkg.icon === 'docs/icon.png', `icon is ${pkg.icon}`);
});

await check('every file package.json points at is inside', () => {
  const pkg = manifest();
  const paths = [pkg.main, pkg.icon, ...(pkg.contributes?.snippets ?? []).map((s) => s.path), ...Object.values(pkg.bin ?? {})];
  const missing = paths.map((p) => `extension/${p.replace(/^\.\//, '')}`).filter((p) => !byName.has(p));
  assert(missing.length === 0, `missing: ${missing.join(', ')}`);
});

await check('the icon is a 128×128 PNG and the vsix manifest names it and the licence', () => {
  const png = read('extension/docs/icon.png');
  assert(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'not a PNG');
  assert(png.toString('ascii', 12, 16) === 'IHDR', 'no IHDR chunk first');
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  assert(w === 128 && h === 128, `${w}×${h}`);
  const vsixManifest = read('extension.vsixmanifest').toString('utf8');
  assert(vsixManifest.includes('<Icon>extension/docs/icon.png</Icon>'), 'extension.vsixmanifest has no <Icon>');
  assert(vsixManifest.includes('<License>extension/LICENSE.txt</License>'), 'extension.vsixmanifest has no <License>');
});

await check('a docs page for every rule is inside', () => {
  const ids = Object.keys(manifest().contributes.configuration.properties['coproductionLint.rules'].properties);
  assert(ids.length >= 5, `only ${ids.length} rules in the settings`);
  const missing = ids.filter((id) => !byName.has(`extension/docs/rules/${id}.md`));
  assert(missing.length === 0, `no page for ${missing.join(', ')}`);
  return ids.join(', ');
});

await check('every file the manifest points at is inside (schema, walkthrough pages and images)', () => {
  const { contributes } = manifest();
  const wanted = [
    ...contributes.jsonValidation.map((v) => v.url),
    ...contributes.walkthroughs.flatMap((w) => w.steps.flatMap((s) => [s.media.markdown, s.media.image, s.media.svg])),
  ].filter(Boolean);
  const missing = wanted.map((p) => `extension/${p.replace(/^\.\//, '')}`).filter((name) => !byName.has(name));
  assert(missing.length === 0, `missing: ${missing.join(', ')}`);
  return `${wanted.length} files`;
});

await check('README and CHANGELOG inside have no relative links left', () => {
  for (const name of ['extension/readme.md', 'extension/changelog.md']) {
    const text = read(name).toString('utf8');
    const relative = [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]).filter((l) => !/^(\w+:|#)/.test(l));
    assert(relative.length === 0, `${name}: ${relative.join(', ')}`);
  }
});

await check('the bundles need nothing but Node built-ins (and vscode for the extension)', () => {
  const problems = [];
  for (const bundle of BUNDLES) {
    const text = read(`extension/dist/${bundle}`).toString('utf8');
    for (const m of text.matchAll(/\brequire\((?:"([^"]+)"|'([^']+)')\)/g)) {
      const id = m[1] ?? m[2];
      if (isBuiltin(id) || (bundle === 'extension.js' && id === 'vscode')) continue;
      problems.push(`${bundle} requires ${id}`);
    }
  }
  assert(problems.length === 0, [...new Set(problems)].join(', '));
});

// Unpack once for the run checks: the bundles must work from the installed layout alone.
const unpacked = join(work, 'unpacked');
for (const entry of entries) {
  const target = join(unpacked, entry.name);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, entry.read());
}
const example = join(ROOT, 'examples', 'weak-engagement-plan.md');

await check('dist/cli.js from the .vsix checks an example', () => {
  const cli = join(unpacked, 'extension/dist/cli.js');
  const version = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8', timeout: STEP_TIMEOUT_MS });
  assert(version.status === 0 && version.stdout.trim() === manifest().version, `--version printed ${JSON.stringify(version.stdout.trim())}`);
  const run = spawnSync(process.execPath, [cli, '--format', 'json', example], { encoding: 'utf8', timeout: STEP_TIMEOUT_MS });
  assert(run.status === 0, `exit ${run.status}: ${run.stderr.trim()}`);
  const [file] = JSON.parse(run.stdout);
  assert(file.kind === 'engagement-plan', `kind ${file.kind}`);
  assert(file.diagnostics.some((d) => d.ruleId === 'stakeholders-missing'), 'no stakeholders-missing finding');
  return `${file.diagnostics.length} findings`;
});

await check('dist/server.js from the .vsix answers an LSP session over stdio', async () => {
  const server = join(unpacked, 'extension/dist/server.js');
  const session = await lspSession(server, readFileSync(example, 'utf8'));
  assert(session.capabilities.hoverProvider === true, 'no hoverProvider');
  assert(session.capabilities.codeActionProvider, 'no codeActionProvider');
  assert(session.codes.includes('stakeholders-missing'), `diagnostics: ${session.codes.join(', ') || 'none'}`);
  assert(session.exitCode === 0, `server exited with ${session.exitCode} after shutdown/exit`);
  return `${session.codes.length} diagnostics`;
});

console.log(`vsix: ${join(ARTIFACTS, 'coproduction-lint.vsix')}`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exitCode = results.failed > 0 ? 1 : 0;

/** initialize → didOpen → wait for publishDiagnostics → shutdown → exit, with Content-Length framing. */
function lspSession(serverPath, text) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: work, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no answer within ${STEP_TIMEOUT_MS / 1000}s; stderr: ${stderr.trim().slice(0, 300)}`));
    }, STEP_TIMEOUT_MS);
    const send = (message) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    const uri = pathToFileURL(join(work, 'weak-engagement-plan.md')).href;
    const out = { capabilities: undefined, codes: [], exitCode: undefined };
    let buffer = Buffer.alloc(0);
    child.stdout.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
        buffer = buffer.subarray(headerEnd + 4 + length);
        onMessage(message);
      }
    });
    function onMessage(message) {
      if (message.id === 1 && 'result' in message) {
        out.capabilities = message.result.capabilities;
        send({ method: 'initialized', params: {} });
        send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
      } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && message.params.diagnostics.length > 0 && out.codes.length === 0) {
        out.codes = message.params.diagnostics.map((d) => d.code);
        send({ id: 2, method: 'shutdown' });
      } else if (message.id === 2 && 'result' in message) {
        send({ method: 'exit' });
      } else if (message.id !== undefined && message.method) {
        send({ id: message.id, result: null }); // a request from the server (none expected with these capabilities)
      }
    }
    child.on('exit', (code) => {
      clearTimeout(timer);
      out.exitCode = code;
      if (!out.capabilities) reject(new Error(`server exited (${code}) before answering initialize; stderr: ${stderr.trim().slice(0, 300)}`));
      else resolvePromise(out);
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} } });
  });
}
