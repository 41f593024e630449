// The four size tiers the bench runs on: the shared corpus of real documents when it is there
// (`../shared/corpus` from the repo root, or the folder in env CORPUS), else generated policy
// drafts. The generator is deterministic, so the same tier is the same text on every machine.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const TIERS = [
  { name: '10k', label: '10 KB', bytes: 10_000 },
  { name: '100k', label: '100 KB', bytes: 100_000 },
  { name: '1m', label: '1 MB', bytes: 1_000_000 },
  { name: '10m', label: '10 MB', bytes: 10_000_000 },
];

/** Resolves each tier to a file; generates the missing corpus into `outDir` when needed. */
export function tierFiles(repoRoot, outDir) {
  const asked = process.env.CORPUS;
  const folder = resolve(repoRoot, asked ?? '../shared/corpus');
  const present = TIERS.every((t) => existsSync(join(folder, `tier-${t.name}.md`)));
  if (present) {
    const files = TIERS.map((t) => ({ ...t, file: join(folder, `tier-${t.name}.md`) }));
    return { source: `the shared corpus in ${relative(repoRoot, folder) || '.'}`, generated: false, files };
  }
  if (asked) throw new Error(`CORPUS=${asked}: ${folder} has no tier-10k.md … tier-10m.md`);
  return { source: `generated policy drafts (no corpus in ${relative(repoRoot, folder)})`, generated: true, files: generatedFiles(outDir) };
}

/** Writes the generated tiers to `outDir`/corpus (once per run) and returns them. */
export function generatedFiles(outDir) {
  const dir = join(outDir, 'corpus');
  mkdirSync(dir, { recursive: true });
  const full = generate(TIERS[TIERS.length - 1].bytes);
  return TIERS.map((t) => {
    const file = join(dir, `tier-${t.name}.md`);
    writeFileSync(file, prefix(full, t.bytes));
    return { ...t, file };
  });
}

/**
 * The share of the text (by length) in blank-line-separated blocks that already appeared earlier.
 * A checker that parses a repeated block once is flattered by a text that repeats itself.
 */
export function repeatedShare(text) {
  const seen = new Set();
  let repeated = 0;
  for (const block of text.split(/\n[ \t]*\n/)) {
    if (seen.has(block)) repeated += block.length;
    else seen.add(block);
  }
  return repeated / text.length;
}

/** Cuts at the first section break at or after `bytes`, so every tier is a prefix of the next. */
function prefix(text, bytes) {
  if (text.length <= bytes) return text;
  const cut = text.indexOf('\n\n## ', bytes);
  return cut < 0 ? text : text.slice(0, cut + 1);
}

// ---- the generator ----------------------------------------------------------------------------

