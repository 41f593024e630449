// Config files (server/src/config): finding the nearest file, reading JSON with comments, placing
// every problem exactly, extends chains (cycles, missing files, depth), merging over settings,
// include/exclude globs, the vocabulary reaching the engine, and the contributed JSON schema.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv';
import { allRules, check } from '../../server/src/checker';
import { configSchema, findConfigFile, loadConfigFor, mergeSettings, parseConfigText, type ConfigProblem } from '../../server/src/config';
import { defineBlockRule, lint, type LintSettings } from '../../server/src/engine';

let root: string;

function write(relative: string, text: string): string {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** The text each problem's range covers, with its line and character, for exact comparisons. */
function placed(text: string, problems: ConfigProblem[]) {
  return problems.map((p) => ({
    severity: p.severity,
    at: p.range ? [p.range.startLine, p.range.startCharacter, text.slice(p.range.start, p.range.end)] : null,
    message: p.message,
  }));
}

const KNOWN_IDS = allRules.map((r) => r.id).join(', ');

describe('config files', () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'coproduction-config-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  describe('finding', () => {
    it('uses the nearest file from the document folder upward', () => {
      write('.coproduction-lint.json', '{}');
      const inner = write('policies/.coproduction-lint.jsonc', '{}');
      assert.deepEqual(findConfigFile(join(root, 'policies/housing'), root), { path: inner, problems: [] });
      assert.deepEqual(findConfigFile(join(root, 'other'), root), { path: join(root, '.coproduction-lint.json'), problems: [] });
    });

    it('stops at the workspace folder', () => {
      write('.coproduction-lint.json', '{}');
      assert.deepEqual(findConfigFile(join(root, 'workspace/drafts'), join(root, 'workspace')), { path: undefined, problems: [] });
    });

    it('prefers .json over .jsonc in the same folder and says the other is ignored', () => {
      const json = write('.coproduction-lint.json', '{}');
      const jsonc = write('.coproduction-lint.jsonc', '{}');
      assert.deepEqual(findConfigFile(root, root), {
        path: json,
        problems: [
          {
            file: jsonc,
            severity: 'warning',
            message: 'This config file is ignored because .coproduction-lint.json sits in the same folder. Keep one of the two.',
          },
        ],
      });
    });
  });

  describe('reading', () => {
    it('reads comments, trailing commas and every section', () => {
      const text = `{
  // Our council's house style
  "$schema": "./schema.json",
  "rules": { "leading-question": "error", "long-sentence": "warn", },
  "kinds": { "survey": { "long-question": "off" } },
  "options": { "long-sentence": { "maxWords": 30 } },
  /* drafts */
  "include": ["drafts/*.md"],
  "exclude": ["archive/**"],
  "vocabulary": {
    "groups": ["Friends of Hilltop Park"],
    "plainWords": { "synergise": "work together" },
    "allowedPhrases": ["Hard to Reach Fund"],
  },
}`;
      const file = parseConfigText(text, '/w/.coproduction-lint.jsonc');
      assert.deepEqual(file.problems, []);
      assert.deepEqual(file.patch, {
        rules: { 'leading-question': 'error', 'long-sentence': 'warning' },
        kinds: { survey: { 'long-question': 'off' } },
        options: { 'long-sentence': { maxWords: 30 } },
        include: ['drafts/*.md'],
        vocabulary: { groups: ['Friends of Hilltop Park'], plainWords: { synergise: 'work together' }, allowedPhrases: ['Hard to Reach Fund'] },
      });
      assert.deepEqual(file.exclude, ['archive/**']);
    });

    it('places each problem on the key or value it is about and keeps the valid settings', () => {
      const text = `{
  "rules": { "leading-question": "off", "no-such-rule": "warning", "long-sentence": "loud" },
  "kinds": { "consultation": { "purpose-missing": "error" }, "memo": {} },
  "options": { "long-sentence": { "maxWords": "many", "minWords": 3 } },
  "include": "drafts",
  "vocabulary": { "groups": ["Park users", 3], "colours": [] },
  "extends": 5,
  "bogus": true
}`;
      const file = parseConfigText(text, '/w/.coproduction-lint.json');
      assert.deepEqual(placed(text, file.problems), [
        { severity: 'warning', at: [1, 40, '"no-such-rule"'], message: `"no-such-rule" is not a rule id, so its setting was ignored. Known ids: ${KNOWN_IDS}.` },
        { severity: 'warning', at: [1, 84, '"loud"'], message: '"long-sentence": "loud" is not a severity; use one of error, warning, information, hint, off.' },
        {
          severity: 'warning',
          at: [2, 61, '"memo"'],
          message: '"kinds": "memo" is not a document type, so its settings were ignored. Use one of: policy, strategy, engagement-plan, consultation, survey, service-design, feedback-report.',
        },
        { severity: 'warning', at: [3, 46, '"many"'], message: '"options"."long-sentence"."maxWords" must be a number (default 25); it was ignored.' },
        { severity: 'warning', at: [3, 54, '"minWords"'], message: '"options"."long-sentence": "minWords" is not an option of this rule; known: maxWords.' },
        { severity: 'warning', at: [4, 13, '"drafts"'], message: '"include" must be a list of glob patterns such as ["policies/**/*.md"]; it was ignored.' },
        { severity: 'warning', at: [5, 43, '3'], message: '"vocabulary"."groups": each entry must be some text in double quotes; this one was ignored.' },
        { severity: 'warning', at: [5, 47, '"colours"'], message: '"vocabulary": "colours" is not a vocabulary list, so it was ignored. Lists: groups, plainWords, allowedPhrases.' },
        {
          severity: 'warning',
          at: [6, 13, '5'],
          message: '"extends" must be the path of another config file, relative to this one, such as "../.coproduction-lint.json" (or a list of them); this entry was ignored.',
        },
        { severity: 'warning', at: [7, 2, '"bogus"'], message: '"bogus" is not a setting of the config file, so it was ignored. Settings: extends, rules, kinds, options, include, exclude, vocabulary.' },
      ]);
      assert.deepEqual(file.patch.rules, { 'leading-question': 'off' });
      assert.deepEqual(file.patch.kinds, { consultation: { 'purpose-missing': 'error' } });
      assert.deepEqual(file.patch.options, {});
      assert.deepEqual(file.patch.include, []);
      assert.deepEqual(file.patch.vocabulary.groups, ['Park users']);
    });

    it('reports bad JSON where it is and still uses what could be read', () => {
      const text = '{\n  "rules": { "leading-question": "off" }\n  "include": ["drafts/*.md"]\n}';
      const file = parseConfigText(text, '/w/.coproduction-lint.json');
      assert.deepEqual(placed(text, file.problems), [
        {
          severity: 'error',
          at: [2, 2, '"include"'],
          message: 'This is not valid JSON: a comma is expected here. The settings that could be read are used; fix this so the rest are too.',
        },
      ]);
      assert.deepEqual(file.patch.rules, { 'leading-question': 'off' });
      assert.deepEqual(file.patch.include, ['drafts/*.md']);
    });

    it('ignores a file that is not an object, and survives any text', () => {
      const file = parseConfigText('["rules"]', '/w/.coproduction-lint.json');
      assert.deepEqual(placed('["rules"]', file.problems), [
        {
          severity: 'error',
          at: [0, 0, '["rules"]'],
          message: 'A config file must hold one object, such as { "rules": { "leading-question": "error" } }, so this file was ignored.',
        },
      ]);
      for (const text of ['', '\uFEFF{}', '{', '}}}', '{"rules": {"a": ', '\u0000\u0001', '{"vocabulary": {"plainWords": {"": 1}}}']) {
        assert.doesNotThrow(() => parseConfigText(text, '/w/x.json'), JSON.stringify(text));
      }
      assert.deepEqual(parseConfigText('\uFEFF{ "rules": { "leading-question": "off" } }', '/w/x.json').patch.rules, { 'leading-question': 'off' });
    });
  });

  describe('loading with extends', () => {
    it('applies what a file extends first, then the file itself, and lists the sources in order', () => {
      const base = write('shared/base.json', '{ "rules": { "leading-question": "error", "long-sentence": "off" }, "vocabulary": { "groups": ["Park users"] } }');
      const own = write('policies/.coproduction-lint.json', '{ "extends": "../shared/base.json", "rules": { "long-sentence": "hint" }, "vocabulary": { "groups": ["Allotment holders"] } }');
      const loaded = loadConfigFor(join(root, 'policies/parks.md'), { stopAt: root, pathBase: root });
      assert.deepEqual(loaded.sources, [base, own]);
      assert.deepEqual(loaded.problems, []);
      assert.deepEqual(loaded.settings.rules, { 'leading-question': 'error', 'long-sentence': 'hint' });
      assert.deepEqual(loaded.settings.vocabulary.groups, ['Park users', 'Allotment holders']);
    });

    it('reports a missing extends target on the extends entry and keeps the rest', () => {
      const text = '{\n  "extends": "./nowhere.json",\n  "rules": { "leading-question": "off" }\n}';
      const own = write('.coproduction-lint.json', text);
      const loaded = loadConfigFor(join(root, 'a.md'), { stopAt: root });
      assert.deepEqual(loaded.sources, [own]);
      assert.deepEqual(placed(text, loaded.problems), [
        {
          severity: 'error',
          at: [1, 13, '"./nowhere.json"'],
          message: '"extends": no file "./nowhere.json" was found next to this config file, so its settings were not used. The path is relative to this file.',
        },
      ]);
      assert.equal(loaded.problems[0].file, own);
      assert.deepEqual(loaded.settings.rules, { 'leading-question': 'off' });
    });

    it('reports a cycle once, where it closes, and applies each file once', () => {
      const a = write('.coproduction-lint.json', '{ "extends": "b.json", "rules": { "leading-question": "off" } }');
      const bText = '{ "extends": ".coproduction-lint.json", "rules": { "long-sentence": "error" } }';
      const b = write('b.json', bText);
      const loaded = loadConfigFor(join(root, 'a.md'), { stopAt: root });
      assert.deepEqual(loaded.sources, [b, a]);
      assert.deepEqual(placed(bText, loaded.problems), [
        {
          severity: 'error',
          at: [0, 13, '".coproduction-lint.json"'],
          message: '"extends" goes round in a circle (.coproduction-lint.json → b.json → .coproduction-lint.json), so this entry was ignored.',
        },
      ]);
      assert.equal(loaded.problems[0].file, b);
      assert.deepEqual(loaded.settings.rules, { 'long-sentence': 'error', 'leading-question': 'off' });
    });

    it('stops an extends chain more than ten files deep', () => {
      for (let i = 0; i < 12; i++) write(`c${i}.json`, `{ "extends": "c${i + 1}.json", "rules": {} }`);
      write('c12.json', '{}');
      write('.coproduction-lint.json', '{ "extends": "c0.json" }');
      const loaded = loadConfigFor(join(root, 'a.md'), { stopAt: root });
      assert.equal(loaded.sources.length, 10);
      assert.deepEqual(
        loaded.problems.map((p) => [p.file, p.message]),
        [[join(root, 'c8.json'), '"extends" is nested more than 10 files deep, so this entry was ignored. Extend fewer files in a chain.']],
      );
    });

    it('uses an explicit file instead of searching, and reports one that cannot be read', () => {
      write('.coproduction-lint.json', '{ "rules": { "leading-question": "off" } }');
      const chosen = write('ci/strict.json', '{ "rules": { "leading-question": "error" } }');
      assert.deepEqual(loadConfigFor(join(root, 'a.md'), { explicitFile: chosen }).settings.rules, { 'leading-question': 'error' });
      const missing = loadConfigFor(join(root, 'a.md'), { explicitFile: join(root, 'none.json') });
      assert.deepEqual(missing.problems, [
        { file: join(root, 'none.json'), severity: 'error', message: 'The config file could not be read (ENOENT), so its settings were not used.' },
      ]);
    });

    it('reads a changed file again', () => {
      write('.coproduction-lint.json', '{ "rules": { "leading-question": "off" } }');
      assert.deepEqual(loadConfigFor(join(root, 'a.md'), { stopAt: root }).settings.rules, { 'leading-question': 'off' });
      write('.coproduction-lint.json', '{ "rules": { "leading-question": "error", "long-sentence": "off" } }');
      assert.deepEqual(loadConfigFor(join(root, 'a.md'), { stopAt: root }).settings.rules, { 'leading-question': 'error', 'long-sentence': 'off' });
    });
  });

  describe('include and exclude', () => {
    it('takes globs relative to the config file and places them relative to the workspace folder', () => {
      write('policies/.coproduction-lint.json', '{ "include": ["drafts/*.md", "!drafts/old.md"], "exclude": ["archive/**"] }');
      const loaded = loadConfigFor(join(root, 'policies/archive/2019.md'), { stopAt: root, pathBase: root });
      assert.deepEqual(loaded.settings.include, ['policies/drafts/*.md', '!policies/drafts/old.md']);
      assert.deepEqual(loaded.exclude, ['policies/archive/**']);
      assert.equal(loaded.excluded, true);
      assert.equal(loadConfigFor(join(root, 'policies/drafts/parks.md'), { stopAt: root, pathBase: root }).excluded, false);
    });

    it('makes an include glob decide the kind through the engine', () => {
      write('policies/.coproduction-lint.json', '{ "include": ["drafts/*.md"] }');
      const text = '# Parks\n\nWe will decide the opening hours of the park.\n';
      const loaded = loadConfigFor(join(root, 'policies/drafts/parks.md'), { stopAt: root, pathBase: root });
      const settings = mergeSettings({ rules: {}, include: [] }, loaded.settings);
      assert.equal(check(text, { path: 'policies/drafts/parks.md', settings }).kindSource, 'include');
      assert.equal(check(text, { path: 'policies/other/parks.md', settings }).kind, null);
    });
  });

  describe('merging over VS Code settings', () => {
    it('lets the config file win, a named rule replacing per-kind settings from below', () => {
      const vscode: LintSettings = {
        rules: { 'leading-question': 'error', 'long-sentence': 'hint' },
        kinds: { survey: { 'leading-question': 'warning', 'long-question': 'error' } },
        options: { 'long-sentence': { maxWords: 20 } },
        include: ['a/*.md'],
      };
      write('.coproduction-lint.json', '{ "rules": { "leading-question": "off" }, "options": { "long-question": { "maxWords": 40 } }, "include": ["b/*.md"] }');
      const merged = mergeSettings(vscode, loadConfigFor(join(root, 'x.md'), { stopAt: root, pathBase: root }).settings);
      assert.deepEqual(merged, {
        rules: { 'leading-question': 'off', 'long-sentence': 'hint' },
        kinds: { survey: { 'long-question': 'error' } },
        options: { 'long-sentence': { maxWords: 20 }, 'long-question': { maxWords: 40 } },
        include: ['a/*.md', 'b/*.md'],
        vocabulary: { groups: [], plainWords: {}, allowedPhrases: [] },
      });
      assert.deepEqual(vscode.kinds, { survey: { 'leading-question': 'warning', 'long-question': 'error' } }, 'the settings object is not changed');
    });
  });

  describe('vocabulary in the engine', () => {
    const DRAFT = `---
type: consultation
---
# Park consultation

We want to hear from hard to reach groups and the Hard to Reach Fund panel. We will write to hard-to-reach families.
`;

    it('drops findings about an allowed phrase and keeps the rest', () => {
      const flagged = (settings?: Partial<LintSettings>) =>
        check(DRAFT, { settings })
          .findings.filter((f) => f.ruleId === 'hard-to-reach' || f.ruleId === 'seldom-heard-groups-missing')
          .map((f) => [f.ruleId, DRAFT.slice(f.start, f.end)]);
      assert.deepEqual(flagged(), [
        ['seldom-heard-groups-missing', 'We want to hear from hard to reach groups and the Hard to Reach Fund panel.'],
        ['hard-to-reach', 'hard to reach'],
        ['hard-to-reach', 'Hard to Reach'],
        ['hard-to-reach', 'hard-to-reach'],
      ]);
      // The finding inside "Hard to Reach Fund" goes; the sentence-long document finding stays.
      assert.deepEqual(flagged({ vocabulary: { allowedPhrases: ['hard to reach  fund'] } }), [
        ['seldom-heard-groups-missing', 'We want to hear from hard to reach groups and the Hard to Reach Fund panel.'],
        ['hard-to-reach', 'hard to reach'],
        ['hard-to-reach', 'hard-to-reach'],
      ]);
      // A short finding that contains the phrase goes too; a phrase must match whole words.
      assert.deepEqual(flagged({ vocabulary: { allowedPhrases: ['reach'] } }), [
        ['seldom-heard-groups-missing', 'We want to hear from hard to reach groups and the Hard to Reach Fund panel.'],
      ]);
      assert.equal(flagged({ vocabulary: { allowedPhrases: ['reac'] } }).length, 4);
    });

    it('keeps a long finding that merely contains an allowed phrase', () => {
      const text = `---\ntype: consultation\n---\n# Park consultation\n\n${'We will ask the Hard to Reach Fund panel and many other people about the park, the paths, the lights, the benches, the toilets and the cafe in the summer and in the winter months.'}\n`;
      const longOnes = (settings?: Partial<LintSettings>) => check(text, { settings }).findings.filter((f) => f.ruleId === 'long-sentence').length;
      assert.equal(longOnes(), 1);
      assert.equal(longOnes({ vocabulary: { allowedPhrases: ['Hard to Reach Fund'] } }), 1);
    });

    it('hands groups and plain words to rules in their context', () => {
      let seen: unknown;
      const spy = defineBlockRule({
        id: 'spy',
        summary: 's',
        why: 'w',
        howToFix: 'h',
        principles: [],
        defaultSeverity: 'warning',
        appliesTo: ['policy'],
        fixKind: 'none',
        messages: { m: 'm' },
        example: { flagged: 'a', ok: 'b' },
        check(_block, context) {
          seen = context.vocabulary;
        },
      });
      const vocabulary = { groups: ['Park users'], plainWords: { synergise: 'work together' } };
      lint('---\ntype: policy\n---\n# Parks\n\nText.\n', { rules: [spy], docsUrl: () => '', settings: { vocabulary } });
      assert.deepEqual(seen, { groups: ['Park users'], plainWords: { synergise: 'work together' }, allowedPhrases: [] });
      lint('---\ntype: policy\n---\n# Parks\n\nText.\n', { rules: [spy], docsUrl: () => '' });
      assert.deepEqual(seen, { groups: [], plainWords: {}, allowedPhrases: [] });
    });
  });

  describe('JSON schema', () => {
    const SCHEMA_PATH = resolve(__dirname, '../../../docs/coproduction-lint.schema.json');
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));

    it('is the one made from the rule registry', () => {
      assert.deepEqual(schema, configSchema(allRules));
    });

    it('accepts a full config and rejects what the server reports', () => {
      const validate = new Ajv({ allErrors: true }).compile(schema);
      const good = {
        $schema: './x.json',
        extends: ['../base.json'],
        rules: { 'leading-question': 'error' },
        kinds: { survey: { 'long-question': 'off' } },
        options: { 'long-sentence': { maxWords: 30 } },
        include: ['drafts/*.md'],
        exclude: ['archive/**'],
        vocabulary: { groups: ['Park users'], plainWords: { synergise: 'work together' }, allowedPhrases: ['Hard to Reach Fund'] },
      };
      assert.equal(validate(good), true, JSON.stringify(validate.errors));
      assert.deepEqual(parseConfigText(JSON.stringify(good), '/w/x.json').problems, []);
      for (const bad of [{ rules: { 'no-such-rule': 'off' } }, { rules: { 'leading-question': 'loud' } }, { kinds: { memo: {} } }, { options: { 'long-sentence': { maxWords: 'x' } } }, { bogus: 1 }]) {
        assert.equal(validate(bad), false, JSON.stringify(bad));
        assert.equal(parseConfigText(JSON.stringify(bad), '/w/x.json').problems.length, 1, JSON.stringify(bad));
      }
    });
  });
});
