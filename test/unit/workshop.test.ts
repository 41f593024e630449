// For trainers: the workshop-mode reflection prompts in hovers, the before/after example pairs
// in examples/workshop/ (driven by the table in examples/README.md, so the two cannot drift), and
// the walkthrough's step texts, media and example drafts.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, check } from '../../server/src/checker';
import { hoverAt } from '../../server/src/lsp/hover';
import { PARTICIPATION_PROMPT, REFLECTION_PROMPTS, reflectionPrompt } from '../../server/src/lsp/reflection-prompts';
import snippets from '../../snippets/markdown.json';

const ROOT = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('workshop mode reflection prompts', () => {
  it('has exactly one prompt for every rule in the registry', () => {
    assert.deepEqual(Object.keys(REFLECTION_PROMPTS).sort(), allRules.map((r) => r.id).sort());
    for (const rule of allRules) assert.equal(reflectionPrompt(rule.id), REFLECTION_PROMPTS[rule.id]);
  });

  it('gives no prompt for an unknown id, even one that names an object property', () => {
    assert.equal(reflectionPrompt('no-such-rule'), undefined);
    assert.equal(reflectionPrompt('constructor'), undefined);
    assert.equal(reflectionPrompt('__proto__'), undefined);
  });

  it('asks one short, distinct question each, in plain words', () => {
    const prompts = [...Object.values(REFLECTION_PROMPTS), PARTICIPATION_PROMPT];
    assert.equal(new Set(prompts).size, prompts.length, 'no two prompts are the same');
    for (const prompt of prompts) {
      assert.match(prompt, /^[A-Z"].*\?$/, `a question: ${prompt}`);
      assert.ok(prompt.split(/\s+/).length <= 25, `at most 25 words: ${prompt}`);
    }
  });

  it('passes the plain-English rules itself', () => {
    for (const prompt of [...Object.values(REFLECTION_PROMPTS), PARTICIPATION_PROMPT]) {
      const findings = check(`# Parks policy\n\n${prompt}\n`, { kind: 'policy' }).findings;
      assert.deepEqual(findings.filter((f) => ['words-to-avoid', 'undefined-acronym', 'long-sentence'].includes(f.ruleId)).map((f) => f.message), [], prompt);
    }
  });
});

describe('hover in workshop mode', () => {
  const TEXT = `# Library opening hours consultation

## Why we are asking

We need to decide the new opening hours by May 2027. No final decision has been made.

## Questions

1. Do you agree that the library should open later on weekday mornings?
`;
  const doc = TextDocument.create('file:///drafts/library.md', 'markdown', 1, TEXT);
  const result = check(TEXT, { path: 'drafts/library.md' });
  const at = (needle: string) => doc.positionAt(TEXT.indexOf(needle) + 3);
  const value = (hover: Hover | null) => {
    assert.ok(hover, 'a hover');
    return (hover.contents as MarkupContent).value;
  };

  it('leaves hovers as they were when workshop mode is off or not given', () => {
    const plain = value(hoverAt(result, doc, at('Do you agree')));
    assert.equal(value(hoverAt(result, doc, at('Do you agree'), { workshop: false })), plain);
    assert.ok(!plain.includes('For discussion'), plain);
    assert.ok(!value(hoverAt(result, doc, at('Library opening'))).includes('For discussion'));
  });

  it('adds the rule’s prompt after how to fix it and before the link to the rule page', () => {
    const text = value(hoverAt(result, doc, at('Do you agree'), { workshop: true }));
    const rule = allRules.find((r) => r.id === 'leading-question')!;
    const fix = text.indexOf(`**How to fix it:** ${rule.howToFix}`);
    const prompt = text.indexOf(`> **For discussion:** ${REFLECTION_PROMPTS['leading-question']}`);
    const link = text.indexOf('[Read more about leading-question]');
    assert.ok(fix >= 0 && prompt > fix && link > prompt, text);
    assert.equal(text.split('For discussion').length - 1, 1, 'one prompt for one finding');
  });

  it('gives each finding on the title its own prompt, after the ladder and its own question', () => {
    const text = value(hoverAt(result, doc, at('Library opening'), { workshop: true }));
    const onTitle = result.findings.filter((f) => f.start === 0).map((f) => f.ruleId);
    assert.ok(onTitle.includes('stakeholders-missing'), `findings on the title: ${onTitle.join(', ')}`);
    const ladder = text.indexOf(`> **For discussion:** ${PARTICIPATION_PROMPT}`);
    assert.ok(ladder > text.indexOf('**Participation level'), text);
    for (const id of onTitle) assert.ok(text.indexOf(`> **For discussion:** ${REFLECTION_PROMPTS[id]}`) > ladder, id);
    assert.equal(text.split('For discussion').length - 1, onTitle.length + 1);
  });

  it('shows nothing where there is nothing to explain', () => {
    const title = result.document.title!;
    const quiet = [...TEXT].findIndex((_, i) => i > title.end && !result.findings.some((f) => f.start <= i && i <= f.end));
    assert.ok(quiet > 0, 'the draft has text with no finding on it');
    assert.equal(hoverAt(result, doc, doc.positionAt(quiet), { workshop: true }), null);
  });
});

/** The rows of the workshop table in examples/README.md: files and the rules that tell them apart. */
function workshopTable(): Array<{ principle: string; before: string; after: string; rules: string[] }> {
  const rows = [...read('examples/README.md').matchAll(/^\| ([^|]+) \| `([\w-]+-before\.md)`, `([\w-]+-after\.md)` \| (.+) \|$/gm)];
  return rows.map((m) => ({
    principle: m[1].trim(),
    before: m[2],
    after: m[3],
    rules: [...m[4].matchAll(/`([a-z-]+)`/g)].map((r) => r[1]),
  }));
}

describe('examples/workshop before/after pairs', () => {
  const table = workshopTable();
  const ids = (file: string) => {
    const path = `examples/workshop/${file}`;
    const result = check(read(path), { path });
    assert.notEqual(result.kind, null, `${file} is checked as a draft`);
    return new Set(result.findings.map((f) => f.ruleId));
  };

  it('the README table has a pair for each principle, and lists every file in the folder once', () => {
    assert.deepEqual(
      table.map((row) => row.before.replace(/-before\.md$/, '')),
      ['stakeholders', 'seldom-heard', 'power-sharing', 'purpose', 'accessibility', 'channels', 'feedback-loop', 'time-to-respond', 'questions'],
    );
    const listed = table.flatMap((row) => [row.before, row.after]).sort();
    assert.deepEqual(readdirSync(join(ROOT, 'examples/workshop')).sort(), listed);
    for (const row of table) assert.equal(row.after, row.before.replace(/-before\.md$/, '-after.md'));
  });

  it('names only rules that exist', () => {
    const known = new Set(allRules.map((r) => r.id));
    for (const row of table) {
      assert.ok(row.rules.length > 0, row.principle);
      for (const id of row.rules) assert.ok(known.has(id), `${row.principle}: ${id}`);
    }
  });

  for (const row of workshopTable()) {
    it(`${row.principle}: ${row.rules.join(', ')} fire on the "before" and not on the "after"`, () => {
      const before = ids(row.before);
      const after = ids(row.after);
      assert.deepEqual(row.rules.filter((id) => !before.has(id)), [], `missing on ${row.before}`);
      assert.deepEqual(row.rules.filter((id) => after.has(id)), [], `still on ${row.after}`);
    });
  }
});

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string };
  completionEvents?: string[];
}

