// The parts of README.md, package.json and the snippets that are derived from the rule metadata.
// `npm run sync` writes them; test/unit/generated.test.ts fails when they are out of step.

import { readFileSync } from 'node:fs';
import { allRules, check } from '../../server/src/checker';
import { configSchema } from '../../server/src/config';
import { DOCUMENT_KINDS, ruleSeverity, SEVERITIES, type DocumentKind, type Rule, type SeveritySetting } from '../../server/src/engine';

const SHORT: Record<SeveritySetting, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint', off: '—' };

/** The kind a rule's own examples are checked as (also used by the docs guard test). */
export function exampleKind(rule: Rule): DocumentKind {
  return rule.appliesTo.includes('consultation') ? 'consultation' : rule.appliesTo[0];
}

/** What the rule's quick fix does, from the first fix its flagged example is offered. */
export function quickFixSummary(rule: Rule): string {
  const finding = check(rule.example.flagged, { kind: exampleKind(rule) }).findings.find((f) => f.ruleId === rule.id);
  const title = finding?.fixes[0]?.title;
  return title ? title[0].toLowerCase() + title.slice(1) : '—';
}

export function rulesTable(rules: readonly Rule[] = allRules): string {
  const rows = rules.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.summary} | ${SHORT[r.defaultSeverity]} | ${quickFixSummary(r)} |`);
  return ['| Rule | What it checks | Default | Quick fix |', '|---|---|---|---|', ...rows].join('\n');
}

/** Which rules apply to which kind of draft, and how loudly. */
export function kindsTable(rules: readonly Rule[] = allRules): string {
  const header = `| Rule | ${DOCUMENT_KINDS.map((k) => k.replace('-', ' ')).join(' | ')} |`;
  const rule = `|---|${DOCUMENT_KINDS.map(() => ':-:').join('|')}|`;
  const rows = rules.map((r) => `| \`${r.id}\` | ${DOCUMENT_KINDS.map((k) => SHORT[ruleSeverity(r, k)]).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

/** Replaces the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
export function replaceGenerated(text: string, name: string, content: string): string {
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`README.md has no ${open} … ${close} markers`);
  return `${text.slice(0, start + open.length)}\n${content}\n${text.slice(end)}`;
}

/** The snippets users can type, from the snippets file itself. */
export function snippetsTable(snippetsJson: string): string {
  const all = JSON.parse(snippetsJson) as Record<string, { prefix: string[]; description: string }>;
  const rows = Object.values(all).map((s) => `| \`${s.prefix[0]}\` | ${s.description} |`);
  return ['| Prefix | Inserts |', '|---|---|', ...rows].join('\n');
}

export function readme(current: string): string {
  const snippetsJson = readFileSync('snippets/markdown.json', 'utf8');
  let text = replaceGenerated(current, 'rules', rulesTable());
  text = replaceGenerated(text, 'kinds', kindsTable());
  return replaceGenerated(text, 'snippets', snippetsTable(snippetsJson));
}

const SEVERITY_SCHEMA = {
  type: 'string',
  enum: [...SEVERITIES, 'off'],
  enumDescriptions: [
    'Show as an error.',
    'Show as a warning.',
    'Show as information.',
    'Show as a hint (faint dots under the text; not listed in the Problems panel).',
    'Do not check this rule.',
  ],
};

