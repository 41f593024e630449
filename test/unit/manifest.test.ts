// Guards the Marketplace side of package.json and the files vsce packs beside it: the listing
// fields, a VS Code engine the language client library accepts and the typings match, the
// .vscodeignore allow-list, LICENSE, CHANGELOG and the icon. The packaged result itself is
// checked by the "package" test layer (test/package/run.mjs).

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const readJson = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
const manifest = readJson('package.json');

/** The lowest version a `^x.y.z` or `x.y.z` range accepts. */
function minimum(range: string): [number, number, number] {
  const m = /^\^?(\d+)\.(\d+)\.(\d+)$/.exec(range);
  assert.ok(m, `unexpected version range ${range}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
const atLeast = (a: number[], b: number[]) => a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] >= b[2];

describe('package.json for the Marketplace', () => {
  it('has the listing fields', () => {
    assert.equal(manifest.name, 'coproduction-lint');
    assert.equal(manifest.publisher, 'coproduction-lint');
    assert.equal(manifest.displayName, 'Co-production Lint');
    assert.ok(manifest.description.length > 20);
    assert.deepEqual(manifest.categories, ['Linters']);
    assert.ok(Array.isArray(manifest.keywords) && manifest.keywords.length > 0 && manifest.keywords.length <= 30, 'keywords: 1 to 30');
    assert.equal(manifest.icon, 'docs/icon.png');
    assert.equal(manifest.license, 'MIT');
    assert.match(manifest.repository.url, /^https:\/\/github\.com\/[^/]+\/[^/]+$/);
    assert.match(manifest.bugs.url, /^https:\/\//);
    assert.match(manifest.homepage, /^https:\/\//);
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('runs in untrusted workspaces, since it executes nothing from them', () => {
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
  });

  it('asks for a VS Code the language client library supports', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    const client = readJson('node_modules/vscode-languageclient/package.json');
    assert.equal(client.version, manifest.devDependencies['vscode-languageclient'], 'the installed client is the pinned one');
    assert.ok(
      atLeast(minimum(manifest.engines.vscode), minimum(client.engines.vscode)),
      `engines.vscode ${manifest.engines.vscode} is below vscode-languageclient's ${client.engines.vscode}`,
    );
  });

  it('is typed against the same VS Code API it asks for', () => {
    const pinned = manifest.devDependencies['@types/vscode'];
    assert.equal(readJson('node_modules/@types/vscode/package.json').version, pinned, 'the installed @types/vscode is the pinned one');
    // vsce refuses typings newer than the engine; older ones would hide API the engine has.
    const [engineMajor, engineMinor] = minimum(manifest.engines.vscode);
    const [typesMajor, typesMinor] = minimum(pinned);
    assert.deepEqual([typesMajor, typesMinor], [engineMajor, engineMinor], `@types/vscode ${pinned} vs engines.vscode ${manifest.engines.vscode}`);
  });
});

describe('files packed with the extension', () => {
  it('.vscodeignore is an allow-list of what ships', () => {
    const path = resolve(ROOT, '.vscodeignore');
    assert.ok(existsSync(path), '.vscodeignore is missing');
    const lines = readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**', 'ignores everything first');
    const included = lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    for (const needed of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/extension.js', 'dist/server.js', 'dist/cli.js', 'snippets/**', 'docs/rules/**', 'docs/walkthrough/**', 'docs/icon.png', 'docs/coproduction-lint.schema.json']) {
      assert.ok(included.includes(needed), `.vscodeignore does not re-include ${needed}`);
    }
    for (const pattern of included) {
      assert.doesNotMatch(pattern, /^(node_modules|client|server|test|out|examples|\.)/, `.vscodeignore ships ${pattern}`);
    }
  });

  it('has an MIT LICENSE', () => {
    const text = readFileSync(resolve(ROOT, 'LICENSE'), 'utf8');
    assert.ok(text.startsWith('MIT License\n'));
    assert.ok(text.includes('Copyright (c) 2026 Co-production Lint developers'));
  });

  it('has a CHANGELOG entry for this version', () => {
    const text = readFileSync(resolve(ROOT, 'CHANGELOG.md'), 'utf8');
    assert.ok(text.includes(`\n## ${manifest.version}\n`), `CHANGELOG.md has no "## ${manifest.version}" section`);
  });

  it('has a 128×128 PNG icon', () => {
    const png = readFileSync(resolve(ROOT, manifest.icon));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.equal(png.toString('ascii', 12, 16), 'IHDR', 'IHDR is the first chunk');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });
});