function random(seed) {
  // mulberry32
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['adult social care', 'home-to-school transport', 'library services', 'council tax support', 'parks and open spaces', 'housing repairs', 'bus services', 'youth services', 'waste and recycling', 'mental health support', 'disabled facilities grants', 'community safety'];
const GROUPS = ['disabled people', 'unpaid carers', 'young people', 'council tenants', 'older residents', 'parents and carers', 'local businesses', 'voluntary and community groups', 'people who do not speak English as a first language', 'staff in frontline teams'];
const PLACES = ['Northshire', 'the borough', 'the city centre', 'rural parishes', 'the eastern wards', 'market towns'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'];
const VERBS = ['review', 'redesign', 'reduce', 'extend', 'simplify', 'move online', 'bring together', 'change the eligibility rules for'];
const SENTENCES = [
  'We want to {verb} {subject} so that it works better for {group} in {place}.',
  'The current arrangements were set up in {year} and have not been reviewed since.',
  'Spending on {subject} has risen by {n} per cent over the last five years, while demand from {group} has grown faster.',
  'We have talked to {group} and to {group2}, and what they told us has shaped these proposals.',
  'In order to make a decision, the council needs to understand how the changes would affect {group}.',
  'Some people told us that the service is hard to reach from {place}, especially without a car.',
  'We will publish a summary of the responses and what we did about them by {month} {year2}.',
  'No decision has been made yet, and we will consider every response before the Cabinet meets in {month}.',
  'An equality impact assessment is available on the council website and in libraries.',
  'If you need this document in another format, such as large print, Easy Read or another language, please contact us.',
  'The proposals would affect around {n},{n3} households, most of them in {place}.',
  'Our aim is to design the service with the people who use it, not just for them.',
  'We recognise that a number of people rely on {subject} every day, and that change can be worrying.',
  'Staff will be trained before any change takes effect, and there will be a period of support afterwards.',
  'We looked at what other councils have done, including shared services and community-run options.',
];
const QUESTIONS = [
  'Do you agree or disagree with the proposal to {verb} {subject}?',
  'How would the proposed changes affect you or people you care for?',
  'Don\'t you agree that we should {verb} {subject} to save money?',
  'Which of the options below would work best for {group}?',
  'What else should we consider before we make a decision?',
  'How satisfied are you with {subject} and the way it is run?',
  'Is there anything that would make it easier for {group} to take part?',
];

function generate(bytes) {
  const rnd = random(20261121);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const fill = (template) =>
    template.replace(/\{(\w+)\}/g, (_, name) =>
      ({
        verb: pick(VERBS),
        subject: pick(SUBJECTS),
        group: pick(GROUPS),
        group2: pick(GROUPS),
        place: pick(PLACES),
        month: pick(MONTHS),
        year: String(int(1998, 2016)),
        year2: String(int(2026, 2028)),
        n: String(int(2, 40)),
        n3: String(int(100, 999)),
      })[name],
    );
  const paragraph = () => Array.from({ length: int(2, 6) }, () => fill(pick(SENTENCES))).join(' ');
  const list = (ordered) =>
    Array.from({ length: int(3, 7) }, (_, i) => `${ordered ? `${i + 1}.` : '*'} ${fill(pick(SENTENCES)).replace(/\.$/, '')}${ordered ? '.' : ''}`).join('\n');
  const table = () => {
    const rows = Array.from({ length: int(3, 6) }, (_, i) => `| Stage ${i + 1} | ${pick(MONTHS)} ${int(2026, 2028)} | ${fill(pick(SENTENCES))} |`);
    return ['| Stage | When | What happens |', '| --- | --- | --- |', ...rows].join('\n');
  };
  const link = () => `Read the [background paper](https://www.gov.uk/government/consultations/${pick(SUBJECTS).replace(/ /g, '-')}) for the evidence behind this.`;

  const parts = [];
  let size = 0;
  let draft = 0;
  let question = 0;
  const push = (block) => {
    parts.push(block);
    size += block.length + 2;
  };
  while (size < bytes) {
    draft++;
    question = 0;
    const subject = pick(SUBJECTS);
    push(`# Proposals to ${pick(VERBS)} ${subject}: consultation draft ${draft}`);
    push(paragraph());
    for (let s = 0, sections = int(4, 8); s < sections; s++) {
      const kind = s === 0 ? 'intro' : pick(['prose', 'prose', 'list', 'table', 'questions', 'quote', 'sub']);
      push(`## ${s + 1}. ${kind === 'questions' ? 'Questions' : fill(pick(['Who this affects', 'What we propose', 'Why we are consulting', 'How to respond', 'What happens next', 'Options for {subject}', 'Feedback from {group}']))}`);
      push(paragraph());
      if (kind === 'list') push(list(rnd() < 0.5));
      if (kind === 'table') push(table());
      if (kind === 'quote') push(`> ${paragraph()}`);
      if (kind === 'prose' || kind === 'intro') push(paragraph() + ' ' + link());
      if (kind === 'sub') {
        push(`### ${fill('Option {n}: {verb} {subject}')}`);
        push(paragraph());
        push(list(false));
      }
      if (kind === 'questions') {
        for (let q = 0, n = int(2, 5); q < n; q++) {
          push(`**Question ${++question}:** ${fill(pick(QUESTIONS))}`);
          if (rnd() < 0.4) push(['* Strongly agree', '* Agree', '* Neither agree nor disagree', '* Disagree', '* Strongly disagree'].join('\n'));
        }
      }
    }
  }
  return parts.join('\n\n') + '\n';
}
