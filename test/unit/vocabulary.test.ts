// The user's vocabulary from a config file reaching the rules through check(), as the CLI and the
// language server call it: own group names count as named groups, own words to avoid are flagged,
// and the incremental checker follows a changed vocabulary without a stale answer.

import assert from 'node:assert/strict';
import { check, createIncrementalChecker } from '../../server/src/checker';
import type { LintSettings } from '../../server/src/engine';

const DRAFT = `---
type: consultation
---
# Hilltop Park consultation

## Who we will involve

We will ask the Hilltoppers what they think.

## People we do not often hear from

We rarely hear from the Friends of Hilltop Park. We will run sessions with them at the park café.

## What we will do

We will synergise the two budgets.
`;

const VOCABULARY: LintSettings['vocabulary'] = {
  groups: ['hilltoppers', 'Friends of Hilltop Park'],
  plainWords: { synergise: 'combine' },
  allowedPhrases: [],
};

const RULES = ['stakeholders-missing', 'seldom-heard-groups-missing', 'words-to-avoid'];

function found(result: ReturnType<typeof check>) {
  return result.findings
    .filter((f) => RULES.includes(f.ruleId))
    .map((f) => ({ rule: f.ruleId, at: result.document.text.slice(f.start, f.end), message: f.message }));
}

const WITHOUT = [
  {
    rule: 'stakeholders-missing',
    at: '## Who we will involve',
    message:
      'This section does not name any group, so nobody can check who will be asked. List each group the decision affects, such as residents, carers, staff or local organisations, and how you will reach it.',
  },
  {
    rule: 'seldom-heard-groups-missing',
    at: 'People we do not often hear from',
    message:
      'This speaks of people you rarely hear from only in general words, so nobody can check that they will be reached. Name the groups (for example young carers, Deaf BSL users or Gypsy, Roma and Traveller families) and say how you will reach each one.',
  },
];

const WITH = [
  {
    rule: 'words-to-avoid',
    at: 'synergise',
    message: "'synergise' is on your own list of words to avoid (the vocabulary in your configuration file). Try 'combine'.",
  },
];

describe('vocabulary from the configuration', () => {
  it('without it, own group names are not groups and own words are not flagged', () => {
    assert.deepEqual(found(check(DRAFT)), WITHOUT);
  });

  it('with it, own group names count as groups and own words are flagged with their alternative', () => {
    const result = check(DRAFT, { settings: { vocabulary: VOCABULARY } });
    assert.deepEqual(found(result), WITH);
    const synergise = result.findings.find((f) => f.ruleId === 'words-to-avoid')!;
    assert.deepEqual(synergise.fixes.map((f) => [f.title, f.edits.map((e) => e.newText)]), [["Replace with 'combine'", ['combine']]]);
  });

  it('an allowed phrase still silences an own word', () => {
    const result = check(DRAFT, { settings: { vocabulary: { ...VOCABULARY, allowedPhrases: ['synergise the two budgets'] } } });
    assert.deepEqual(found(result), []);
  });

  it('the incremental checker follows a changed vocabulary (no stale block facts or findings)', () => {
    const checker = createIncrementalChecker();
    assert.deepEqual(found(checker.check(DRAFT)), WITHOUT);
    assert.deepEqual(found(checker.check(DRAFT, { settings: { vocabulary: VOCABULARY } })), WITH);
    // An equal vocabulary in a new object gives the same answer.
    assert.deepEqual(found(checker.check(DRAFT, { settings: { vocabulary: JSON.parse(JSON.stringify(VOCABULARY)) } })), WITH);
    // Only "hilltoppers": the stakeholder section names a group, and that group, named nowhere
    // with a way of reaching it, is what seldom-heard-groups-missing now points at.
    assert.deepEqual(found(checker.check(DRAFT, { settings: { vocabulary: { groups: ['hilltoppers'], plainWords: {}, allowedPhrases: [] } } })), [
      {
        rule: 'seldom-heard-groups-missing',
        at: 'We will ask the Hilltoppers what they think.',
        message:
          'This names groups but nothing nearby says how you will reach them, so they may still not be heard. Say how, for example through partners they trust, sessions where they already meet, or translated and Easy Read materials.',
      },
    ]);
    assert.deepEqual(found(checker.check(DRAFT)), WITHOUT);
    // An edit elsewhere keeps the answer for the new vocabulary.
    const edited = DRAFT.replace('## What we will do', '## What we will do next');
    assert.deepEqual(found(checker.check(edited, { settings: { vocabulary: VOCABULARY } })), WITH);
  });

  it('odd vocabulary never crashes and never matches everything', () => {
    const odd = {
      groups: ['', '   ', '(', '.*', 'a'.repeat(500), '\u0000', '[x]'],
      plainWords: { '': 'x', '  ': 'y', '.*': 'z', '(?:a+)+$': 'w', ['x'.repeat(300)]: 'v' },
      allowedPhrases: [],
    };
    const result = check(DRAFT, { settings: { vocabulary: odd } });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(found(result), WITHOUT);
  });

  it('many own words on a long draft stay quick and linear', () => {
    const plainWords: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) plainWords[`jargonword${i}`] = `plain${i}`;
    plainWords['a a a a a a a a a a a a a a a a a a a a b'] = 'c';
    const groups = Array.from({ length: 2000 }, (_, i) => `group number ${i}`);
    const body = `${'a '.repeat(20000)}\n\nWe will use jargonword1999 here.\n`;
    const started = process.hrtime.bigint();
    const result = check(`---\ntype: consultation\n---\n# Plan\n\n${body}`, { settings: { vocabulary: { groups, plainWords, allowedPhrases: [] } } });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId === 'words-to-avoid').map((f) => result.document.text.slice(f.start, f.end)),
      ['jargonword1999'],
    );
    assert.ok(ms < 2000, `took ${ms} ms`);
  });
});
