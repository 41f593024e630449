// Judges what a real editor received from the language server (the JSON written by
// nvim-client.lua or eglot-client.el) against the project's own CLI on the same file.
//
//   node test/editors/compare.mjs diagnostics OUT.json FILE...   every FILE's first publication
//   node test/editors/compare.mjs actions OUT.json FILE          code actions, hover, applied fix
//
// The CLI (`node dist/cli.js --format json FILE`) gives the expected findings: the editor must
// have received the same rule ids with the same ranges (1-based in the CLI, 0-based in LSP),
// messages, severities and docs links. On top of that, a few facts about the repo's examples are
// fixed here, so a CLI that quietly found nothing could not make an empty editor result pass.
// Prints nothing and exits 0 when all is well; otherwise prints the reasons and exits 1.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const SOURCE = 'co-production';
const ROOT = resolve(import.meta.dirname, '../..');
const CLI = resolve(ROOT, 'dist/cli.js');

/** What the examples must show, whatever else the CLI says. */
const EXPECTED = {
  'weak-engagement-plan.md': {
    // Every diagnostic is compared with the CLI's above; these must be among them.
    includes: ['stakeholders-missing', 'feedback-loop-missing', 'power-sharing-missing', 'leading-question', 'loaded-question', 'double-barrelled-question'],
  },
  'consultation-survey.md': { includes: ['leading-question'] },
  'README.md': { count: 0 },
};

/** The rewrite the leading-question rule offers for "Do you agree…" (server/src/rules/leading-question.ts). */
const AGREE_REWRITE = "Rewrite as 'To what extent do you agree or disagree…'";

const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 };

const [mode, outPath, ...files] = process.argv.slice(2);
const problems = [];
const fail = (message) => problems.push(message);

function cliFindings(file) {
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [CLI, '--format', 'json', file], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // Exit 1 means "error-severity findings", which is still a report.
    if (error.status !== 1) throw new Error(`the CLI failed on ${file}: ${error.stderr || error.message}`);
    stdout = error.stdout;
  }
  const reports = JSON.parse(stdout);
  if (reports.length !== 1) throw new Error(`the CLI reported ${reports.length} files for ${file}`);
  return reports[0].diagnostics;
}

const key = (ruleId, line) => `${ruleId}@${line}`;
const sortKeys = (keys) => [...keys].sort();

/** The editor's diagnostics for one file, in the CLI's terms, after checking their shape. */
function fromEditor(diagnostics, label) {
  return diagnostics.map((d) => {
    if (d.source !== SOURCE) fail(`${label}: diagnostic ${JSON.stringify(d.code)} has source ${JSON.stringify(d.source)}, not "${SOURCE}"`);
    return {
      ruleId: d.code,
      severity: d.severity,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      message: d.message,
      docsUrl: d.codeDescription?.href ?? null,
      fixable: Array.isArray(d.data?.fixes) ? d.data.fixes.length > 0 : null,
    };
  });
}

function compareFile(file, received, label) {
  const name = basename(file);
  if (!Array.isArray(received)) {
    fail(`${label}: no diagnostics were published for ${name}`);
    return;
  }
  const got = fromEditor(received, `${label} ${name}`);
  const want = cliFindings(file);

  // Same rule ids on the same lines (a multiset: one line can carry two findings of a kind).
  const gotKeys = sortKeys(got.map((d) => key(d.ruleId, d.line)));
  const wantKeys = sortKeys(want.map((d) => key(d.ruleId, d.line)));
  if (JSON.stringify(gotKeys) !== JSON.stringify(wantKeys)) {
    const count = (keys, k) => keys.filter((x) => x === k).length;
    const missing = [...new Set(wantKeys.filter((k) => count(gotKeys, k) < count(wantKeys, k)))];
    const extra = [...new Set(gotKeys.filter((k) => count(wantKeys, k) < count(gotKeys, k)))];
    fail(`${label} ${name}: rule@line differs from the CLI; missing [${missing.join(', ')}], unexpected [${extra.join(', ')}]`);
  }
  // The details of each finding both sides have, paired by rule and line in column order.
  const order = (a, b) => a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || a.message.localeCompare(b.message);
  for (const k of new Set(wantKeys)) {
    const w = want.filter((d) => key(d.ruleId, d.line) === k).sort(order);
    const g = got.filter((d) => key(d.ruleId, d.line) === k).sort(order);
    for (let i = 0; i < Math.min(w.length, g.length); i++) {
      const [c, e] = [w[i], g[i]];
      const where = `${name}:${c.line} ${c.ruleId}`;
      if (e.column !== c.column || e.endLine !== c.endLine || e.endColumn !== c.endColumn) {
        fail(`${label} ${where}: range ${e.line}:${e.column}-${e.endLine}:${e.endColumn} but the CLI says ${c.line}:${c.column}-${c.endLine}:${c.endColumn}`);
      }
      if (e.message !== c.message) fail(`${label} ${where}: message differs from the CLI's: ${JSON.stringify(e.message)}`);
      if (e.severity !== SEVERITY[c.severity]) fail(`${label} ${where}: severity ${e.severity} but the CLI says ${c.severity}`);
      if (e.docsUrl !== c.docsUrl) fail(`${label} ${where}: docs link ${e.docsUrl} but the CLI says ${c.docsUrl}`);
      if (e.fixable !== null && e.fixable !== c.fixable) fail(`${label} ${where}: fixable ${e.fixable} but the CLI says ${c.fixable}`);
    }
  }

  const expected = EXPECTED[name];
  const ids = sortKeys(new Set(got.map((d) => d.ruleId)));
  if (expected?.ids && JSON.stringify(ids) !== JSON.stringify(sortKeys(expected.ids))) {
    fail(`${label} ${name}: rule ids [${ids.join(', ')}], expected exactly [${sortKeys(expected.ids).join(', ')}]`);
  }
  for (const id of expected?.includes ?? []) {
    if (!ids.includes(id)) fail(`${label} ${name}: no ${id} diagnostic (got [${ids.join(', ')}])`);
  }
  if (expected?.count !== undefined && got.length !== expected.count) {
    fail(`${label} ${name}: ${got.length} diagnostics, expected ${expected.count}`);
  }
}

