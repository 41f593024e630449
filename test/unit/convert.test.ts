import assert from 'node:assert/strict';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import { check } from '../../server/src/checker';
import { readPlainText, readWordDraft, WORD_PROBLEMS, type Converted } from '../../server/src/convert';

// Every .docx here is built in the test with the `docx` package, so the test data is our own.

const QUESTIONS = 'questions';

type Child = Paragraph | Table;

async function docx(children: Child[]): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: QUESTIONS,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

const title = (text: string) => new Paragraph({ text, heading: HeadingLevel.TITLE });
const h1 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const h2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const para = (text: string) => new Paragraph({ text });
const bullet = (text: string, level = 0) => new Paragraph({ text, bullet: { level } });
const numbered = (text: string, level = 0) => new Paragraph({ text, numbering: { reference: QUESTIONS, level } });
const cell = (...texts: string[]) => new TableCell({ children: texts.map((t) => para(t)) });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });

async function read(children: Child[]): Promise<Converted> {
  const result = await readWordDraft(await docx(children));
  if ('problem' in result) assert.fail(`expected Markdown, got the problem: ${result.problem}`);
  return result;
}

/** The place of the first occurrence of `text` in the Markdown. */
function placeOf(converted: Converted, text: string): string | undefined {
  const at = converted.markdown.indexOf(text);
  assert.ok(at >= 0, `'${text}' is not in the Markdown:\n${converted.markdown}`);
  return converted.placeAt(at);
}