/** package.json with the settings schema for rules, kinds and rule options derived from the registry. */
export function manifest(current: string): string {
  const pkg = JSON.parse(current);
  const properties = pkg.contributes.configuration.properties;
  const ids = allRules.map((r) => r.id);
  const perRule = Object.fromEntries(allRules.map((r) => [r.id, { ...SEVERITY_SCHEMA, description: r.summary }]));
  properties['coproductionLint.rules'] = {
    ...properties['coproductionLint.rules'],
    properties: perRule,
    propertyNames: { enum: ids },
    additionalProperties: false,
  };
  properties['coproductionLint.kinds'] = {
    type: 'object',
    default: {},
    scope: 'resource',
    markdownDescription:
      'Severity per rule for one kind of draft, which wins over `coproductionLint.rules` and can turn a rule on for a kind it does not check by default. For example: `{ "consultation": { "purpose-missing": "error" }, "strategy": { "evaluation-missing": "off" } }`. The table of defaults is in the README.',
    properties: Object.fromEntries(
      DOCUMENT_KINDS.map((k) => [
        k,
        { type: 'object', propertyNames: { enum: ids }, additionalProperties: { type: 'string', enum: [...SEVERITIES, 'off'] } },
      ]),
    ),
    additionalProperties: false,
  };
  const withOptions = allRules.filter((r) => r.options && Object.keys(r.options).length > 0);
  properties['coproductionLint.options'] = {
    type: 'object',
    default: {},
    scope: 'resource',
    markdownDescription: `Options for rules that have them, for example \`{ "response-period-missing": { "minimumWeeks": 12 } }\`.`,
    properties: Object.fromEntries(
      withOptions.map((r) => [
        r.id,
        {
          type: 'object',
          properties: Object.fromEntries(
            Object.entries(r.options!).map(([name, o]) => [name, { type: typeof o.default, default: o.default, description: o.description }]),
          ),
          additionalProperties: false,
        },
      ]),
    ),
    additionalProperties: false,
  };
  // Keep the settings in the order users read them: enable, rules, kinds, options, then the rest.
  const order = ['coproductionLint.enable', 'coproductionLint.rules', 'coproductionLint.kinds', 'coproductionLint.options'];
  pkg.contributes.configuration.properties = Object.fromEntries([
    ...order.map((k) => [k, properties[k]]),
    ...Object.entries(properties).filter(([k]) => !order.includes(k)),
  ]);
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** The sections of the draft skeleton, in order: each is the snippet a quick fix inserts. */
const SKELETON_SECTIONS = [
  'Purpose and decision',
  'What you can influence',
  'Stakeholder map',
  'Lived experience',
  'Ways to take part',
  'Formats and support',
  'Response period',
  'Open questions',
  'What happens next: the decision',
  'Feedback loop (you said, we did)',
  'Evaluation and review',
  'Equality impact',
  'How to respond and contact us',
];

const SKELETON_QUESTIONS = [
  '## Questions',
  '',
  '1. Tell us about ${1:your experience of the service}.',
  '2. What matters most to you about ${2:the service}?',
  '3. Is there anything else you would like to tell us?',
];

/** The whole-draft snippet, built from the section snippets with their tab stops renumbered. */
function skeleton(all: Record<string, { body: string[] }>): string[] {
  const lines = [
    '---',
    'type: ${1|consultation,policy,strategy,engagement-plan,survey,service-design,feedback-report|}',
    'region: ${2|england,wales,scotland,northern-ireland|}',
    '---',
    '',
    '# ${3:Title of the proposal}',
  ];
  let next = 4;
  for (const name of SKELETON_SECTIONS) {
    const body = name === 'Open questions' ? SKELETON_QUESTIONS : all[name].body;
    const numbers = new Map<string, number>();
    const text = body
      .join('\n')
      .replace(/\$0/g, '')
      .replace(/\$\{(\d+)([:|])/g, (_, n: string, mark: string) => {
        if (!numbers.has(n)) numbers.set(n, next++);
        return `\${${numbers.get(n)}${mark}`;
      });
    lines.push('', ...text.split('\n'));
  }
  lines[lines.length - 1] += '$0';
  return lines;
}

/** The snippets file: the skeleton rebuilt from its sections, and the suppression snippet offering every rule id. */
export function snippets(current: string): string {
  const all = JSON.parse(current);
  all['Policy draft skeleton'].body = skeleton(all);
  const ignore = all['Ignore a rule for one line'];
  ignore.body = [`<!-- coproduction-lint-disable-line \${1|${allRules.map((r) => r.id).join(',')}|} -- \${2:reason} -->$0`];
  return JSON.stringify(all, null, 2) + '\n';
}

export const GENERATED: ReadonlyArray<{ path: string; update(current: string): string }> = [
  { path: 'README.md', update: readme },
  { path: 'package.json', update: manifest },
  { path: 'snippets/markdown.json', update: snippets },
  { path: 'docs/coproduction-lint.schema.json', update: () => `${JSON.stringify(configSchema(allRules), null, 2)}\n` },
];
