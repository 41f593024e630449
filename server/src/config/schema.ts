// The JSON schema VS Code uses to check and complete config files. Made from the rule registry;
// docs/coproduction-lint.schema.json is its output (npm run sync), and a unit test keeps the two equal.

import { DOCUMENT_KINDS, SEVERITIES, type Rule } from '../engine';

export function configSchema(rules: readonly Rule[]): Record<string, unknown> {
  const severity = { type: 'string', enum: [...SEVERITIES, 'off'] };
  const severities = (what: string) => ({
    type: 'object',
    description: what,
    properties: Object.fromEntries(rules.map((r) => [r.id, { ...severity, description: r.summary }])),
    additionalProperties: false,
  });
  const globs = (description: string) => ({ type: 'array', items: { type: 'string' }, uniqueItems: true, description });
  const phrases = (description: string) => ({ type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, uniqueItems: true, description });
  const withOptions = rules.filter((r) => r.options && Object.keys(r.options).length > 0);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Co-production Lint configuration',
    description: 'Settings for checking the policy drafts in this folder and the folders below it. They win over VS Code settings; front matter in a draft wins over them.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Another config file (or a list of them) whose settings this file builds on, as a path relative to this file.',
        oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
      },
      rules: severities('How each rule is reported, or "off" to turn it off. Rules not listed keep their default.'),
      kinds: {
        type: 'object',
        description: 'Rule severities for one kind of draft; they win over "rules" for drafts of that kind.',
        properties: Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, severities(`Rule severities for drafts of kind "${k}".`)])),
        additionalProperties: false,
      },
      options: {
        type: 'object',
        description: 'Options for the rules that have them.',
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
      },
      include: globs('Files to check as policy drafts whatever their title, as glob patterns relative to this file, such as "policies/**/*.md".'),
      exclude: globs('Files never to check, as glob patterns relative to this file, such as "archive/**".'),
      vocabulary: {
        type: 'object',
        description: 'Words for your area that the rules should know.',
        properties: {
          groups: phrases('Extra names of stakeholder groups, such as "Friends of Hilltop Park".'),
          plainWords: {
            type: 'object',
            description: 'Extra words to avoid, each with a plain alternative, such as { "synergise": "work together" }.',
            additionalProperties: { type: 'string', minLength: 1, maxLength: 200 },
          },
          allowedPhrases: phrases('Phrases never flagged, such as the name of a programme: "Hard to Reach Fund".'),
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
}
