// fast-check arbitraries for Markdown drafts: realistic pieces of UK consultation documents mixed
// with nasty ones (deep nesting, unclosed fences and comments, broken front matter, CR and CRLF,
// astral and right-to-left text, zero-width characters, NUL bytes, long lines), and random edit
// sequences over them.

import fc from 'fast-check';
import { DOCUMENT_KINDS, type DocumentKind, type SeveritySetting } from '../../server/src/engine';

// ---- words and sentences --------------------------------------------------------------------

const WORDS = [
  'the', 'council', 'library', 'residents', 'and', 'or', 'parks', 'we', 'will', 'involve', 'carers', 'staff', 'service',
  'opening', 'hours', 'bus', 'routes', 'consultation', 'feedback', 'survey', 'policy', 'people', 'affected', 'by', 'June',
  'excellent', 'much-needed', 'disastrous', 'e.g.', 'Dr.', 'etc.', 'i.e.', 'No.', '5', '2026', 'and/or', 'as', 'well',
  'Hilltop', 'Safer', 'Streets', 'Fund', "don't", "isn't", 'agree', 'support', 'oppose', 'satisfied', 'with', 'you', 'do',
];

/** Sentences that real drafts contain, several of which the rules flag. */
export const SENTENCES = [
  'Do you agree that the library should open later on weekday mornings?',
  "Don't you think the new bus routes are better?",
  'How satisfied are you with the opening hours and the staff?',
  "Would you support the council's excellent plan to save our parks?",
  'Given the rising costs, do you agree that we should close the pool?',
  'Q3. Please rate the service.',
  'Question 4: How often do you use the library?',
  'The new timetable is better, isn’t it?',
  'Which services do you pay for?',
  'Why do you oppose the new cycle lanes?',
  'We will publish what we heard and what we did by June 2026.',
  'You said, we did.',
  'Dr. Smith met residents on Jan. 5 and e.g. staff at No. 10.',
  'Experts say the plan works. Do you agree?',
  'Have you stopped using the car?',
  'Is this the right approach and should we do it sooner?',
  'We will involve these groups:',
  'Tell us anything else we should know.',
  'To what extent do you agree or disagree?',
  'Are you in favour of the proposal?',
  'Do you agree (yes/no)?',
  'Most residents told us they want longer hours. Do you?',
  'How well do we listen?',
  'Should the library remain in the town centre?',
  'We will write to everyone who responded within 12 weeks of the consultation closing.',
  'What, if anything, would you change?',
  '“Do you agree,” she asked, “that the ‘Safer Streets’ fund works?”',
  'Do you agree',
  '?',
  'Why?!',
];

const HEADINGS = [
  'Library opening hours consultation',
  'Parks strategy 2026',
  'Who we will involve',
  'What happens next',
  'How to respond',
  'Questions',
  'You said, we did',
  'Feedback',
  'Stakeholders',
  'Housing survey',
  'Timeline',
  'Contact us',
  'Notes',
];

/** Characters that break naive code: NUL, zero-width, bidi controls, astral, lone surrogates. */
export const NASTY = [
  '\u0000', '\t', '\u00a0', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069',
  '\u2028', '\u2029', '\ufeff', '\ufffc', '\ufffd', '\u000b', '\u000c', '\r',
  '🌳', '👩‍👩‍👧', '🇬🇧', '𝔘𝔎', '\ud83c', '\udf33', 'e\u0301', 'ﬁ',
  'مرحبا بالعالم', 'هل توافق على الخطة؟', 'שלום עולם', 'Ydych chi’n cytuno?', 'Ḑ̶̛͉i̷d',
];

const nasty = fc.constantFrom(...NASTY);

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: nasty },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** Inline markup around a word, including unbalanced and odd forms. */
const inline = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 1, arbitrary: word.map((w) => `**${w}**`) },
  { weight: 1, arbitrary: word.map((w) => `_${w}_`) },
  { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
  { weight: 1, arbitrary: word.map((w) => `~~${w}~~`) },
  { weight: 1, arbitrary: word.map((w) => `[${w}](https://example.org/${w.replace(/[\s()<>]/g, '-')})`) },
  { weight: 1, arbitrary: word.map((w) => `[${w}][ref]`) },
  { weight: 1, arbitrary: fc.constantFrom('[ref]', '[^1]', '![map](map.png)', '<br>', '<br/>', '\\*', '&amp;', '&#x1F600;', '&nbsp;', '**', '*', '_', '`', '[', ']', '<', '>', '|', '\\', '<https://example.org>', 'www.example.org', 'help@example.org', '<!-- note -->', '<!--', '-->', '<span>', '  \n', '\\\n') },
);

