import assert from 'node:assert/strict';
import {
  applyEdits,
  defineBlockRule,
  defineDocumentRule,
  lint,
  readSettings,
  type DocumentKind,
  type LintOptions,
  type LintSettings,
} from '../../../server/src/engine';

// A fake rule that flags every question, so the engine can be tested without real rules.
const everyQuestion = defineBlockRule({
  id: 'every-question',
  summary: 'Flags every question.',
  why: 'Testing.',
  howToFix: 'Nothing.',
  principles: [],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'consultation', 'survey'],
  fixKind: 'none',
  messages: { found: 'Question {n}: "{text}".' },
  example: { flagged: 'Why?', ok: 'Because.' },
  check(block, context) {
    block.questions.forEach((q, i) => {
      const s = block.sentences[q.sentence];
      context.report({ messageId: 'found', data: { n: i + 1, text: s.text }, start: s.start, end: s.end });
    });
  },
});

const broken = defineDocumentRule({
  ...everyQuestion,
  id: 'broken',
  check() {
    throw new Error('boom');
  },
});

const options = (extra: Partial<LintOptions> = {}): LintOptions => ({
  rules: [everyQuestion],
  docsUrl: (id) => `https://docs.example/${id}`,
  ...extra,
});

const flagged = (text: string, extra?: Partial<LintOptions>) =>
  lint(text, options(extra)).findings.map((f) => text.slice(f.start, f.end));

