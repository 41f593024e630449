// The co-production report: each principle's status from real small drafts, the ladder, counts,
// escaping of document text in both renderers, and the Content-Security-Policy.

import assert from 'node:assert/strict';
import { allRules, check } from '../../server/src/checker';
import type { Outcome } from '../../server/src/lsp/checks';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { renderHtml, REPORT_CSP } from '../../server/src/report/html';
import { md, renderMarkdown } from '../../server/src/report/markdown';
import { buildReport, NOT_A_DRAFT, PRINCIPLES, type PrincipleRow, type ReportModel } from '../../server/src/report/model';
import { reportFor } from '../../server/src/report/request';

const STAKEHOLDERS_MISSING =
  "No section says who this affects or how each group will be involved, so the people most affected may never be asked. Add a 'Who we will involve' section that lists each group and how you will reach it.";
const NAMES_NO_GROUPS =
  'This section does not name any group, so nobody can check who will be asked. List each group the decision affects, such as residents, carers, staff or local organisations, and how you will reach it.';
const NO_UNCHANGED =
  "This promise to report back does not say you will explain what could not change, and why, so people whose ideas were not taken up may think they were ignored. Add a line such as 'Where we cannot make a change that people asked for, we will explain why.'";

const TITLE = '# Library opening hours engagement plan';
/** No stakeholder section at all. */
const NO_STAKEHOLDERS = `${TITLE}\n\n## Why we are asking\n\nWe must decide by May.\n`;
/** A stakeholder section that names nobody. */
const VAGUE_STAKEHOLDERS = `${TITLE}\n\n## Who we will involve\n\nWe will talk to lots of people about this.\n`;
/** Groups named, with how to reach them. */
const GOOD_STAKEHOLDERS = `${TITLE}\n\n## Who we will involve\n\nWe will involve residents, carers and library staff. We will reach residents through drop-in sessions at the library.\n`;
/** A promise to report back with when and how, but not what could not change (a hint). */
const FEEDBACK_HINT = `${TITLE}\n\n## What happens next\n\nWe will report back on what you told us.\nWithin 12 weeks of the closing date we will publish a summary on our website.\n`;
const FEEDBACK_FULL = `${FEEDBACK_HINT}Where we cannot make a change that people asked for, we will explain why.\n`;

function report(text: string, options: Parameters<typeof buildReport>[2] = {}, file = 'plan.md'): ReportModel {
  return buildReport(file, check(text, options), options);
}

function principle(model: ReportModel, id: string): PrincipleRow {
  const row = model.principles.find((p) => p.id === id);
  assert.ok(row, `principle ${id}`);
  return row;
}