const sentence = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SENTENCES) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.array(inline, { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '?', '!', '', '…', ':', '?"', '?**', ' etc.'))
      .map(([ws, end]) => ws.join(' ') + end),
  },
);

export const paragraph = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom(' ', ' ', ' ', '\n', '  \n', '\\\n', '\t'), { minLength: 4, maxLength: 4 }))
  .map(([ss, seps]) => ss.map((s, i) => (i === 0 ? s : seps[i % seps.length] + s)).join(''));

const headingText = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HEADINGS) }, { weight: 1, arbitrary: sentence });

// ---- blocks -------------------------------------------------------------------------------------

const heading = fc
  .tuple(fc.integer({ min: 1, max: 7 }), headingText, fc.constantFrom('', '', ' #', ' ##########', ' <!-- x -->', '  ', '\t'), fc.constantFrom('', '', ' ', '   '))
  .map(([level, text, closing, indent]) => `${indent}${'#'.repeat(level)} ${text}${closing}`);

const setextHeading = fc.tuple(headingText, fc.constantFrom('===', '---', '=', '-', '= = =')).map(([t, u]) => `${t}\n${u}`);

const fence = fc
  .tuple(
    fc.constantFrom('```', '````', '~~~', '~~~~~', '``', '``` `x`'),
    fc.constantFrom('', 'markdown', 'js', ' yaml '),
    fc.array(fc.oneof(paragraph, heading, fc.constant('---'), fc.constant('<!--')), { maxLength: 3 }),
    fc.constantFrom('same', 'same', 'none', 'shorter', 'other', 'indented'),
  )
  .map(([open, info, body, close]) => {
    const closing =
      close === 'same' ? open.split(' ')[0] : close === 'shorter' ? open.slice(0, -1) : close === 'other' ? (open[0] === '`' ? '~~~' : '```') : close === 'indented' ? `    ${open}` : '';
    return [`${open}${info}`, ...body, closing].join('\n');
  });

const indentedCode = paragraph.map((p) => p.split('\n').map((l) => `    ${l}`).join('\n'));

const comment = fc.oneof(
  fc.constantFrom(
    '<!-- coproduction-lint-disable-next-line leading-question -->',
    '<!-- coproduction-lint-disable-line -->',
    '<!-- coproduction-lint-disable-file stakeholders-missing -->',
    '<!-- coproduction-lint-disable loaded-question -- quoting a resident -->',
    '<!-- coproduction-lint-enable loaded-question -->',
    '<!-- coproduction-lint-disable -->',
    '<!-- coproduction-lint-enable -->',
    '<!-- coproduction-lint-disable-line leading-question, double-barrelled-question -- -->',
    '<!-- coproduction-lint-bogus -->',
    '<!---->',
    '<!-- -- -->',
  ),
  paragraph.map((p) => `<!-- ${p} -->`),
  paragraph.map((p) => `<!--\n${p}\n`),
  paragraph.map((p) => `${p} <!-- coproduction-lint-disable-line -->`),
);

const html = fc.oneof(
  paragraph.map((p) => `<div>\n${p}\n</div>`),
  paragraph.map((p) => `<details><summary>More</summary>\n\n${p}\n\n</details>`),
  fc.constantFrom('<table><tr><td>x</td></tr></table>', '<?xml ?>', '<![CDATA[ x ]]>', '<script>', '</pre>'),
);

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Group', 'How we will reach them', 'Who', 'How they are affected', 'Residents', 'Drop-ins at libraries', 'Staff', '') },
  { weight: 2, arbitrary: sentence },
  { weight: 1, arbitrary: fc.constantFrom('a \\| b', '`|`', '**x**', '🌳', '\u200b') },
);

