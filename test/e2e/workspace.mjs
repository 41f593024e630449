// The workspace folder the e2e tests open: a fresh copy in a temp directory, so tests never touch
// the repository. Shared by run-code-server.mjs and run-test-electron.mjs; the layout is what
// test/e2e/fixtures.ts expects.
//
//   README.md, weak-engagement-plan.md, strong-engagement-plan.md, consultation-survey.md
//                                  copies of examples/ (opened and read, never edited)
//   edits/*.md                     copies of the weak plan, one per test that edits a file
//   edits/notes.md                 meeting notes (not a policy draft) to mark as one
//   drafts/library-consultation.md a consultation (by its title) that no test opens
//   drafts/bus-strategy.md         a strategy (by front matter) that no test opens
//   drafts/team-notes.md           meeting notes, not a policy draft, that no test opens

import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLES = ['README.md', 'weak-engagement-plan.md', 'strong-engagement-plan.md', 'consultation-survey.md'];
export const EDIT_COPIES = ['rewrite.md', 'insert-section.md', 'ignore-line.md', 'snippet.md', 'settings.md', 'restart.md'];

const NOTES = `# Notes from the Tuesday team meeting

We talked about the new opening hours. Do you agree that we should open on Sundays?
`;

const DRAFTS = {
  'library-consultation.md': `# Library opening hours consultation

## Why we are asking

We need to set new opening hours for the central library by May 2027. No decision has been made.

## Questions

1. Do you agree that the library should close on Mondays?
2. How satisfied are you with the opening hours and the study spaces?
`,
  'bus-strategy.md': `---
type: strategy
---

# Rural bus services

## What we plan to do

We will review every rural bus route next year and publish a new timetable.

## Who we will involve

| Group | How they are affected | How we will reach them |
|---|---|---|
| People without a car | They rely on the buses | Leaflets on every bus |

We will tell people what we heard and report back.
`,
  'team-notes.md': `# Notes from the Tuesday team meeting

We talked about the opening hours and the rota. Sam will book the room for next week.
`,
};

/** Fills `dir` (created if needed) with the e2e workspace; `root` is the repository root. */
export function prepareWorkspace(root, dir) {
  mkdirSync(join(dir, 'edits'), { recursive: true });
  mkdirSync(join(dir, 'drafts'), { recursive: true });
  for (const name of EXAMPLES) cpSync(join(root, 'examples', name), join(dir, name));
  for (const name of EDIT_COPIES) cpSync(join(root, 'examples', 'weak-engagement-plan.md'), join(dir, 'edits', name));
  writeFileSync(join(dir, 'edits', 'notes.md'), NOTES);
  for (const [name, text] of Object.entries(DRAFTS)) writeFileSync(join(dir, 'drafts', name), text);
  return dir;
}
