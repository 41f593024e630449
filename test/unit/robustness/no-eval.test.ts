// Workspace content is data, never code. The built bundles contain no eval() or new Function(),
// and the server's own code never starts processes, loads modules by a computed path or runs code
// in a VM. A bundled dependency that needs one of these must be listed below with the reason it
// cannot be reached.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type * as TS from 'typescript';
import { devRequire, ROOT } from '../../helpers/robustness';

const BUNDLES = ['dist/server.js', 'dist/cli.js', 'dist/extension.js'];

/** Code that evaluates strings (direct or indirect eval, the Function constructor). */
const EVAL = /(?<![\w$])eval\s*[()]|\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/g;
const FORMAT_EVAL =
  "format@0.2.2 (via fault, used by micromark-extension-frontmatter for error messages) runs `(1, eval)(\"this\")` to find the global object only when `module` is undefined; in our CommonJS bundles `module` is always defined, so it never runs, and its argument is a constant.";
const EVAL_ALLOWED: Record<string, Record<string, string>> = {
  'dist/server.js': { 'node_modules/format/format.js': FORMAT_EVAL },
  'dist/cli.js': {
    'node_modules/format/format.js': FORMAT_EVAL,
    'node_modules/underscore/modules/_setup.js':
      "underscore (via mammoth, which reads .docx) finds the global object with Function('return this')() only when neither self nor global is it; in Node global always is, so it never runs, and its argument is a constant.",
    'node_modules/underscore/modules/template.js': '_.template compiles templates with new Function; mammoth never calls _.template, so it cannot be reached.',
    'node_modules/setimmediate/setImmediate.js':
      'setimmediate (via jszip, via mammoth) is a polyfill that returns at once when global.setImmediate exists, as it always does in Node.',
  },
};

/** Modules that run other code. Allowed only in the bundle sections listed here, each with why. */
const PROCESS = /require\(\s*["'](?:node:)?(?:child_process|vm|worker_threads|cluster)["']\s*\)/g;
const PROCESS_ALLOWED: Record<string, Record<string, string>> = {
  'dist/server.js': {
    'node_modules/vscode-languageserver/lib/node/files.js':
      "Files.resolveGlobalNodePath/resolveModulePath fork `npm` or `yarn` to find global modules; our server never calls the Files helpers.",
  },
  'dist/extension.js': {
    'node_modules/vscode-languageclient/lib/node/main.js': 'The language client starts the language server (dist/server.js) as a child process: that is its job.',
    'node_modules/vscode-languageclient/lib/node/processes.js': 'Terminates the language server process tree on Windows (taskkill) when the client stops it.',
  },
};

/** esbuild marks each bundled module with a `// path` comment; returns the module at each line. */
function sections(code: string): Array<{ module: string; start: number }> {
  const out: Array<{ module: string; start: number }> = [{ module: '(bundle prelude)', start: 0 }];
  const re = /^\/\/ ((?:node_modules|server|client|test|package\.json|snippets)\S*)$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(code))) out.push({ module: m[1], start: m.index });
  return out;
}

function moduleAt(all: Array<{ module: string; start: number }>, index: number): string {
  let found = all[0].module;
  for (const s of all) {
    if (s.start > index) break;
    found = s.module;
  }
  return found;
}

function lineOf(code: string, index: number): number {
  let line = 1;
  for (let i = code.indexOf('\n'); i >= 0 && i < index; i = code.indexOf('\n', i + 1)) line++;
  return line;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('robustness: no evaluated code', () => {
  for (const bundle of BUNDLES) {
    it(`${bundle} contains no eval() or new Function() outside the allow-list`, () => {
      const path = join(ROOT, bundle);
      assert.ok(existsSync(path), `${bundle} is missing: run "npm run build" first`);
      const code = readFileSync(path, 'utf8');
      const all = sections(code);
      const allowed = EVAL_ALLOWED[bundle] ?? {};
      const hits = [...code.matchAll(EVAL)].map((m) => ({
        module: moduleAt(all, m.index),
        text: `${bundle}:${lineOf(code, m.index)} in ${moduleAt(all, m.index)}: ${code.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}`,
      }));
      const unexpected = hits.filter((h) => !(h.module in allowed)).map((h) => h.text);
      assert.deepEqual(unexpected, [], `code that evaluates strings:\n${unexpected.join('\n')}`);
      const stale = Object.keys(allowed).filter((module) => !hits.some((h) => h.module === module));
      assert.deepEqual(stale, [], `eval allow-list entries for ${bundle} that no longer match anything: remove them`);
    });

    it(`${bundle} loads child_process or vm only where listed, with a reason`, () => {
      const code = readFileSync(join(ROOT, bundle), 'utf8');
      const all = sections(code);
      const allowed = PROCESS_ALLOWED[bundle] ?? {};
      const hits = [...code.matchAll(PROCESS)].map((m) => ({ module: moduleAt(all, m.index), at: `${bundle}:${lineOf(code, m.index)}`, what: m[0] }));
      const unexpected = hits.filter((h) => !(h.module in allowed));
      assert.deepEqual(unexpected.map((h) => `${h.at} in ${h.module}: ${h.what}`), [], 'modules that run other code, outside the allow-list');
      const stale = Object.keys(allowed).filter((module) => !hits.some((h) => h.module === module));
      assert.deepEqual(stale, [], `allow-list entries for ${bundle} that no longer match anything: remove them`);
    });
  }

  it('server code never runs workspace content: no child processes, VMs, eval or computed module paths', () => {
    const ts = devRequire('typescript') as typeof TS;
    const problems: string[] = [];
    const FORBIDDEN_MODULES = /^(?:node:)?(?:child_process|vm|worker_threads|cluster|repl|inspector|module)$/;
    for (const file of sourceFiles(join(ROOT, 'server/src'))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const at = (node: TS.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const visit = (node: TS.Node): void => {
        if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
          if (FORBIDDEN_MODULES.test(node.moduleSpecifier.text)) problems.push(`${at(node)} imports ${node.moduleSpecifier.text}`);
        }
        if (ts.isImportEqualsDeclaration(node)) problems.push(`${at(node)} uses import = require()`);
        if (ts.isCallExpression(node)) {
          const callee = node.expression;
          const name = ts.isIdentifier(callee) ? callee.text : undefined;
          const [first] = node.arguments;
          if (callee.kind === ts.SyntaxKind.ImportKeyword) problems.push(`${at(node)} uses dynamic import()`);
          if (name === 'require') {
            if (!first || !ts.isStringLiteral(first)) problems.push(`${at(node)} calls require() with a computed path`);
            else if (FORBIDDEN_MODULES.test(first.text)) problems.push(`${at(node)} requires ${first.text}`);
          }
          if (name === 'eval' || name === 'Function') problems.push(`${at(node)} calls ${name}()`);
          if ((name === 'setTimeout' || name === 'setInterval') && first && (ts.isStringLiteral(first) || ts.isTemplateExpression(first))) problems.push(`${at(node)} passes a string to ${name}`);
        }
        if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') problems.push(`${at(node)} calls new Function()`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(problems, []);
  });
});
