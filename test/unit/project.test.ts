// Guards that keep the docs, README, snippets and editor settings in step with the rule registry.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { allRules, check } from '../../server/src/checker';
import snippets from '../../snippets/markdown.json';
import { ruleSeverity, snippetToText } from '../../server/src/engine';

const read = (path: string) => readFileSync(path, 'utf8');

/** The fenced Markdown blocks under a docs page's "### Flagged" and "### Not flagged" headings. */
function docExamples(page: string): { flagged: string; ok: string } {
  const block = (heading: string) => {
    const m = new RegExp(`^### ${heading}\\n+\`\`\`markdown\\n([\\s\\S]*?)\`\`\`$`, 'm').exec(page);
    assert.ok(m, `no "### ${heading}" example`);
    return m[1];
  };
  return { flagged: block('Flagged'), ok: block('Not flagged') };
}

describe('project', () => {
  describe('every rule', () => {
    for (const rule of allRules) {
      describe(rule.id, () => {
        const page = `docs/rules/${rule.id}.md`;

        it('has complete metadata in plain words', () => {
          assert.match(rule.id, /^[a-z]+(-[a-z]+)+$/);
          for (const field of [rule.summary, rule.why, rule.howToFix]) assert.ok(field.length > 20, field);
          assert.ok(rule.principles.length > 0);
          for (const p of rule.principles) assert.match(p.url, /^https?:\/\//);
          assert.ok(rule.appliesTo.length > 0);
          assert.ok(Object.keys(rule.messages).length > 0);
        });

        it('has a docs page with the summary, sources and examples that behave as stated', () => {
          assert.ok(existsSync(page), `${page} is missing`);
          const text = read(page);
          assert.ok(text.startsWith(`# ${rule.id}\n`), 'page starts with the rule id');
          assert.ok(text.includes(rule.summary), 'page repeats the summary');
          for (const heading of ['## Why it matters', '## What it looks for', '## How to fix it', '## Examples', '## Sources', '## Turning it off']) {
            assert.ok(text.includes(`\n${heading}\n`), `page has "${heading}"`);
          }
          for (const p of rule.principles) assert.ok(text.includes(p.url), `page cites ${p.url}`);
          const examples = docExamples(text);
          const kind = rule.appliesTo.includes('consultation') ? 'consultation' : rule.appliesTo[0];
          const ids = (t: string) => check(t, { kind }).findings.map((f) => f.ruleId);
          assert.ok(ids(examples.flagged).includes(rule.id), 'the flagged example is flagged');
          assert.ok(!ids(examples.ok).includes(rule.id), 'the ok example is not flagged');
        });

        it('its metadata example behaves as stated (it is shown in hovers)', () => {
          const kind = rule.appliesTo.includes('consultation') ? 'consultation' : rule.appliesTo[0];
          const ids = (t: string) => check(t, { kind }).findings.map((f) => f.ruleId);
          assert.ok(ids(rule.example.flagged).includes(rule.id));
          assert.ok(!ids(rule.example.ok).includes(rule.id));
        });

        it('is in the README rules table', () => {
          const row = `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.summary} |`;
          assert.ok(read('README.md').includes(row), `README lacks: ${row}`);
        });

        it('can be configured in the editor settings', () => {
          const pkg = JSON.parse(read('package.json'));
          const rules = pkg.contributes.configuration.properties['coproductionLint.rules'];
          assert.ok(rules.properties[rule.id], `package.json settings lack ${rule.id}`);
        });
      });
    }

    it('the README table lists no rule that does not exist', () => {
      const ids = [...read('README.md').matchAll(/^\| \[`([a-z-]+)`\]\(docs\/rules\//gm)].map((m) => m[1]);
      assert.deepEqual(ids, allRules.map((r) => r.id));
    });
  });

  describe('examples', () => {
    const findings = (file: string) => check(read(`examples/${file}`), { path: `examples/${file}` });

    it('the strong engagement plan has nothing to flag', () => {
      const result = findings('strong-engagement-plan.md');
      assert.equal(result.kind, 'engagement-plan');
      assert.deepEqual(result.findings.map((f) => `${f.ruleId}: ${f.message}`), []);
    });

    it('the two weak drafts between them show every rule, for trainers', () => {
      const ids = new Set(['weak-engagement-plan.md', 'weak-consultation.md'].flatMap((file) => findings(file).findings.map((f) => f.ruleId)));
      assert.deepEqual([...ids].sort(), allRules.map((r) => r.id).sort());
    });

    it('each weak draft is flagged by every rule that checks its kind and applies to it', () => {
      // The engagement plan is in England, so the Welsh-language rule has nothing to say there.
      const plan = new Set(findings('weak-engagement-plan.md').findings.map((f) => f.ruleId));
      const expected = allRules.filter((r) => ruleSeverity(r, 'engagement-plan') !== 'off' && r.id !== 'welsh-language-effects-missing');
      assert.deepEqual(expected.map((r) => r.id).filter((id) => !plan.has(id)), []);
    });

    it('the strong plan estimates a higher rung than the weak one', () => {
      assert.equal(findings('weak-engagement-plan.md').participation?.level, 'involve');
      assert.equal(findings('strong-engagement-plan.md').participation?.level, 'co-produce');
    });

    it('the survey mixes flagged and fair questions', () => {
      const result = findings('consultation-survey.md');
      assert.equal(result.kind, 'survey');
      const questions = result.document.blocks.reduce((n, b) => n + b.questions.length, 0);
      const flagged = new Set(result.findings.filter((f) => f.ruleId.endsWith('-question')).map((f) => f.start)).size;
      assert.ok(flagged >= 5 && questions - flagged >= 5, `${flagged} of ${questions} questions flagged`);
    });

    it('the examples README is not a draft and stays quiet', () => {
      const result = findings('README.md');
      assert.equal(result.kind, null);
      assert.deepEqual(result.findings, []);
    });
  });

  describe('snippets', () => {
    const text = (name: keyof typeof snippets) => snippetToText(snippets[name].body);

    it('the draft skeleton contains the same section bodies the quick fixes insert', () => {
      const skeleton = text('Policy draft skeleton');
      assert.ok(skeleton.includes(text('Stakeholder map')));
      assert.ok(skeleton.includes(text('Feedback loop (you said, we did)')));
    });

    it('the draft skeleton passes every rule for every kind', () => {
      const skeleton = text('Policy draft skeleton');
      for (const kind of ['consultation', 'policy', 'strategy', 'engagement-plan', 'survey', 'service-design', 'feedback-report'] as const) {
        const withKind = skeleton.replace(/^type: \w+$/m, `type: ${kind}`);
        const result = check(withKind);
        assert.equal(result.kind, kind);
        assert.deepEqual(result.findings.map((f) => `${f.ruleId}: ${withKind.slice(f.start, f.end)}`), [], kind);
      }
    });

    it('the open-question prompts are not flagged by any question rule', () => {
      for (const name of ['Open question: tell us about', 'Open question: what matters most'] as const) {
        const findings = check(`# Survey\n\n${text(name)}\n`, { kind: 'survey' }).findings;
        assert.deepEqual(findings.filter((f) => f.ruleId.endsWith('-question')), []);
      }
    });

    it('the suppression snippet offers every rule id and silences it', () => {
      const body = snippets['Ignore a rule for one line'].body[0];
      const choices = /\$\{1\|([^|]+)\|\}/.exec(body)![1].split(',');
      assert.deepEqual([...choices].sort(), allRules.map((r) => r.id).sort());
      const comment = snippetToText(body);
      assert.equal(comment, `<!-- coproduction-lint-disable-line ${choices[0]} -- reason -->`);
    });

    it('prefixes are unique', () => {
      const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
      assert.equal(new Set(prefixes).size, prefixes.length);
    });
  });
});
