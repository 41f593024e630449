import assert from 'node:assert/strict';
import { buildDocument, toSourceRange, type BlockModel, type DocumentModel } from '../../../server/src/engine';

function sentences(doc: DocumentModel): Array<{ text: string; source: string }> {
  return doc.blocks.flatMap((b) => b.sentences.map((s) => ({ text: s.text, source: doc.text.slice(s.start, s.end) })));
}

function questions(doc: DocumentModel): Array<{ text: string; label?: string; preamble?: string }> {
  return doc.blocks.flatMap((b: BlockModel) =>
    b.questions.map((q) => ({
      text: b.sentences[q.sentence].text,
      ...(q.label ? { label: q.label } : {}),
      ...(q.preamble !== undefined ? { preamble: b.sentences[q.preamble].text } : {}),
    })),
  );
}

describe('document model', () => {
  describe('sentences map back to the exact source characters', () => {
    it('through bold, emphasis, links and strikethrough', () => {
      const doc = buildDocument('Do you **agree** with the [new plan](https://example.org)? It is _good_ ~~news~~.\n');
      assert.deepEqual(sentences(doc), [
        { text: 'Do you agree with the new plan?', source: 'Do you **agree** with the [new plan](https://example.org)?' },
        { text: 'It is good news.', source: 'It is _good_ ~~news~~.' },
      ]);
    });

    it('through escapes and character references', () => {
      const doc = buildDocument('Costs \\*may\\* rise &amp; fall. Next one.\n');
      assert.deepEqual(sentences(doc), [
        { text: 'Costs *may* rise & fall.', source: 'Costs \\*may\\* rise &amp; fall.' },
        { text: 'Next one.', source: 'Next one.' },
      ]);
    });

    it('across soft line breaks, with CRLF and lone CR', () => {
      const doc = buildDocument('We will ask\r\nresidents first.\rThen staff.\n');
      assert.deepEqual(sentences(doc), [
        { text: 'We will ask  residents first.', source: 'We will ask\r\nresidents first.' },
        { text: 'Then staff.', source: 'Then staff.' },
      ]);
    });

    it('inside list items and block quotes, without the markers', () => {
      const doc = buildDocument('- First item\n  goes on here.\n\n> A quoted\n> sentence.\n');
      assert.deepEqual(sentences(doc), [
        { text: 'First item goes on here.', source: 'First item\n  goes on here.' },
        { text: 'A quoted sentence.', source: 'A quoted\n> sentence.' },
      ]);
    });

    it('keeps abbreviations inside one sentence', () => {
      const doc = buildDocument('Cllr. Smith spoke on 5 Jan. 2026, e.g. about parks. Dr. Patel agreed.\n');
      assert.deepEqual(
        sentences(doc).map((s) => s.text),
        ['Cllr. Smith spoke on 5 Jan. 2026, e.g. about parks.', 'Dr. Patel agreed.'],
      );
    });

    it('a hard line break ends a sentence', () => {
      const doc = buildDocument('Name of group\\\nWhat do you think?\n');
      assert.deepEqual(
        sentences(doc).map((s) => s.text),
        ['Name of group', 'What do you think?'],
      );
    });

    it('a very long paragraph is split correctly and quickly', () => {
      const sentence = 'Residents told us the park needs more benches and better lighting. ';
      const text = sentence.repeat(2000);
      const doc = buildDocument(text);
      const all = sentences(doc);
      assert.equal(all.length, 2000);
      assert.ok(all.every((s) => s.text === sentence.trim() && s.source === s.text));
    });
  });

  describe('what is not prose', () => {
    it('fenced and indented code, front matter and HTML comments are skipped', () => {
      const doc = buildDocument(
        '---\ntitle: Do you agree?\n---\n# Plan\n\n```\nDo you agree?\n```\n\n    Do you agree?\n\n<!-- Do you agree? -->\n\nReal text.\n',
      );
      assert.deepEqual(sentences(doc).map((s) => s.text), ['Plan', 'Real text.']);
      assert.deepEqual(questions(doc), []);
    });

    it('inline code and images become a placeholder that maps to their start', () => {
      const doc = buildDocument('Run `npm test` and see ![chart](c.png) here.\n');
      const [s] = sentences(doc);
      assert.equal(s.text, 'Run \uFFFC and see \uFFFC here.');
      assert.equal(s.source, 'Run `npm test` and see ![chart](c.png) here.');
    });
  });

  describe('questions', () => {
    it('are found in headings, paragraphs, list items and table cells', () => {
      const doc = buildDocument(
        '# Why change?\n\nWe plan changes. Do you use the library?\n\n- How often do you visit?\n\n| Question | Answer |\n|---|---|\n| Is it open late enough? | |\n',
      );
      assert.deepEqual(questions(doc), [
        { text: 'Why change?' },
        { text: 'Do you use the library?', preamble: 'We plan changes.' },
        { text: 'How often do you visit?' },
        { text: 'Is it open late enough?' },
      ]);
    });

    it('numbered items are questions even without a question mark, with their label', () => {
      const doc = buildDocument('Q1. Please rate the service.\n\nQuestion 2: Which option do you prefer? Tell us why.\n\nQ3 Tell us about your visit\n');
      assert.deepEqual(questions(doc), [
        { text: 'Please rate the service.', label: 'Q1' },
        { text: 'Which option do you prefer?', label: 'Question 2' },
        { text: 'Tell us about your visit', label: 'Q3' },
      ]);
    });

    it('a question mark inside closing markup still counts', () => {
      const doc = buildDocument('**Do you drive?**\n');
      assert.deepEqual(questions(doc), [{ text: 'Do you drive?' }]);
    });

    it('numbered items under a questions heading ask even without a question mark', () => {
      const doc = buildDocument('## Your views\n\n1. Please rate the new opening hours.\n2. Tell us about your last visit\n\n## Next steps\n\n1. We will read every reply.\n');
      assert.deepEqual(questions(doc), [{ text: 'Please rate the new opening hours.' }, { text: 'Tell us about your last visit' }]);
    });

    it('numbered steps under other headings, and bullets under a questions heading, are not questions', () => {
      const doc = buildDocument('## How we will run the survey\n\n1. We send the form to tenants.\n\n## Questions\n\n- Paper copies are in the library.\n\n## Frequently asked questions\n\n1. Where is the hall.\n');
      assert.deepEqual(questions(doc), []);
    });
  });

  describe('answer options', () => {
    function options(doc: DocumentModel): Array<{ text: string; statement?: true; options?: string[] }> {
      return doc.blocks.flatMap((b) =>
        b.questions.map((q) => ({
          text: b.sentences[q.sentence].text,
          ...(q.statement ? { statement: q.statement } : {}),
          ...(q.options
            ? {
                options: q.options.map((o) => {
                  const range = toSourceRange(b.units[o.unit].map, o.proseStart, o.proseEnd);
                  assert.equal(doc.text.slice(range.start, range.end), o.text, 'an option maps back to its source');
                  return o.text;
                }),
              }
            : {}),
        })),
      );
    }

    it('a bulleted or tick-box list directly after the question, also nested in a numbered item', () => {
      const doc = buildDocument(
        '# Survey\n\n1. How safe do you feel in the park after dark? Tick one.\n   - [ ] Very safe\n   - [ ] Fairly safe\n   - [ ] Not very safe\n2. Do you have a dog?\n   * Yes\n   * No\n',
      );
      assert.deepEqual(options(doc), [
        { text: 'How safe do you feel in the park after dark?', options: ['Very safe', 'Fairly safe', 'Not very safe'] },
        { text: 'Do you have a dog?', options: ['Yes', 'No'] },
      ]);
    });

    it('"( )" and "☐" lines, in the same paragraph or in the next ones, with offsets that survive a move', () => {
      const text = 'Intro line.\n\nHow do you travel to work?\n( ) Bus\n( ) Car\n\nWhich day suits you?\n\n☐ Monday\n\n☐ Friday\n';
      const doc = buildDocument(`# Moved\n\n${text}`);
      assert.deepEqual(options(doc), [
        { text: 'How do you travel to work?', options: ['Bus', 'Car'] },
        { text: 'Which day suits you?', options: ['Monday', 'Friday'] },
      ]);
    });

    it('a table after a question: its rows, or its header when the answer cells are empty', () => {
      const doc = buildDocument(
        'Which session would you come to?\n\n| Session |\n|---|\n| Morning |\n| Evening |\n\nHow would you rate the café?\n\n| Good | Fair | Poor |\n|---|---|---|\n| ( ) | ( ) | ( ) |\n',
      );
      assert.deepEqual(options(doc), [
        { text: 'Which session would you come to?', options: ['Morning', 'Evening'] },
        { text: 'How would you rate the café?', options: ['Good', 'Fair', 'Poor'] },
      ]);
    });

    it('a list of questions, or a paragraph between, is not a list of options', () => {
      const doc = buildDocument('Why are we asking? We want to hear from you.\n\n- The hall is old.\n\nWhat do you think?\n\nWe will read every answer.\n\n- Copies are in the library.\n');
      assert.deepEqual(options(doc), [{ text: 'Why are we asking?' }, { text: 'What do you think?' }]);
    });

    it('statements in a list after an agree/disagree stem', () => {
      const doc = buildDocument(
        'How far do you agree or disagree with each of these statements?\n\n- The bins are emptied on time.\n- Is the street kept clean?\n',
      );
      assert.deepEqual(options(doc), [
        { text: 'How far do you agree or disagree with each of these statements?' },
        { text: 'The bins are emptied on time.', statement: true },
        { text: 'Is the street kept clean?' },
      ]);
    });

    it('an agree/disagree question followed by scale labels has them as options', () => {
      const doc = buildDocument('To what extent do you agree or disagree that the route is safe?\n\n- Strongly agree\n- Agree\n- Neither agree nor disagree\n- Disagree\n');
      assert.deepEqual(options(doc), [
        {
          text: 'To what extent do you agree or disagree that the route is safe?',
          options: ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree'],
        },
      ]);
    });

    it('a statement table shares the header scale; a "Question" column asks row by row', () => {
      const doc = buildDocument(
        'Please tell us how much you agree with the statements below.\n\n| Statement | Agree | Unsure | Disagree |\n|---|---|---|---|\n| Staff were polite | ☐ | ☐ | ☐ |\n| Was the wait too long? | | | |\n\n| Question | Yes | No | Comments |\n|---|---|---|---|\n| You use the car park | | | |\n',
      );
      const scale = ['Agree', 'Unsure', 'Disagree'];
      assert.deepEqual(options(doc), [
        { text: 'Staff were polite', statement: true, options: scale },
        { text: 'Was the wait too long?', options: scale },
        { text: 'You use the car park', options: ['Yes', 'No'] },
      ]);
    });
  });

  describe('outline', () => {
    it('sections nest by heading level and end at the next heading of the same or a higher level', () => {
      const text = '# Title\n\nIntro.\n\n## One\n\n### One A\n\nText.\n\n## Two\n\nMore.\n';
      const doc = buildDocument(text);
      assert.equal(doc.title?.text, 'Title');
      assert.deepEqual(
        doc.sections.map((s) => [s.heading.text, text.slice(s.start, s.end).length, s.parent]),
        [
          ['Title', text.length, -1],
          ['One', text.indexOf('## Two') - text.indexOf('## One'), 0],
          ['One A', text.indexOf('## Two') - text.indexOf('### One A'), 1],
          ['Two', text.length - text.indexOf('## Two'), 0],
        ],
      );
    });

    it('setext headings count, and the anchor is the title line', () => {
      const doc = buildDocument('Parking strategy\n================\n\nText.\n');
      assert.equal(doc.title?.text, 'Parking strategy');
      assert.equal(doc.text.slice(doc.anchor.start, doc.anchor.end), 'Parking strategy');
    });

    it('with no heading the anchor is the first line of prose after the front matter', () => {
      const doc = buildDocument('---\ntype: policy\n---\n\nFirst line\nsecond line.\n');
      assert.equal(doc.text.slice(doc.anchor.start, doc.anchor.end), 'First line');
    });

    it('tables record their header cells and lists their size', () => {
      const doc = buildDocument('We will involve:\n\n- carers\n- parents\n\n| Group | How we reach them |\n|---|---|\n| Carers | Drop-ins |\n');
      const block = doc.blocks[0];
      assert.equal(block.units[0].listAfter, 2);
      assert.deepEqual(block.tables.map((t) => [t.header, t.rows]), [[['Group', 'How we reach them'], 1]]);
      assert.deepEqual(block.lists.map((l) => [l.ordered, l.items]), [[false, 2]]);
    });

    it('task list items keep their checked state', () => {
      const doc = buildDocument('- [ ] Yes\n- [x] No\n');
      assert.deepEqual(
        doc.blocks[0].units.map((u) => [u.text, u.listItem?.checked]),
        [
          ['Yes', false],
          ['No', true],
        ],
      );
    });
  });

  describe('blocks', () => {
    it('are cut at headings, but not inside fences, HTML comments or front matter', () => {
      const text = '---\n# yaml comment\n---\n# Title\n\n```\n# not a heading\n```\n\n<!--\n# hidden\n-->\n\n## Real\n\nText.\n';
      const doc = buildDocument(text);
      assert.deepEqual(
        doc.blocks.map((b) => text.slice(b.start, b.end).split('\n')[0]),
        ['---', '# Title', '## Real'],
      );
      assert.deepEqual(doc.headings.map((h) => h.text), ['Title', 'Real']);
    });

    it('a long stretch without headings is cut only where a new paragraph starts', () => {
      const para = 'Residents told us the park needs more benches and better lighting near the play area. '.repeat(8);
      const text = `# Plan\n\n${para}\n\n- a list item\n\n  ${para}\n\n<pre>\n\n${para}\n\n</pre>\n\n${`${para}\n\n`.repeat(8)}`;
      const doc = buildDocument(text);
      assert.ok(doc.blocks.length > 2);
      for (const block of doc.blocks.slice(1)) {
        const first = text.slice(block.start, block.end).split('\n')[0];
        assert.match(first, /^Residents told us/, 'cut before an unindented paragraph');
        assert.equal(text[block.start - 1], '\n');
        assert.equal(text[block.start - 2], '\n');
        assert.ok(!text.slice(0, block.start).includes('<pre>') || text.slice(0, block.start).includes('</pre>'), 'never inside <pre>');
      }
      const all = doc.blocks.flatMap((b) => b.sentences.map((s) => s.text));
      assert.equal(all.filter((s) => s.startsWith('Residents told us')).length, 8 * 10, 'the <pre> block is not prose');
    });

    it('link reference definitions apply across blocks', () => {
      const doc = buildDocument('# One\n\nSee [the plan][plan].\n\n## Two\n\n[plan]: https://example.org/plan\n');
      assert.deepEqual(sentences(doc).map((s) => s.text), ['One', 'See the plan.', 'Two']);
    });

    it('every block boundary is a line start and blocks cover the whole text', () => {
      const text = 'Intro.\n\n# A\nText.\n## B\n```\n# x\n```\n### C\n';
      const doc = buildDocument(text);
      assert.equal(doc.blocks[0].start, 0);
      assert.equal(doc.blocks[doc.blocks.length - 1].end, text.length);
      for (let i = 1; i < doc.blocks.length; i++) {
        assert.equal(doc.blocks[i].start, doc.blocks[i - 1].end);
        assert.equal(text[doc.blocks[i].start - 1], '\n');
      }
    });
  });

  describe('front matter', () => {
    it('is read as YAML', () => {
      const doc = buildDocument('---\ntype: consultation\nregion: wales\n---\n# Title\n');
      assert.deepEqual(doc.frontMatter?.data, { type: 'consultation', region: 'wales' });
      assert.equal(doc.frontMatter?.error, undefined);
    });

    it('is found after a byte-order mark, and a "#" line inside it is not a heading', () => {
      const text = '\uFEFF---\ntype: policy\n# a YAML comment\n---\n# Title\n';
      const doc = buildDocument(text);
      assert.deepEqual(doc.frontMatter?.data, { type: 'policy' });
      assert.equal(doc.frontMatter?.end, text.indexOf('# Title'));
      assert.deepEqual(doc.headings.map((h) => h.text), ['Title']);
    });

    it('broken YAML is reported with its position, not thrown', () => {
      const text = '---\ntype: [policy\n---\n# Title\n';
      const doc = buildDocument(text);
      assert.ok(doc.frontMatter?.error);
      assert.ok(doc.frontMatter.error.offset >= 4 && doc.frontMatter.error.offset <= text.indexOf('\n---\n#') + 1);
    });
  });
});
