// The checker works offline and never reaches the network: drafts can hold unpublished policy.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const NETWORK = /require\(\s*["'](?:node:)?(http|https|http2|net|tls|dgram|dns)["']\s*\)/g;
/** Modules that may load a network module, and why that is not the network. */
const ALLOWED: Record<string, string> = {
  'node_modules/vscode-jsonrpc/lib/node/main.js': "The LSP transport's --socket and --pipe options talk to the editor over a local socket or named pipe.",
};

function moduleAt(code: string, index: number): string {
  const before = code.slice(0, index);
  const marks = [...before.matchAll(/^\/\/ ((?:node_modules|server|client)\S*)$/gm)];
  return marks.length ? marks[marks.length - 1][1] : '(bundle prelude)';
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('robustness: no network', () => {
  for (const bundle of ['dist/server.js', 'dist/cli.js', 'dist/extension.js']) {
    it(`${bundle} loads no network module, except the LSP transport's local sockets`, () => {
      const code = readFileSync(join(ROOT, bundle), 'utf8');
      const found = [...code.matchAll(NETWORK)].map((m) => `${m[1]} in ${moduleAt(code, m.index)}`);
      assert.deepEqual(found.filter((f) => !Object.keys(ALLOWED).some((module) => f.endsWith(` in ${module}`))), []);
      assert.doesNotMatch(code, /(?<![.\w])fetch\(/, 'calls the global fetch()');
    });
  }

  it('our own code imports no network module and calls no fetch()', () => {
    const offending = [...sources(join(ROOT, 'server/src')), ...sources(join(ROOT, 'client/src'))].filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /from ['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]/.test(text) || /(?<![.\w])fetch\(/.test(text);
    });
    assert.deepEqual(offending, []);
  });
});