const table = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 4 }), fc.constantFrom('|---', '| :-- ', '|:-:', '|', '---'), fc.boolean())
  .map(([columns, rows, delimiter, outerPipes]) => {
    const row = (cells: string[]) => (outerPipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
    const header = row(rows[0].slice(0, columns).concat(Array(Math.max(0, columns - rows[0].length)).fill('h')));
    return [header, `${delimiter.repeat(columns)}|`, ...rows.slice(1).map(row)].join('\n');
  });

const definition = fc.oneof(
  fc.constantFrom('[ref]: https://example.org/ref "Reference"', '[REF]:   <https://example.org>', '[^1]: A footnote with a question?', '[empty]:', '[a\\]b]: /x', ' [x]: y'),
  word.map((w) => `[${w}]: https://example.org`),
);

const thematic = fc.constantFrom('---', '***', '___', '- - -', ' * * *');

/**
 * A very long line: 1,000–20,000 characters of prose or of one repeated piece. Nesting markers stop
 * at 1,000 levels; deeper nesting has its own test (robustness/adversarial).
 */
const longLine = fc
  .tuple(fc.constantFrom('Do you agree ', 'word ', 'a', '?', '**', '[', ' ', '\t', '#', '> ', '- ', 'ﬁ🌳'), fc.integer({ min: 1000, max: 20000 }))
  .map(([unit, n]) => unit.repeat(Math.min(Math.ceil(n / unit.length), unit === '> ' || unit === '- ' ? 1000 : Infinity)));

const leaf = fc.oneof(
  { weight: 10, arbitrary: paragraph },
  { weight: 4, arbitrary: heading },
  { weight: 1, arbitrary: setextHeading },
  { weight: 2, arbitrary: fence },
  { weight: 1, arbitrary: indentedCode },
  { weight: 2, arbitrary: comment },
  { weight: 1, arbitrary: html },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: definition },
  { weight: 1, arbitrary: thematic },
  { weight: 1, arbitrary: fc.constantFrom('', '', '   ', '\t') },
  { weight: 1, arbitrary: nasty },
);

const CONTAINER_MARKERS = ['- ', '* ', '+ ', '1. ', '2) ', '10. ', '- [ ] ', '- [x] ', '* [X] ', '> ', '>', '> > ', '\t- ', '   - ', '-\t'];

/** Lists in quotes in lists…: a marker on the first line, continuation (or lazy) lines after. */
export const block: fc.Arbitrary<string> = fc.letrec<{ block: string; container: string }>((tie) => ({
  block: fc.oneof({ maxDepth: 5, depthSize: 'small', withCrossShrink: true }, leaf, tie('container')),
  container: fc
    .tuple(fc.constantFrom(...CONTAINER_MARKERS), fc.array(tie('block'), { minLength: 1, maxLength: 3 }), fc.constantFrom('indent', 'indent', 'lazy', 'blank'))
    .map(([marker, children, style]) => {
      const quote = marker.trimStart().startsWith('>');
      const width = marker.replace(/\t/g, '    ').length;
      const lines = children.join(style === 'blank' ? '\n\n' : '\n').split('\n');
      return lines
        .map((line, i) => {
          if (i === 0) return marker + line;
          if (quote) return style === 'lazy' ? line : `> ${line}`;
          return style === 'lazy' ? line : ' '.repeat(width) + line;
        })
        .join('\n');
    }),
})).block;

export const frontMatter = fc.oneof(
  fc.constantFrom(
    '---\ntype: consultation\n---\n',
    '---\ntype: survey\nregion: wales\n---\n',
    '---\ntype: policy\nregion: northern ireland\ntitle: Parks\n---\n',
    '---\ntype: feedback\n---\n',
    '---\ntype: polcy\n---\n',
    '---\ntype: engagement plan\n...\n',
    '---\ntype: consultation\nregion: [wales\n---\n',
    '---\ntitle: "🌳 Parks" bad\n---\n',
    '---\n- a list\n---\n',
    '---\njust a string\n---\n',
    '---\n---\n',
    '---\na: &a [*a]\n---\n',
    '---\nanchors: &x\n  - *x\n---\n',
    '---\ntype: consultation\n',
    '---\ntype:\t"survey"\n---',
    '+++\ntype = "survey"\n+++\n',
    '+++\ntype = \n',
    '\ufeff---\ntype: strategy\n---\n',
    '--- \ntype: service design\n---   \n',
    '---\ntype: consultation\n---\n---\n',
    '---\n\u0000\n---\n',
    '---\ntitle: Housing consultation\nkey: {unclosed\n---\n',
  ),
  fc.tuple(fc.constantFrom('type', 'region', 'title', 'tags'), sentence).map(([k, v]) => `---\n${k}: ${v}\n---\n`),
);

export type Eol = 'lf' | 'crlf' | 'cr' | 'mixed';