/** A minimal valid zip holding one stored file (no compression), for truncation tests. */
function tinyZip(): Buffer {
  const name = Buffer.from('word/document.xml');
  const data = Buffer.from('<w:document/>');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const body = Buffer.concat([local, name, data]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(body.length, 16);
  return Buffer.concat([body, central, name, end]);
}

/** The start of an OLE compound file, with a directory entry name as Word writes it. */
function oleFile(streamName: string): Buffer {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([magic, Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(64)]);
}

describe('convert: Word drafts', () => {
  it('writes the title, headings, paragraphs, lists and tables as Markdown', async () => {
    const converted = await read([
      title('Library opening hours consultation'),
      para('We want to hear from you.'),
      h1('Who we will involve'),
      para('We will talk to these groups:'),
      bullet('Parents of young children'),
      bullet('Carers', 1),
      bullet('Staff'),
      new Table({
        rows: [
          row(cell('Group'), cell('How we will reach them')),
          row(cell('Residents | tenants'), cell('Drop-in sessions', 'Leaflets')),
        ],
      }),
      h2('Costs'),
      new Paragraph({
        children: [
          new TextRun('Read '),
          new ExternalHyperlink({ link: 'https://example.org/budget', children: [new TextRun('the budget')] }),
          new TextRun({ text: ' before', bold: true }),
          new TextRun({ text: 'you answer.', break: 1 }),
        ],
      }),
      h1('Your views'),
      numbered('How often do you use the library?'),
      numbered('Which days suit you best?'),
      numbered('Mornings', 1),
    ]);
    assert.equal(
      converted.markdown,
      [
        '# Library opening hours consultation',
        '',
        'We want to hear from you.',
        '',
        '## Who we will involve',
        '',
        'We will talk to these groups:',
        '',
        '- Parents of young children',
        '  - Carers',
        '- Staff',
        '',
        '| Group | How we will reach them |',
        '| --- | --- |',
        '| Residents \\| tenants | Drop-in sessions<br>Leaflets |',
        '',
        '### Costs',
        '',
        'Read the budget before\\',
        'you answer.',
        '',
        '## Your views',
        '',
        '1. How often do you use the library?',
        '2. Which days suit you best?',
        '   1. Mornings',
        '',
      ].join('\n'),
    );
    assert.equal(placeOf(converted, '# Library'), 'Library opening hours consultation');
    assert.equal(placeOf(converted, 'We want'), 'Library opening hours consultation ¶1');
    assert.equal(placeOf(converted, '## Who'), 'Who we will involve');
    assert.equal(placeOf(converted, 'We will talk'), 'Who we will involve ¶1');
    assert.equal(placeOf(converted, 'Carers'), 'Who we will involve ¶3');
    assert.equal(placeOf(converted, 'Staff'), 'Who we will involve ¶4');
    assert.equal(placeOf(converted, '| Group'), 'Who we will involve ¶5');
    assert.equal(placeOf(converted, 'Leaflets'), 'Who we will involve ¶6');
    assert.equal(placeOf(converted, 'you answer'), 'Costs ¶1');
    assert.equal(placeOf(converted, 'Mornings'), 'Your views ¶3');
  });

  it('escapes Word text that would otherwise become Markdown structure', async () => {
    const converted = await read([
      h1('Survey about #hashtags'),
      para('# Not a heading'),
      para('* not a bullet and *not emphasis*'),
      para('1. not a numbered item'),
      para('2) nor this'),
      para('> not a quote'),
      para('- not a list, + nor this'),
      para('<!-- coproduction-lint-disable --> [link](x) `code` A&amp;B ~~no~~ _x_ \\'),
      para('    Indented text is not code'),
      para('==='),
    ]);
    assert.equal(
      converted.markdown,
      [
        '# Survey about \\#hashtags',
        '',
        '\\# Not a heading',
        '',
        '\\* not a bullet and \\*not emphasis\\*',
        '',
        '1\\. not a numbered item',
        '',
        '2\\) nor this',
        '',
        '\\> not a quote',
        '',
        '\\- not a list, + nor this',
        '',
        '\\<!-- coproduction-lint-disable --\\> \\[link\\](x) \\`code\\` A\\&amp;B \\~\\~no\\~\\~ \\_x\\_ \\\\',
        '',
        'Indented text is not code',
        '',
        '\\===',
        '',
      ].join('\n'),
    );
    // The engine reads the escaped Markdown back as the Word text: one heading, no lists or code.
    const result = check(converted.markdown, { kind: 'survey' });
    assert.deepEqual(
      result.document.headings.map((h) => h.text),
      ['Survey about #hashtags'],
    );
    assert.deepEqual(
      result.document.blocks.flatMap((b) => b.units.map((u) => u.text)),
      [
        'Survey about #hashtags',
        '# Not a heading',
        '* not a bullet and *not emphasis*',
        '1. not a numbered item',
        '2) nor this',
        '> not a quote',
        '- not a list, + nor this',
        '<!-- coproduction-lint-disable --> [link](x) `code` A&amp;B ~~no~~ _x_ \\',
        'Indented text is not code',
        '===',
      ],
    );
  });

  it('takes the first Heading 1 as the title when there is no Title, and counts paragraphs before any heading from "Start"', async () => {
    const converted = await read([para('Draft for comment'), h1('Library consultation'), para('Hello.'), h2('Why')]);
    assert.equal(converted.markdown, 'Draft for comment\n\n# Library consultation\n\nHello.\n\n## Why\n');
    assert.equal(placeOf(converted, 'Draft'), 'Start ¶1');
    assert.equal(check(converted.markdown).kind, 'consultation');
  });

  it('takes a short first paragraph as the title when no paragraph has the Title or Heading 1 style', async () => {
    const converted = await read([para('Library opening hours consultation'), para('We are asking.'), h2('Why')]);
    assert.equal(converted.markdown, '# Library opening hours consultation\n\nWe are asking.\n\n## Why\n');
    const sentence = await read([para('We are asking about the library.'), h2('Why')]);
    assert.equal(sentence.markdown, 'We are asking about the library.\n\n## Why\n');
  });

  it('keeps table columns in place under merged cells and pads short rows', async () => {
    const converted = await read([
      h1('Plan'),
      new Table({
        rows: [
          row(cell('Group'), cell('When'), cell('Where')),
          row(new TableCell({ children: [para('Carers')], verticalMerge: VerticalMergeType.RESTART }), cell('May'), cell('Hall')),
          row(new TableCell({ children: [], verticalMerge: VerticalMergeType.CONTINUE }), cell('June'), cell('Library')),
          row(new TableCell({ children: [para('Everyone')], columnSpan: 2 }), cell('Online')),
        ],
      }),
    ]);
    assert.equal(
      converted.markdown,
      [
        '# Plan',
        '',
        '| Group | When | Where |',
        '| --- | --- | --- |',
        '| Carers | May | Hall |',
        '|  | June | Library |',
        '| Everyone |  | Online |',
        '',
      ].join('\n'),
    );
  });

  it('reads an empty document, and an empty file, as empty Markdown', async () => {
    assert.equal((await read([])).markdown, '');
    assert.equal((await read([para(''), para('   ')])).markdown, '');
    const empty = await readWordDraft(Buffer.alloc(0));
    assert.ok(!('problem' in empty));
    assert.equal(empty.markdown, '');
    assert.equal(empty.placeAt(0), undefined);
  });

  it('gives findings on a weak draft their places in Word', async () => {
    const converted = await read([
      title('Library opening hours consultation'),
      h1('Why we are asking'),
      para('We need to decide new opening hours by May.'),
      h1('Your views'),
      numbered('What would make the library easier for you to use?'),
      numbered("Don't you agree that the library should open on Sundays?"),
    ]);
    const result = check(converted.markdown, { path: 'draft.docx' });
    assert.equal(result.kind, 'consultation');
    const placed = result.findings.map((f) => `${f.ruleId} @ ${converted.placeAt(f.start)}`);
    assert.ok(placed.includes('leading-question @ Your views ¶2'), placed.join('\n'));
    // Findings about the whole draft sit on the title.
    assert.ok(placed.includes('stakeholders-missing @ Library opening hours consultation'), placed.join('\n'));
    assert.ok(!placed.some((p) => p.startsWith('leading-question @ Your views ¶1')), placed.join('\n'));
  });

  it('reports a file that is not a Word document, never throwing', async () => {
    const random = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256));
    assert.deepEqual(await readWordDraft(random), { problem: WORD_PROBLEMS.unreadable });
    const real = await docx([h1('Consultation'), para('Text.')]);
    assert.deepEqual(await readWordDraft(real.subarray(0, Math.floor(real.length / 2))), { problem: WORD_PROBLEMS.unreadable });
    // A complete zip without Word's parts.
    assert.deepEqual(await readWordDraft(tinyZip()), { problem: WORD_PROBLEMS.unreadable });
    assert.deepEqual(await readWordDraft(Buffer.from('# Just Markdown\n')), { problem: WORD_PROBLEMS.unreadable });
  });

  it('tells a password-protected .docx from an old .doc', async () => {
    assert.deepEqual(await readWordDraft(oleFile('EncryptedPackage')), { problem: WORD_PROBLEMS.passwordProtected });
    assert.deepEqual(await readWordDraft(oleFile('WordDocument')), { problem: WORD_PROBLEMS.legacyDoc });
    assert.deepEqual(await readWordDraft(oleFile('Workbook')), { problem: WORD_PROBLEMS.oleOther });
    assert.equal(WORD_PROBLEMS.passwordProtected, 'is password-protected: remove the password in Word and try again');
    assert.equal(WORD_PROBLEMS.unreadable, 'is not a readable Word document (the file is damaged or not a .docx)');
  });
});

