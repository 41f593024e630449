// Every regular expression in the server's code is checked for catastrophic backtracking with
// recheck (https://makenowjust-labs.github.io/recheck/), offline. The patterns come from two places:
//   - regex literals in server/src/**/*.ts, found with the TypeScript compiler API;
//   - patterns built at run time with new RegExp(...): the global RegExp is wrapped, a fresh bundle
//     of server/src/checker.ts is loaded and drafts are checked, and each construction is traced
//     back (through the bundle's source map) to the file and line that made it.
//
// Policy:
//   - 'vulnerable' fails, unless ALLOWED names the pattern with the reason its input is bounded
//     (short, constant, or not document text). An exponential pattern can never be allowed.
//   - 'unknown' (recheck gave up, usually a timeout) fails unless ALLOWED says why it is safe.
//   - An ALLOWED entry that no longer matches a pattern fails, so the list stays true.
//   - Patterns built inside dependencies (yaml, micromark, picomatch) are checked and listed, but
//     only an exponential one fails: their literals cannot be seen, so the list is partial anyway.
//
// recheck's verdicts are cached in out/test/robustness/recheck-cache.json, keyed by pattern,
// flags, parameters and recheck's version; the first run from a clean tree takes longer.

import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type * as TS from 'typescript';
import { bundleChecker } from '../../helpers/checker-bundle';
import { devRequire, ROOT } from '../../helpers/robustness';

interface Pattern {
  source: string;
  flags: string;
  /** Where it is written: server/src/…:line, or a dependency's file. */
  at: string;
  origin: 'server' | 'dependency';
}

interface Diagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  checker?: string;
  complexity?: { type: string; summary: string; degree?: number };
  attack?: { pattern: string; string: string };
  error?: { kind: string; message?: string };
}

/**
 * Vulnerable (polynomial) or unknown patterns known to be harmless, by file and exact source. Each
 * reason must say why the input the pattern runs on is short, constant, or not document text.
 */
const ALLOWED: Array<{ file: string; source: string; reason: string }> = [
  {
    file: 'server/src/engine/sentences.ts',
    source: String.raw`\u2029\s*$`,
    reason: 'Runs on the last 12 characters of a sentence (text.slice(prev.end - 12, prev.end)).',
  },
  {
    file: 'server/src/rules/question-text.ts',
    source: String.raw`[.!?:"(\[\u2029]\s*$`,
    reason: 'Runs on the 3 characters before a capitalised word (text.slice(at - 3, at)).',
  },
  {
    file: 'server/src/rules/loaded-question.ts',
    source: String.raw`(\S+)\s+$`,
    reason: 'Runs on the 30 characters before a flagged word (text.slice(start - 30, start)).',
  },
  {
    file: 'server/src/lsp/hover.ts',
    source: String.raw`\n+$`,
    reason: "Runs on a rule's built-in example, a constant, not on document text.",
  },
  {
    file: 'server/src/lsp/paths.ts',
    source: String.raw`\/+$`,
    reason: 'Runs on workspace folder URIs the editor sends at start-up, not on document text.',
  },
  {
    file: 'server/src/cli/format-stylish.ts',
    source: String.raw`\s*[\r\n]+\s*`,
    reason: "Runs on finding messages: a rule's template with short quoted phrases (quote() collapses white space), printed once per finding.",
  },
  {
    file: 'server/src/engine/blocks.ts',
    source: String.raw`\[((?:[^\]\\\n]|\\.){1,999})\]`,
    reason: "The repetition stops at 999 characters, so each '[' costs at most about 1,000 steps: linear in the block (1 MB of '[a' takes about 1 s).",
  },
];

/** Tuned for a test run: smaller fuzzing budgets, the same verdicts on this code base as the defaults. */
const PARAMS = {
  timeout: 10_000,
  maxNFASize: 3000,
  maxAttackStringSize: 20_000,
  attackLimit: 100_000_000,
  maxIteration: 5,
  maxInitialGenerationSize: 200,
  maxGenerationSize: 50,
};

const CACHE = join(ROOT, 'out/test/robustness/recheck-cache.json');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const posix = (path: string) => path.split(sep).join('/');