function withEol(text: string, eol: Eol, mix: readonly string[]): string {
  if (eol === 'lf') return text;
  if (eol === 'crlf') return text.replace(/\r?\n/g, '\r\n');
  if (eol === 'cr') return text.replace(/\r?\n/g, '\r');
  let i = 0;
  return text.replace(/\n/g, () => mix[i++ % mix.length]);
}

/** A whole draft: maybe front matter, maybe a title, blocks separated by blank lines or not. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .record({
    frontMatter: fc.option(frontMatter, { freq: 3 }),
    title: fc.option(fc.constantFrom('# Library opening hours consultation', '# Parks strategy', '# You said, we did: parks', '# Housing survey', 'Policy on parks\n==='), { freq: 4 }),
    blocks: fc.array(fc.oneof({ weight: 20, arbitrary: block }, { weight: 1, arbitrary: longLine }), { maxLength: 12 }),
    separators: fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n', '\n  \n'), { minLength: 1, maxLength: 5 }),
    eol: fc.constantFrom<Eol>('lf', 'lf', 'crlf', 'cr', 'mixed'),
    mix: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 6 }),
    ending: fc.constantFrom('\n', '', '\n\n'),
  })
  .map(({ frontMatter, title, blocks, separators, eol, mix, ending }) => {
    const parts = [title, ...blocks].filter((p): p is string => p !== null);
    const body = parts.map((p, i) => (i === 0 ? p : separators[i % separators.length] + p)).join('') + (parts.length ? ending : '');
    return withEol((frontMatter ?? '') + body, eol, mix);
  });

// ---- options --------------------------------------------------------------------------------------

const RULE_IDS = ['stakeholders-missing', 'feedback-loop-missing', 'leading-question', 'loaded-question', 'double-barrelled-question'];

export interface Options {
  path?: string;
  kind?: DocumentKind;
  settings?: { rules?: Record<string, SeveritySetting>; include?: string[] };
}

export const checkOptions: fc.Arbitrary<Options> = fc.record(
  {
    path: fc.constantFrom('drafts/parks.md', 'README.md', 'notes/tuesday.md', 'policies/a b/ü.md'),
    kind: fc.constantFrom(...DOCUMENT_KINDS),
    settings: fc.record(
      {
        rules: fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom<SeveritySetting>('error', 'warning', 'information', 'hint', 'off'), { maxKeys: 3 }),
        include: fc.constantFrom(['drafts/**'], ['**/*.md'], [], ['[']),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

// ---- edits ----------------------------------------------------------------------------------------

/** Text an edit inserts: often a structural marker that changes how everything after it parses. */
export const insertion = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('# ', '## Who we will involve\n', '\n# Questions\n\n', '#', '```\n', '```', '~~~\n', '---\n', '\n---\n', '+++\n', '...\n', '<!--', '-->', '<!-- coproduction-lint-disable -->\n', '[ref]: https://example.org\n', '[ref]', '[', ']', '\n', '\n\n', '\r\n', '\r', '> ', '- ', '1. ', '|', '| a | b |\n|---|---|\n', '    ', '\t', '?', ' ', '**', '`', '\\') },
  { weight: 3, arbitrary: sentence },
  { weight: 2, arbitrary: block },
  { weight: 1, arbitrary: nasty },
  { weight: 1, arbitrary: frontMatter },
);

export interface EditSpec {
  /** Where, as a fraction of the text (or of the lines when `lineStart`). */
  at: number;
  lineStart: boolean;
  deleteLength: number;
  text: string;
}

export const editSpec: fc.Arbitrary<EditSpec> = fc.oneof(
  // insert
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), lineStart: fc.boolean(), deleteLength: fc.constant(0), text: insertion }),
  // delete
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), lineStart: fc.boolean(), deleteLength: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 200 })), text: fc.constant('') }),
  // replace
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), lineStart: fc.boolean(), deleteLength: fc.integer({ min: 1, max: 60 }), text: insertion }),
);

/** Resolves an edit against the current text: an offset range and the new text. */
export function resolveEdit(text: string, spec: EditSpec): { start: number; end: number; newText: string } {
  let start: number;
  if (spec.lineStart) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    start = starts[Math.min(starts.length - 1, Math.floor(spec.at * starts.length))];
  } else {
    start = Math.min(text.length, Math.floor(spec.at * (text.length + 1)));
  }
  const end = Math.min(text.length, start + spec.deleteLength);
  return { start, end, newText: spec.text };
}