describe('convert: plain-text drafts', () => {
  const lines = (...l: string[]) => l.join('\n');

  it('makes the title and section headings Markdown headings, keeping every line where it was', () => {
    const text = lines(
      'Library opening hours consultation',
      '',
      'We need to decide new opening hours by May.',
      '',
      'Who we will involve',
      '',
      'Parents, carers and staff.',
      '',
      'HOW TO RESPOND',
      'Write to us at the library.',
      '',
      '2.1 Key dates',
      '',
      'The consultation closes on 1 June.',
    );
    const converted = readPlainText(text);
    assert.equal(
      converted.markdown,
      lines(
        '# Library opening hours consultation',
        '',
        'We need to decide new opening hours by May.',
        '',
        '## Who we will involve',
        '',
        'Parents, carers and staff.',
        '',
        '## HOW TO RESPOND',
        'Write to us at the library.',
        '',
        '### 2.1 Key dates',
        '',
        'The consultation closes on 1 June.',
      ),
    );
    assert.equal(converted.placeAt(0), undefined);
    const result = check(converted.markdown);
    assert.equal(result.kind, 'consultation');
    assert.deepEqual(
      result.document.headings.map((h) => [h.depth, h.text]),
      [
        [1, 'Library opening hours consultation'],
        [2, 'Who we will involve'],
        [2, 'HOW TO RESPOND'],
        [3, '2.1 Key dates'],
      ],
    );
  });

  it('maps Markdown offsets back to the line and column in the .txt', () => {
    const text = 'Library consultation\r\n\r\nWho we will involve\r\n\r\n        Indented paragraph here.\r\n• Carers\r\n';
    const converted = readPlainText(text);
    assert.equal(converted.markdown, '# Library consultation\r\n\r\n## Who we will involve\r\n\r\nIndented paragraph here.\r\n- Carers\r\n');
    const at = (needle: string) => converted.originalPosition!(converted.markdown.indexOf(needle));
    assert.deepEqual(at('Library'), { line: 0, character: 0 });
    assert.deepEqual(at('consultation'), { line: 0, character: 8 });
    assert.deepEqual(at('involve'), { line: 2, character: 12 });
    // Inside the added "## ", the position is the start of the line.
    assert.deepEqual(converted.originalPosition!(converted.markdown.indexOf('## ')), { line: 2, character: 0 });
    assert.deepEqual(at('paragraph'), { line: 4, character: 17 });
    assert.equal(text.split('\r\n')[4].slice(17, 26), 'paragraph');
    assert.deepEqual(at('Carers'), { line: 5, character: 2 });
  });

  it('leaves lists, lead-ins, questions and text that already has Markdown headings alone', () => {
    const text = lines(
      'Library consultation',
      '',
      'We will talk to these groups:',
      '',
      'Residents',
      '',
      'Carers',
      '',
      'Do you agree?',
      '',
      '- Staff',
      '',
      '1. Residents',
      '',
      '2. Carers',
    );
    assert.equal(readPlainText(text).markdown, `# ${text}`);
    const markdown = lines('# Already Markdown', '', 'Short line', '', 'More text.');
    assert.equal(readPlainText(markdown).markdown, markdown);
  });

  it('numbered headings followed by a blank line become sections', () => {
    const text = lines('Draft engagement plan', '', '1. Background', '', 'Text here.', '', '2. Who we will involve', '', 'Residents and carers.');
    assert.equal(
      readPlainText(text).markdown,
      lines('# Draft engagement plan', '', '## 1. Background', '', 'Text here.', '', '## 2. Who we will involve', '', 'Residents and carers.'),
    );
  });

  it('reads empty text', () => {
    const converted = readPlainText('');
    assert.equal(converted.markdown, '');
    assert.deepEqual(converted.originalPosition!(0), { line: 0, character: 0 });
  });
});