function fileEntry(out, file) {
  // Editors report the path they opened; compare by resolved path, then by name.
  const entries = Object.entries(out.files ?? {});
  return (entries.find(([p]) => resolve(p) === resolve(file)) ?? entries.find(([p]) => basename(p) === basename(file)))?.[1];
}

function checkDiagnostics(out, label) {
  for (const file of files) {
    const entry = fileEntry(out, file);
    if (!entry) fail(`${label}: ${basename(file)} is missing from the editor's output`);
    else compareFile(file, entry.diagnostics, label);
    if (entry && entry.managed === false) fail(`${label}: the editor did not manage ${basename(file)} with the server`);
    // The editor's own store (vim.diagnostic, Flymake) holds what was last published.
    for (const [field, store] of [['vim_diagnostic_count', 'vim.diagnostic'], ['flymake_count', 'Flymake']]) {
      if (entry && typeof entry[field] === 'number' && entry[field] !== entry.latest_count) {
        fail(`${label}: ${store} holds ${entry[field]} diagnostics for ${basename(file)}, ${entry.latest_count} were published`);
      }
    }
  }
}

function checkActions(out, label) {
  const [file] = files;
  const entry = fileEntry(out, file);
  if (!entry || !Array.isArray(entry.diagnostics)) return fail(`${label}: no diagnostics for ${basename(file)}`);
  const probes = out.probes ?? [];
  if (probes.length !== entry.diagnostics.length) fail(`${label}: probed ${probes.length} of ${entry.diagnostics.length} diagnostics`);

  let rewrites = 0;
  for (const p of probes) {
    const where = `${basename(file)}:${p.line + 1} ${p.code}`;
    if (p.error) fail(`${label} ${where}: request failed: ${p.error}`);
    const titles = p.actions.map((a) => a.title);
    // The fixes the diagnostic carries must come back as actions: proof that Neovim kept `data`.
    const diagnostic = entry.diagnostics.find((d) => d.range.start.line === p.line && d.code === p.code && d.message === p.message);
    for (const fix of diagnostic?.data?.fixes ?? []) {
      if (!titles.includes(fix.title)) fail(`${label} ${where}: no code action "${fix.title}" (got ${JSON.stringify(titles)})`);
    }
    if (!titles.includes(`Ignore ${p.code} in this file`)) fail(`${label} ${where}: no "Ignore ${p.code} in this file" action (got ${JSON.stringify(titles)})`);
    if (p.code === 'leading-question') rewrites += titles.filter((t) => t.startsWith('Rewrite as')).length;
    if (p.code === 'leading-question' && p.message.includes("'Do you agree'") && !titles.includes(AGREE_REWRITE)) {
      fail(`${label} ${where}: no "${AGREE_REWRITE}" action (got ${JSON.stringify(titles)})`);
    }
    if (typeof p.hover !== 'string') fail(`${label} ${where}: no hover at the diagnostic`);
    else if (!p.hover.includes(p.message)) fail(`${label} ${where}: the hover does not include the diagnostic's message`);
  }
  if (rewrites === 0) fail(`${label}: no leading-question diagnostic offered a "Rewrite as…" action`);

  const applied = out.applied;
  if (!applied) return fail(`${label}: no "Rewrite as…" action was applied`);
  if (applied.title === AGREE_REWRITE && !/^\d+\. To what extent do you agree or disagree that /.test(applied.text_after ?? '')) {
    fail(`${label}: after "${applied.title}" the line reads ${JSON.stringify(applied.text_after)}`);
  }
  if (!applied.republished) fail(`${label}: no new diagnostics after applying "${applied.title}"`);
  else if (applied.diagnostics_after.some((d) => d.code === 'leading-question' && d.range.start.line === applied.line)) {
    fail(`${label}: the leading-question diagnostic is still on line ${applied.line + 1} after "${applied.title}"`);
  } else if (applied.diagnostics_after.length !== entry.diagnostics.length - 1) {
    fail(`${label}: ${applied.diagnostics_after.length} diagnostics after the fix, expected ${entry.diagnostics.length - 1}`);
  }
}

let out;
try {
  out = JSON.parse(readFileSync(outPath, 'utf8'));
} catch (error) {
  console.log(`no editor output: ${error.message}`);
  process.exit(1);
}
try {
  if (mode === 'diagnostics') checkDiagnostics(out, out.emacs ? 'eglot' : 'nvim');
  else if (mode === 'actions') checkActions(out, 'nvim');
  else fail(`unknown mode ${mode}`);
} catch (error) {
  fail(error.message);
}
if (problems.length) {
  console.log(problems.join('\n'));
  process.exit(1);
}