describe('lint', () => {
  describe('which documents are policy drafts', () => {
    it('front matter type decides, aliases included', () => {
      assert.equal(lint('---\ntype: consultation\n---\nHello?\n', options()).kind, 'consultation');
      assert.equal(lint('---\ntype: plan\n---\nHello?\n', options()).kindSource, 'front-matter');
      assert.equal(lint('---\ntype: plan\n---\nHello?\n', options()).kind, 'engagement-plan');
      assert.equal(lint('---\ntype: Questionnaire\n---\nHello?\n', options()).kind, 'survey');
    });

    it('the title decides when there is no front matter type', () => {
      const cases: Array<[string, string | null]> = [
        ['# Library opening hours consultation', 'consultation'],
        ['# Residents survey 2026', 'survey'],
        ['# Involvement Strategy 2025-27', 'strategy'],
        ['# Community engagement plan', 'engagement-plan'],
        ['# Parking policy', 'policy'],
        ['# Our consultation charter', 'consultation'],
        ['# You said, we did: parks', 'feedback-report'],
        ['# Service design for housing repairs', 'service-design'],
        ['# Meeting notes, 3 March', null],
        ['# my-library', null],
      ];
      for (const [title, kind] of cases) assert.equal(lint(`${title}\n\nText?\n`, options()).kind, kind, title);
    });

    it('a README stays quiet even with a policy-like title', () => {
      const result = lint('# Parking policy tool\n\nDo you agree?\n', options({ path: 'tools/README.md' }));
      assert.equal(result.kind, null);
      assert.deepEqual(result.findings, []);
    });

    it('front matter still makes a README a draft', () => {
      assert.equal(lint('---\ntype: policy\n---\n# Notes\n', options({ path: 'README.md' })).kind, 'policy');
    });

    it('include globs make any file a draft', () => {
      const text = '# Notes\n\nDo you agree?\n';
      assert.equal(lint(text, options({ path: 'drafts/notes.md' })).kind, null);
      const included = lint(text, options({ path: 'drafts/notes.md', settings: { include: ['drafts/**/*.md'] } }));
      assert.equal(included.kind, 'policy');
      assert.equal(included.kindSource, 'include');
      assert.deepEqual(flagged(text, { path: './drafts/notes.md', settings: { include: ['drafts/**'] } }), ['Do you agree?']);
    });

    it('a forced kind wins', () => {
      assert.equal(lint('# Notes\n', options({ kind: 'survey' })).kind, 'survey');
    });

    it('region comes from front matter', () => {
      assert.equal(lint('---\ntype: policy\nregion: Cymru\n---\n', options()).region, 'wales');
      assert.equal(lint('---\ntype: policy\nregion: ni\n---\n', options()).region, 'northern-ireland');
    });

    it('broken front matter gives a notice and the declared type is still used', () => {
      const text = '---\ntype: consultation\ntitle: [unclosed\n---\n# T\n\nWhy?\n';
      const result = lint(text, options());
      assert.equal(result.kind, 'consultation');
      assert.equal(result.notices.length, 1);
      assert.match(result.notices[0].message, /^The front matter is not valid YAML \(.+\), so settings in it are ignored\. Fix the YAML, or remove the front matter\.$/);
    });

    it('a misspelt type is pointed out', () => {
      const text = '---\ntype: consulation\n---\n# Notes\n';
      const result = lint(text, options());
      assert.equal(result.kind, null);
      assert.deepEqual(
        result.notices.map((n) => [text.slice(n.start, n.end), n.message]),
        [
          [
            'type: consulation',
            "'consulation' is not a document type this checker knows, so the draft is not checked. Use one of: policy, strategy, engagement-plan, consultation, survey, service-design, feedback-report.",
          ],
        ],
      );
    });

    it('a misspelt type on a draft with a policy title says how it is checked instead', () => {
      const text = '---\ntype: polcy\n---\n# Parks policy\n';
      const result = lint(text, options());
      assert.equal(result.kind, 'policy');
      assert.deepEqual(result.notices.map((n) => n.message), [
        "'polcy' is not a document type this checker knows, so the draft is checked as 'policy' from its title. Use one of: policy, strategy, engagement-plan, consultation, survey, service-design, feedback-report.",
      ]);
    });

    it('the notice for broken YAML covers the whole offending line', () => {
      const text = '---\ntype: policy\nregion: [wales\n---\n# T\n';
      const [notice] = lint(text, options()).notices;
      assert.ok(notice.end > notice.start);
      assert.match(text.slice(notice.start, notice.end), /^[^\n]+$/);
    });

    it('an unrelated type (a blog post) is left alone', () => {
      const result = lint('---\ntype: post\n---\n# Hello\n', options());
      assert.equal(result.kind, null);
      assert.deepEqual(result.notices, []);
    });
  });

  describe('findings', () => {
    it('are stamped with rule id, severity, docs link and the filled message', () => {
      const text = '# Survey\n\nDo you drive?\n';
      const [f] = lint(text, options()).findings;
      assert.deepEqual(
        { ...f, fixes: undefined },
        {
          ruleId: 'every-question',
          messageId: 'found',
          message: 'Question 1: "Do you drive?".',
          severity: 'warning',
          docsUrl: 'https://docs.example/every-question',
          start: text.indexOf('Do you'),
          end: text.indexOf('?') + 1,
          fixes: undefined,
        },
      );
    });

    it('severity can be changed or turned off per rule', () => {
      const text = '# Survey\n\nWhy?\n';
      assert.equal(lint(text, options({ settings: { rules: { 'every-question': 'error' } } })).findings[0].severity, 'error');
      assert.deepEqual(lint(text, options({ settings: { rules: { 'every-question': 'off' } } })).findings, []);
    });

    it('a rule only runs on the kinds it applies to', () => {
      assert.deepEqual(flagged('# Why?\n', { kind: 'strategy' }), []);
      assert.deepEqual(flagged('# Why?\n', { kind: 'survey' }), ['Why?']);
    });

    it('a rule can have its own severity for one kind, and settings per kind win over both', () => {
      const text = '# Survey\n\nWhy?\n';
      const perKind = defineBlockRule({ ...everyQuestion, severityByKind: { survey: 'error' } });
      const severity = (kind: DocumentKind, settings?: Partial<LintSettings>) =>
        lint(text, { rules: [perKind], docsUrl: () => '', kind, settings }).findings.map((f) => f.severity);
      assert.deepEqual(severity('survey'), ['error']);
      assert.deepEqual(severity('consultation'), ['warning']);
      assert.deepEqual(severity('survey', { rules: { 'every-question': 'hint' } }), ['hint']);
      assert.deepEqual(severity('survey', { rules: { 'every-question': 'hint' }, kinds: { survey: { 'every-question': 'information' } } }), ['information']);
      assert.deepEqual(severity('consultation', { kinds: { consultation: { 'every-question': 'off' } } }), []);
      // A kind the rule does not apply to can be turned on for it.
      assert.deepEqual(severity('strategy'), []);
      assert.deepEqual(severity('strategy', { kinds: { strategy: { 'every-question': 'warning' } } }), ['warning']);
    });

    it('a rule that throws is reported and the others still run', () => {
      const result = lint('# Survey\n\nWhy?\n', options({ rules: [broken, everyQuestion] }));
      assert.deepEqual(result.errors.map((e) => [e.ruleId, e.error.message]), [['broken', 'boom']]);
      assert.equal(result.findings.length, 1);
    });
  });

  describe('suppression comments', () => {
    const survey = (body: string) => `# Survey\n\n${body}`;

    it('disable-line covers the line it sits on, for the named rule only', () => {
      assert.deepEqual(flagged(survey('Why? <!-- coproduction-lint-disable-line every-question -- fine here -->\n\nHow?\n')), ['How?']);
      assert.deepEqual(flagged(survey('Why? <!-- coproduction-lint-disable-line other-rule -->\n')), ['Why?']);
    });

    it('disable-line covers a question that wraps onto the comment line', () => {
      assert.deepEqual(flagged(survey('Do you agree with the\nplan? <!-- coproduction-lint-disable-line every-question -->\n')), []);
    });

    it('disable-next-line covers only the next line', () => {
      assert.deepEqual(flagged(survey('<!-- coproduction-lint-disable-next-line every-question -->\nWhy?\n\nHow?\n')), ['How?']);
    });

    it('disable and enable bracket a range; with no ids they cover every rule', () => {
      const text = survey('One?\n\n<!-- coproduction-lint-disable -->\n\nTwo?\n\n<!-- coproduction-lint-enable -->\n\nThree?\n');
      assert.deepEqual(flagged(text), ['One?', 'Three?']);
    });

    it('an unclosed disable runs to the end of the file', () => {
      assert.deepEqual(flagged(survey('One?\n\n<!-- coproduction-lint-disable every-question -->\n\nTwo?\n')), ['One?']);
    });

    it('disable-file covers the whole file for the listed rules', () => {
      assert.deepEqual(flagged(survey('Why?\n\n<!-- coproduction-lint-disable-file every-question, other -->\n')), []);
      assert.deepEqual(flagged(survey('Why?\n\n<!-- coproduction-lint-disable-file other -->\n')), ['Why?']);
    });

    it('a comment that silences nothing gets a hint whose fix removes it, keeping the line', () => {
      const text = survey('Because. <!-- coproduction-lint-disable-line every-question -- old reason -->\n\nWhy?\n');
      const result = lint(text, options());
      assert.deepEqual(
        result.notices.map((n) => [n.id, n.severity, text.slice(n.start, n.end), n.message]),
        [
          [
            'unused-suppression',
            'hint',
            '<!-- coproduction-lint-disable-line every-question -- old reason -->',
            'This comment no longer silences anything (every-question), so it only hides future problems. Remove it.',
          ],
        ],
      );
      const fixed = applyEdits(text, result.notices[0].fixes![0].edits);
      assert.equal(fixed, survey('Because.\n\nWhy?\n'));
      assert.deepEqual(lint(fixed, options()).notices, []);
    });

    it('removing a comment that stands alone removes its line', () => {
      const text = survey('<!-- coproduction-lint-disable-next-line -->\nBecause.\n\nWhy?\n');
      const [notice] = lint(text, options()).notices;
      assert.deepEqual([notice.id, notice.message], ['unused-suppression', 'This comment no longer silences anything (any rule), so it only hides future problems. Remove it.']);
      assert.equal(applyEdits(text, notice.fixes![0].edits), survey('Because.\n\nWhy?\n'));
    });

    it('used comments, enable comments and comments for rules that do not run here are not reported', () => {
      const used = survey('Why? <!-- coproduction-lint-disable-line every-question -->\n\n<!-- coproduction-lint-disable -->\n\nHow?\n\n<!-- coproduction-lint-enable -->\n');
      assert.deepEqual(lint(used, options()).notices, []);
      // every-question does not check strategies, so a comment about it cannot be "unused" there.
      const strategy = '# Strategy\n\nBecause. <!-- coproduction-lint-disable-line every-question -->\n';
      assert.deepEqual(lint(strategy, options({ kind: 'strategy' })).notices, []);
      assert.deepEqual(lint(used, options({ settings: { rules: { 'every-question': 'off' } } })).notices, []);
    });

    it('a rule id that does not exist gets an information notice naming the known ids', () => {
      const text = survey('Why? <!-- coproduction-lint-disable-line every-question, no-such-rule -->\n');
      assert.deepEqual(
        lint(text, options()).notices.map((n) => [n.id, n.severity, n.message]),
        [['unknown-rule', 'information', "'no-such-rule' is not a rule id, so this comment does not silence it. Known ids: every-question."]],
      );
    });

    it('comments inside code are not suppressions', () => {
      assert.deepEqual(flagged(survey('```\n<!-- coproduction-lint-disable-file -->\n```\n\nWhy?\n')), ['Why?']);
    });
  });

  describe('input the parser cannot read', () => {
    it('a block nested thousands deep gets a notice and the rest is still checked', () => {
      const text = `# Survey\n\nWhy?\n\n## Deep\n\n${'> '.repeat(20000)}How?\n\n## After\n\nWhen?\n`;
      const result = lint(text, options());
      assert.deepEqual(flagged(text), ['Why?', 'When?']);
      assert.deepEqual(
        result.notices.map((n) => [n.id, n.severity, text.slice(n.start, n.end), n.message]),
        [
          [
            'unread',
            'warning',
            '## Deep',
            'This part of the draft could not be read as Markdown (it is nested too deeply), so it was not checked. Flatten the nested quotes or lists.',
          ],
        ],
      );
    });
  });

  describe('settings', () => {
    it('keeps valid parts and explains the rest', () => {
      const { settings, problems } = readSettings(
        { rules: { 'every-question': 'info', 'no-such-rule': 'off', broken: 'loud' }, include: 'drafts/**' },
        [everyQuestion, broken],
      );
      assert.deepEqual(settings, { rules: { 'every-question': 'information' }, kinds: {}, options: {}, include: [] });
      assert.deepEqual(problems, [
        '"no-such-rule" is not a rule id, so its setting was ignored. Known ids: every-question, broken.',
        '"broken": "loud" is not a severity; use one of error, warning, information, hint, off.',
        '"include" must be a list of glob patterns such as ["policies/**/*.md"]; it was ignored.',
      ]);
    });

    it('reads severities per kind, accepting kind aliases and explaining mistakes', () => {
      const { settings, problems } = readSettings(
        { kinds: { plan: { 'every-question': 'error' }, memo: { 'every-question': 'off' }, survey: { nope: 'off' } } },
        [everyQuestion],
      );
      assert.deepEqual(settings.kinds, { 'engagement-plan': { 'every-question': 'error' }, survey: {} });
      assert.deepEqual(problems, [
        '"kinds": "memo" is not a document type, so its settings were ignored. Use one of: policy, strategy, engagement-plan, consultation, survey, service-design, feedback-report.',
        '"nope" is not a rule id, so its setting in "kinds"."survey" was ignored. Known ids: every-question.',
      ]);
      assert.deepEqual(readSettings({ kinds: [] }, [everyQuestion]).problems, [
        '"kinds" must be an object such as { "consultation": { "purpose-missing": "error" } }; it was ignored.',
      ]);
    });

    it('rule options take the user value when it has the declared type, else the default', () => {
      const withLimit = defineBlockRule({
        ...everyQuestion,
        id: 'long-question',
        options: { maxWords: { default: 3, description: 'Longest question in words.' } },
        check(block, context) {
          for (const q of block.questions) {
            const s = block.sentences[q.sentence];
            if (s.text.split(' ').length > (context.options.maxWords as number)) context.report({ messageId: 'found', data: { n: 0, text: s.text }, start: s.start, end: s.end });
          }
        },
      });
      const text = '# Survey\n\nWhat do you think of it?\n';
      const found = (settings: Partial<LintSettings>) => lint(text, { rules: [withLimit], docsUrl: () => '', kind: 'survey', settings }).findings.length;
      assert.equal(found({}), 1);
      assert.equal(found({ options: { 'long-question': { maxWords: 10 } } }), 0);
      assert.equal(found({ options: { 'long-question': { maxWords: 'ten' } } }), 1);
      const { settings, problems } = readSettings(
        { options: { 'long-question': { maxWords: 10, minWords: 2 }, 'every-question': { x: 1 }, other: [] } },
        [withLimit, everyQuestion],
      );
      assert.deepEqual(settings.options, { 'long-question': { maxWords: 10 } });
      assert.deepEqual(problems, [
        '"options"."long-question": "minWords" is not an option of this rule; known: maxWords.',
        '"options": "every-question" is not a rule with options, so its options were ignored. Rules with options: long-question.',
        '"options": "other" is not a rule with options, so its options were ignored. Rules with options: long-question.',
      ]);
      assert.deepEqual(readSettings({ options: { 'long-question': { maxWords: '10' } } }, [withLimit]).problems, [
        '"options"."long-question"."maxWords" must be a number (default 3); it was ignored.',
      ]);
    });

    it('null settings mean defaults', () => {
      assert.deepEqual(readSettings(null, [everyQuestion]), { settings: { rules: {}, kinds: {}, options: {}, include: [] }, problems: [] });
    });
  });
});