describe('co-production report', () => {
  describe('model', () => {
    it('maps every rule to exactly one principle, in one table', () => {
      const mapped = PRINCIPLES.flatMap((p) => p.rules.map((r) => r.rule));
      assert.deepEqual([...mapped].sort(), allRules.map((r) => r.id).sort());
      assert.equal(new Set(mapped).size, mapped.length);
      for (const spec of PRINCIPLES) {
        for (const link of spec.rules) {
          const rule = allRules.find((r) => r.id === link.rule)!;
          for (const id of link.missing) assert.ok(id in rule.messages, `${link.rule} has a message '${id}'`);
        }
      }
    });

    it('lists the principles in a fixed order', () => {
      assert.deepEqual(
        report(NO_STAKEHOLDERS).principles.map((p) => p.name),
        [
          'Stakeholders',
          'Seldom-heard groups',
          'Power sharing',
          'Participation level',
          'Purpose and decision',
          'Accessibility',
          'Offline channels',
          'Response time',
          'Contact',
          'Decision process',
          'Feedback loop',
          'Recognition',
          'Evaluation',
          'Equality',
          'Partners',
          'Lived experience',
          'Welsh language',
          'Fair questions',
          'Plain language',
        ],
      );
    });

    it("a 'missing' message makes the principle missing, with the finding under it", () => {
      const row = principle(report(NO_STAKEHOLDERS), 'stakeholders');
      assert.equal(row.status, 'missing');
      assert.deepEqual(row.findings, [{ ruleId: 'stakeholders-missing', severity: 'warning', line: 1, column: 1, message: STAKEHOLDERS_MISSING }]);
    });

    it('a half-done message makes it partly met', () => {
      const row = principle(report(VAGUE_STAKEHOLDERS), 'stakeholders');
      assert.equal(row.status, 'partly');
      assert.deepEqual(row.findings, [{ ruleId: 'stakeholders-missing', severity: 'warning', line: 3, column: 1, message: NAMES_NO_GROUPS }]);
    });

    it('no finding makes it met', () => {
      const row = principle(report(GOOD_STAKEHOLDERS), 'stakeholders');
      assert.deepEqual([row.status, row.findings], ['met', []]);
    });

    it('a hint makes it partly met; with the hint answered it is met', () => {
      const partly = principle(report(FEEDBACK_HINT), 'feedback-loop');
      assert.equal(partly.status, 'partly');
      assert.deepEqual(partly.findings, [{ ruleId: 'feedback-loop-missing', severity: 'hint', line: 5, column: 1, message: NO_UNCHANGED }]);
      assert.deepEqual(principle(report(FEEDBACK_FULL), 'feedback-loop').status, 'met');
    });

    it("a 'missing' message at hint severity makes it only partly met", () => {
      const settings = { rules: { 'stakeholders-missing': 'hint' as const }, include: [] };
      const row = principle(report(NO_STAKEHOLDERS, { settings }), 'stakeholders');
      assert.deepEqual([row.status, row.findings.map((f) => f.severity)], ['partly', ['hint']]);
    });

    it('a rule that does not check this kind of draft gives "not checked"', () => {
      // Surveys are not asked for a stakeholder section.
      const row = principle(report('---\ntype: survey\n---\n\n# Library survey\n\nHow often do you visit?\n'), 'stakeholders');
      assert.deepEqual([row.status, row.note, row.findings], ['not-checked', 'Not checked for this kind of draft (survey).', []]);
    });

    it('a rule the user turned off gives "not checked"', () => {
      const settings = { rules: { 'stakeholders-missing': 'off' as const }, include: [] };
      assert.equal(principle(report(NO_STAKEHOLDERS, { settings }), 'stakeholders').status, 'not-checked');
    });

    it('Welsh language is checked only for drafts for Wales', () => {
      const england = principle(report(NO_STAKEHOLDERS), 'welsh-language');
      assert.deepEqual([england.status, england.note], ['not-checked', 'Checked only for drafts for Wales (front matter "region:").']);
      const wales = report('---\ntype: consultation\nregion: wales\n---\n\n# School transport consultation\n\nWe need to decide.\n');
      assert.equal(principle(wales, 'welsh-language').status, 'missing');
      assert.equal(wales.region, 'wales');
    });

    it('question and wording rules make a principle partly met, never missing', () => {
      const model = report(`${TITLE}\n\nDo you agree that the library should open on Sundays?\n`);
      const row = principle(model, 'questions');
      assert.equal(row.status, 'partly');
      assert.deepEqual(row.findings.map((f) => [f.ruleId, f.line]), [['leading-question', 3]]);
    });

    it('power sharing notes when nothing is expected of the draft', () => {
      const row = principle(report(NO_STAKEHOLDERS), 'power-sharing');
      assert.deepEqual(
        [row.status, row.note],
        ['met', 'The draft does not call itself co-production or co-design, so shared decisions are not expected.'],
      );
    });

    it('places the draft on the participation ladder, with its reason', () => {
      const text = GOOD_STAKEHOLDERS;
      const model = report(text);
      assert.deepEqual(model.ladder, {
        rungs: [
          { level: 'inform', estimated: false, claimed: false },
          { level: 'consult', estimated: true, claimed: false },
          { level: 'involve', estimated: false, claimed: false },
          { level: 'co-design', estimated: false, claimed: false },
          { level: 'co-produce', estimated: false, claimed: false },
        ],
        level: 'consult',
        claimed: null,
        because: "People are asked for their views ('drop-in').",
      });
    });

    it('counts findings by severity, and every finding appears under a principle', () => {
      const text = NO_STAKEHOLDERS;
      const result = check(text);
      const model = buildReport('plan.md', result);
      const expected = { error: 0, warning: 0, info: 0, hint: 0 };
      const printed = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as const;
      for (const f of result.findings) expected[printed[f.severity]]++;
      assert.deepEqual(model.counts, expected);
      assert.ok(result.findings.length > 5);
      assert.equal(model.principles.reduce((n, p) => n + p.findings.length, 0), result.findings.length);
      assert.deepEqual(model.other, []);
    });

    it('a file that is not a draft is not checked, and says why', () => {
      const model = report('# My project\n\nInstall it with npm.\n', {}, 'README.md');
      assert.deepEqual([model.kind, model.notChecked, model.principles], [null, NOT_A_DRAFT, []]);
      assert.match(renderMarkdown([model]), /It does not look like a policy draft, so it was not checked\./);
    });

    it('a suppression comment that silences nothing is listed as a note about the file', () => {
      const text = `${GOOD_STAKEHOLDERS}\n<!-- coproduction-lint-disable-next-line leading-question -->\nWe will meet in May.\n`;
      const model = report(text);
      assert.deepEqual(model.other.map((f) => [f.ruleId, f.severity, f.line]), [['unused-suppression', 'hint', 7]]);
      // Counted with the findings, as the editor's problem count does.
      assert.equal(model.counts.hint, check(text).findings.filter((f) => f.severity === 'hint').length + 1);
    });
  });

  describe('escaping', () => {
    // Entities in Markdown become < > & in the draft's text, so the title and messages carry them.
    const HOSTILE =
      '---\ntype: consultation\n---\n\n# &lt;script&gt;alert(1)&lt;/script&gt; & parking consultation\n\nDo you agree that parking & transport should improve?\n\n- Yes, because &lt;script&gt; is fun & more\n- No\n';
    const file = 'drafts/<img src=x onerror=alert(1)>.md';

    it('the model carries the text as written', () => {
      const model = report(HOSTILE, {}, file);
      assert.equal(model.title, '<script>alert(1)</script> & parking consultation');
      assert.ok(principle(model, 'questions').findings.some((f) => f.message.includes("'Yes, because <script> is fun & more'")));
    });

    it('HTML: no tag from the draft survives; the text reads the same', () => {
      const html = renderHtml([report(HOSTILE, {}, file)]);
      assert.ok(!html.includes('<script'), 'no script tag');
      assert.ok(!html.includes('<img'), 'no img tag');
      assert.ok(html.includes('<title>Co-production report: &lt;script&gt;alert(1)&lt;/script&gt; &amp; parking consultation</title>'));
      assert.ok(html.includes('>Co-production report: &lt;script&gt;alert(1)&lt;/script&gt; &amp; parking consultation</h1>'));
      assert.ok(html.includes('<dt>File</dt><dd>drafts/&lt;img src=x onerror=alert(1)&gt;.md</dd>'));
      assert.ok(html.includes('The option &#39;Yes, because &lt;script&gt; is fun &amp; more&#39; gives a reason'));
      // Every & in the page starts an entity: none is left bare.
      assert.deepEqual(html.match(/&(?!(?:amp|lt|gt|quot|#39);)/g), null);
    });

    it('Markdown: no HTML gets through, and table cells stay whole', () => {
      const text = renderMarkdown([report(HOSTILE, {}, file)]);
      assert.ok(!text.includes('<script'));
      assert.ok(!text.includes('<img'));
      assert.ok(text.startsWith('# Co-production report: &lt;script&gt;alert(1)&lt;/script&gt; &amp; parking consultation\n'));
      assert.ok(text.includes('- File: drafts/&lt;img src=x onerror=alert(1)&gt;.md\n'));
      assert.ok(text.includes("The option 'Yes, because &lt;script&gt; is fun &amp; more' gives a reason"));
      assert.equal(md('a | b [link](x) *em* `code` <b> & \\'), 'a \\| b \\[link\\](x) \\*em\\* \\`code\\` &lt;b&gt; &amp; \\\\');
    });
  });

  describe('HTML page', () => {
    it('sets a strict Content-Security-Policy and loads nothing', () => {
      const html = renderHtml([report(NO_STAKEHOLDERS)]);
      assert.equal(REPORT_CSP, "default-src 'none'; style-src 'unsafe-inline'");
      assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`));
      assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'), 'the policy comes before any content');
      for (const banned of ['<script', '<link', '<img', '<iframe', 'src=', 'url(', '@import', 'http:', 'https:']) {
        assert.ok(!html.includes(banned), banned);
      }
    });

    it('follows the editor theme through VS Code CSS variables, with fallbacks', () => {
      const html = renderHtml([report(NO_STAKEHOLDERS)]);
      assert.ok(html.includes('color: var(--vscode-foreground, #1f1f1f)'));
      assert.ok(html.includes('background: var(--vscode-editor-background, #ffffff)'));
    });

    it('shows a row per principle with its status and findings', () => {
      const html = renderHtml([report(NO_STAKEHOLDERS)]);
      assert.equal((html.match(/<tr class="status-/g) ?? []).length, PRINCIPLES.length);
      assert.ok(
        html.includes(
          `<tr class="status-missing"><th scope="row">Stakeholders<div class="description">Says who is affected and how each group will be involved.</div></th>` +
            `<td><span class="status status-missing">missing</span></td><td><ul class="findings"><li><span class="where">Line 1</span> ` +
            `<span class="severity severity-warning">warning</span> No section says who this affects or how each group will be involved, so the people most affected may never be asked. ` +
            `Add a &#39;Who we will involve&#39; section that lists each group and how you will reach it. <code>stakeholders-missing</code></li></ul></td></tr>`,
        ),
      );
    });

    it('several files: one page, one section each', () => {
      const html = renderHtml([report(NO_STAKEHOLDERS, {}, 'a.md'), report(GOOD_STAKEHOLDERS, {}, 'b.md')]);
      assert.equal((html.match(/<!DOCTYPE html>/g) ?? []).length, 1);
      assert.equal((html.match(/<section class="report"/g) ?? []).length, 2);
      assert.ok(html.includes('<title>Co-production report</title>'));
      assert.ok(html.includes('<h2 id="r1-title">Co-production report: Library opening hours engagement plan</h2>'));
      assert.ok(html.includes('<h2 id="r2-title">'));
    });
  });

  describe('server request (reportFor)', () => {
    const outcome = (text: string): Outcome => ({
      uri: 'file:///w/plan.md',
      version: 1,
      settings: DEFAULT_SETTINGS,
      result: check(text, { settings: DEFAULT_SETTINGS.lint }),
      diagnostics: [],
    });

    it('renders HTML with export links that run only the export command', () => {
      const result = reportFor(outcome(NO_STAKEHOLDERS), { uri: 'file:///w/plan.md', format: 'html', exportLinks: true }, 'plan.md');
      assert.equal(result.format, 'html');
      assert.equal(result.title, 'Library opening hours engagement plan');
      const args = encodeURIComponent(JSON.stringify([{ uri: 'file:///w/plan.md', format: 'markdown' }]));
      assert.ok(result.content.includes(`<a class="button" href="command:coproductionLint.exportReport?${args}">Export to Markdown</a>`));
      assert.ok(result.content.includes('>Export to HTML</a>'));
    });

    it('renders Markdown for export, without links', () => {
      const result = reportFor(outcome(NO_STAKEHOLDERS), { uri: 'file:///w/plan.md', format: 'markdown' }, 'plan.md');
      assert.equal(result.format, 'markdown');
      assert.ok(result.content.startsWith('# Co-production report: Library opening hours engagement plan\n\n- File: plan.md\n'));
      assert.ok(!result.content.includes('command:'));
    });

    it('a document that was not checked gets a short page saying so', () => {
      const result = reportFor({ ...outcome(NO_STAKEHOLDERS), result: null }, { uri: 'file:///w/plan.md', format: 'html' }, 'plan.md');
      assert.equal(result.title, 'plan.md');
      assert.ok(result.content.includes('This file was not checked, so there is no report'));
    });
  });
});