describe('walkthrough', () => {
  const walkthroughs: Array<{ id: string; title: string; description: string; steps: Step[] }> = JSON.parse(read('package.json')).contributes.walkthroughs;
  const steps = walkthroughs[0].steps;
  /** Commands the step buttons run: VS Code's own, and the two this extension must register. */
  const BUILT_IN = ['workbench.actions.view.problems', 'editor.action.showHover', 'editor.action.quickFix'];
  const OURS = ['coproductionLint.openExample', 'coproductionLint.showReport'];

  it('walks through the trainer’s steps in order', () => {
    assert.equal(walkthroughs.length, 1);
    assert.deepEqual(
      steps.map((s) => s.id),
      ['openWeakExample', 'seeProblems', 'hoverProblem', 'applyFix', 'insertSection', 'openReport', 'compareStrong'],
    );
  });

  it('keeps each step short: a title of a few words and at most three sentences', () => {
    for (const step of steps) {
      assert.ok(step.title.split(' ').length <= 6, step.title);
      const prose = step.description.replace(/\n\[[^\]]+\]\([^)]+\)$/, '');
      assert.ok(prose.length <= 200, `${step.id}: ${prose.length} characters`);
      assert.ok((prose.match(/[.!?](\s+[A-Z]|$)/g) ?? []).length <= 3, `${step.id}: ${prose}`);
    }
  });

  it('has a Markdown page for every step, and every image it shows is a local SVG', () => {
    for (const step of steps) {
      const page = step.media.markdown!;
      assert.match(page, /^docs\/walkthrough\/[a-z-]+\.md$/);
      const text = read(page);
      assert.match(text, /^# \S/, `${page} starts with a heading`);
      assert.equal(check(text, { path: page }).kind, null, `${page} is not mistaken for a draft in a workspace`);
      for (const image of text.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)) {
        assert.match(image[1], /^[a-z-]+\.svg$/, `${page}: ${image[1]}`);
        assert.ok(existsSync(join(ROOT, dirname(page), image[1])), `${page}: ${image[1]} exists`);
      }
    }
  });

  it('its SVG images have a title and description, and run or fetch nothing', () => {
    const svgs = readdirSync(join(ROOT, 'docs/walkthrough')).filter((f) => f.endsWith('.svg'));
    assert.ok(svgs.length >= 2);
    for (const file of svgs) {
      const svg = read(`docs/walkthrough/${file}`);
      assert.match(svg, /<title id="title">[^<]+<\/title>/, file);
      assert.match(svg, /<desc id="desc">[^<]+<\/desc>/, file);
      assert.doesNotMatch(svg, /<script|<foreignObject|\bon\w+=|href=|url\(/i, file);
    }
  });

  it('runs only known commands, and every step but the last is completed by an event', () => {
    for (const step of steps) {
      for (const link of step.description.matchAll(/\]\(command:(?:toSide:)?([\w.]+)(\?[^)]*)?\)/g)) {
        assert.ok([...BUILT_IN, ...OURS].includes(link[1]), `${step.id}: ${link[1]}`);
        if (link[2]) assert.ok(Array.isArray(JSON.parse(decodeURIComponent(link[2].slice(1)))), `${step.id}: arguments are a JSON array`);
      }
      for (const event of step.completionEvents ?? []) assert.match(event, /^(onCommand:[\w.]+|onView:[\w.]+)$/, step.id);
    }
    // The last step opens the same command as the first, so it completes when its button is used.
    assert.deepEqual(steps.filter((s) => !s.completionEvents?.length).map((s) => s.id), ['compareStrong']);
  });

  it('opens the weak and the strong example by argument', () => {
    assert.ok(steps[0].description.includes('coproductionLint.openExample?%5B%22weak%22%5D'));
    assert.ok(steps[6].description.includes('coproductionLint.openExample?%5B%22strong%22%5D'));
  });

  it('ships the same example drafts as examples/, with the gaps and strengths its pages describe', () => {
    for (const name of ['weak-engagement-plan.md', 'strong-engagement-plan.md']) {
      assert.equal(read(`docs/walkthrough/drafts/${name}`), read(`examples/${name}`), name);
    }
    const weak = check(read('docs/walkthrough/drafts/weak-engagement-plan.md'));
    const found = new Set(weak.findings.map((f) => f.ruleId));
    for (const id of ['power-sharing-missing', 'offline-channels-missing', 'feedback-loop-missing', 'leading-question']) assert.ok(found.has(id), id);
    assert.equal(weak.participation?.level, 'involve', 'the ladder picture marks the weak plan at involve');
    const question1 = weak.findings.find((f) => f.ruleId === 'leading-question')!;
    assert.match(weak.document.text.slice(question1.start, question1.end), /^Do you agree that bringing services together/);
    assert.equal(question1.fixes[0].edits[0].newText.startsWith('To what extent do you agree or disagree'), true);
    const strong = check(read('docs/walkthrough/drafts/strong-engagement-plan.md'));
    assert.deepEqual(strong.findings, []);
    assert.equal(strong.participation?.level, 'co-produce', 'the ladder picture marks the strong plan at co-produce');
  });

  it('names only snippet prefixes that exist', () => {
    const prefixes = new Set(Object.values(snippets).flatMap((s) => s.prefix));
    const named = [...read('docs/walkthrough/insert-snippet.md').matchAll(/`(coprod-[a-z-]+)`/g)].map((m) => m[1]);
    const step = steps.find((s) => s.id === 'insertSection')!;
    named.push(...[...step.description.matchAll(/\b(coprod-[a-z-]+)/g)].map((m) => m[1]));
    assert.ok(named.length >= 5);
    for (const prefix of named) assert.ok(prefixes.has(prefix), prefix);
  });

  it('ships with the extension, with the commands its buttons run', () => {
    const manifest = JSON.parse(read('package.json'));
    const ignore = read('.vscodeignore').split('\n').map((l) => l.trim());
    assert.ok(ignore.includes('!docs/walkthrough/**'), '.vscodeignore ships docs/walkthrough/**');
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
    for (const id of OURS) assert.ok(commands.includes(id), `${id} is contributed`);
  });
});