/** Regex literals, and the places that call RegExp() or new RegExp() (to be seen at run time). */
function scanSources(): { literals: Pattern[]; constructors: string[] } {
  const ts = devRequire('typescript') as typeof TS;
  const literals: Pattern[] = [];
  const constructors: string[] = [];
  for (const file of sourceFiles(join(ROOT, 'server/src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (node: TS.Node) => `${posix(relative(ROOT, file))}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: TS.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as TS.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf('/');
        literals.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), at: at(node), origin: 'server' });
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        constructors.push(at(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, constructors };
}

/** Patterns built while a fresh bundle of the checker loads and checks a corpus of drafts. */
function captureRuntime(): Pattern[] {
  const bundle = bundleChecker('redos-checker.js');
  const captured = new Map<string, Pattern>();
  const Original = RegExp;
  const previousSourceMaps = (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled ?? false;
  process.setSourceMapsEnabled(true);
  const serverDir = posix(join(ROOT, 'server/src')) + '/';
  const record = (args: unknown[]) => {
    const [pattern, flags] = args;
    const source = pattern instanceof Original ? pattern.source : pattern === undefined ? '(?:)' : String(pattern);
    const flagText = flags !== undefined ? String(flags) : pattern instanceof Original ? pattern.flags : '';
    const frames = (new Error().stack ?? '').split('\n').slice(1);
    let at = 'unknown';
    let origin: Pattern['origin'] = 'dependency';
    for (const frame of frames) {
      const m = /\(?((?:[A-Za-z]:)?[\\/][^()]*?):(\d+):\d+\)?$/.exec(frame.trim());
      if (!m) continue;
      const file = posix(m[1]);
      if (file.startsWith(serverDir)) {
        at = `${file.slice(posix(ROOT).length + 1)}:${m[2]}`;
        origin = 'server';
        break;
      }
      if (file.includes('/node_modules/')) {
        at = `${file.slice(file.lastIndexOf('/node_modules/') + 1)}:${m[2]}`;
        break;
      }
    }
    const key = `${at}\u0000${flagText}\u0000${source}`;
    if (!captured.has(key)) captured.set(key, { source, flags: flagText, at, origin });
  };
  const Wrapped: RegExpConstructor = new Proxy(Original, {
    construct(target, args, newTarget): object {
      record(args);
      return Reflect.construct(target, args, newTarget === Wrapped ? target : newTarget);
    },
    apply(target, self, args): RegExp {
      record(args);
      return Reflect.apply(target, self, args);
    },
  });
  globalThis.RegExp = Wrapped;
  try {
    delete devRequire.cache[bundle];
    const fresh = devRequire(bundle) as typeof import('../../../server/src/checker');
    for (const [text, options] of corpus()) {
      fresh.check(text, options);
      fresh.createIncrementalChecker().check(text, options);
    }
  } finally {
    globalThis.RegExp = Original;
    process.setSourceMapsEnabled(previousSourceMaps);
  }
  return [...captured.values()];
}

/** Drafts that reach the code paths that build patterns lazily (typo'd types, include globs…). */
function corpus(): Array<[string, Record<string, unknown>]> {
  const examples = readdirSync(join(ROOT, 'examples'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(ROOT, 'examples', name), 'utf8'));
  const drafts = [
    ...examples,
    '---\ntype: polcy\nregion: wales\n---\n# Parks\n\nDo you agree that the parks are excellent and safe?\n',
    '---\ntype: consultation\nregion: [wales\n---\n# Parks consultation\n',
    '+++\ntype = "survey"\n+++\n# Parks survey\n\n1. How satisfied are you with the parks and the staff?\n',
    '# You said, we did\n\nWe will write to you within 12 weeks by email.\n\n<!-- coproduction-lint-disable-next-line leading-question -- quoted -->\nDon\'t you agree, isn\'t it?\n',
    '# Parks strategy\r\n\r\n| Group | How we will reach them |\r\n|---|---|\r\n| Residents | Drop-ins |\r\n\r\n[ref]: https://example.org\r\n',
  ];
  const options: Array<Record<string, unknown>> = [
    { path: 'drafts/a.md' },
    { path: 'policies/a.md', settings: { include: ['policies/**/*.md', '**/{a,b}/*.markdown'] } },
    { path: 'README.md', kind: 'survey', settings: { rules: { 'leading-question': 'error' } } },
  ];
  return drafts.flatMap((text) => options.map((o) => [text, o] as [string, Record<string, unknown>]));
}

function loadCache(): Record<string, Diagnostics> {
  try {
    return JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, Diagnostics>;
  } catch {
    return {};
  }
}

function describePattern(p: Pattern, d: Diagnostics): string {
  const what = d.status === 'unknown' ? `unknown (${d.error?.kind ?? '?'}${d.error?.message ? `: ${d.error.message}` : ''})` : `${d.status}, ${d.complexity?.summary ?? ''}`;
  const attack = d.attack ? `\n      attack string: ${d.attack.pattern}` : '';
  const shown = p.source.length > 300 ? `${p.source.slice(0, 300)}… (${p.source.length} characters)` : p.source;
  return `${p.at}  /${shown}/${p.flags}\n      ${what}${attack}`;
}

describe('robustness: no catastrophic backtracking (recheck)', function () {
  this.timeout(300_000);

  let server: Pattern[];
  let dependency: Pattern[];
  let verdicts: Map<Pattern, Diagnostics>;

  before(function () {
    const { literals, constructors } = scanSources();
    const runtime = captureRuntime();
    const built = runtime.filter((p) => p.origin === 'server');
    // Every RegExp() call in server/src must have been seen, or its pattern went unchecked.
    const seen = new Set(built.map((p) => p.at));
    const unseen = constructors.filter((at) => !seen.has(at));
    assert.deepEqual(unseen, [], 'RegExp() calls that the corpus never reached: extend corpus() so their patterns are checked');
    server = [...literals, ...built];
    dependency = runtime.filter((p) => p.origin === 'dependency');

    const { checkSync } = devRequire('recheck') as { checkSync: (source: string, flags: string, params: object) => Diagnostics };
    const version = (devRequire('recheck/package.json') as { version: string }).version;
    const cache = loadCache();
    verdicts = new Map();
    for (const p of [...server, ...dependency]) {
      const key = `${version}|${JSON.stringify(PARAMS)}|${p.flags}|${p.source}`;
      let d = cache[key];
      if (!d) {
        const full = checkSync(p.source, p.flags, PARAMS);
        d = { status: full.status, checker: full.checker, complexity: full.complexity, attack: full.attack && { pattern: full.attack.pattern, string: full.attack.string.slice(0, 200) }, error: full.error };
        // An unknown verdict is usually a timeout, which depends on the machine: ask again next time.
        if (d.status !== 'unknown') cache[key] = d;
      }
      verdicts.set(p, d);
    }
    mkdirSync(dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, JSON.stringify(cache));

    const count = (ps: Pattern[], status: string) => ps.filter((p) => verdicts.get(p)!.status === status).length;
    console.log(
      `    recheck: ${server.length} patterns in server/src (${literals.length} literals, ${built.length} built at run time): ` +
        `${count(server, 'safe')} safe, ${count(server, 'vulnerable')} vulnerable, ${count(server, 'unknown')} unknown; ` +
        `${dependency.length} built by dependencies: ${count(dependency, 'safe')} safe, ${count(dependency, 'vulnerable')} vulnerable, ${count(dependency, 'unknown')} unknown`,
    );
  });

  const allowed = (p: Pattern) => ALLOWED.find((a) => p.at.startsWith(`${a.file}:`) && a.source === p.source);

  it('finds no exponential backtracking anywhere', () => {
    const exponential = [...verdicts].filter(([, d]) => d.status === 'vulnerable' && d.complexity?.type === 'exponential');
    assert.deepEqual(exponential.map(([p, d]) => describePattern(p, d)), []);
  });

  it('finds no vulnerable pattern in server/src outside the allow-list', () => {
    const bad = server.filter((p) => verdicts.get(p)!.status === 'vulnerable' && !allowed(p));
    assert.equal(bad.length, 0, `${bad.length} pattern(s) backtrack polynomially or worse on document text:\n  ${bad.map((p) => describePattern(p, verdicts.get(p)!)).join('\n  ')}`);
  });

  it('has a reason for every pattern recheck could not decide', () => {
    const unknown = server.filter((p) => verdicts.get(p)!.status === 'unknown' && !allowed(p));
    assert.equal(unknown.length, 0, `recheck could not decide:\n  ${unknown.map((p) => describePattern(p, verdicts.get(p)!)).join('\n  ')}`);
  });

  it('has no stale allow-list entries', () => {
    const stale = ALLOWED.filter((a) => !server.some((p) => allowed(p) === a && verdicts.get(p)!.status !== 'safe'));
    assert.deepEqual(stale.map((a) => `${a.file}  /${a.source}/`), [], 'allowed patterns that are gone or now safe: remove them from ALLOWED');
  });

  it('lists the patterns built by dependencies (informational)', () => {
    const flagged = dependency.filter((p) => verdicts.get(p)!.status !== 'safe');
    if (flagged.length) console.log(`      not safe, in dependencies:\n      ${flagged.map((p) => describePattern(p, verdicts.get(p)!)).join('\n      ')}`);
  });
});
