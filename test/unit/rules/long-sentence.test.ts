import rule, { countWords } from '../../../server/src/rules/long-sentence';
import assert from 'node:assert/strict';
import { describeRule } from '../../helpers/rule-tester';

const long = (n: number, max = 25) =>
  `This sentence has ${n} words, more than the ${max} most readers can take in at once. Split it into shorter sentences, or use a list.`;

const FLAGGED =
  'You can take part by filling in the survey online or on paper at any library, by coming to one of our drop-in sessions in the spring, or by phoning us if you would rather talk it through.';
const TWENTY_SEVEN =
  'We will hold six drop-in sessions in libraries, community centres and GP surgeries across the borough between March and May so that more people can come along.';

describe('long-sentence word count', () => {
  it('counts hyphenated words, numbers and amounts once', () => {
    assert.equal(countWords('A well-known £1,000 grant, 3.5 hours – e-mail us.'), 8);
  });
  it('counts inline code once and ignores dashes', () => {
    assert.equal(countWords('Run \uFFFC now — today'), 4);
  });
});

describeRule(rule, {
  kind: 'policy',
  ok: [
    {
      name: 'metadata ok example',
      text: '## How to take part\n\nYou can fill in the survey online or on paper at any library. You can also come to a drop-in session in the spring, or phone us to talk it through.\n',
    },
    { name: 'exactly 25 words', text: 'We will hold six drop-in sessions in libraries, community centres and GP surgeries across the borough between March and May so more people come.\n' },
    { name: 'a long heading', text: `## ${TWENTY_SEVEN}\n` },
    { name: 'a long table cell', text: `| Plan |\n|---|\n| ${TWENTY_SEVEN} |\n` },
    { name: 'code blocks are not prose', text: `\`\`\`\n${TWENTY_SEVEN}\n\`\`\`\n` },
    { name: 'a higher limit set by the user', text: `${TWENTY_SEVEN}\n`, settings: { options: { 'long-sentence': { maxWords: 30 } } } },
  ],
  flagged: [
    {
      name: 'metadata flagged example',
      text: `## How to take part\n\n${FLAGGED}\n`,
      findings: [{ at: FLAGGED, message: long(38) }],
    },
    { name: '27 words in a paragraph', text: `${TWENTY_SEVEN}\n`, findings: [{ at: TWENTY_SEVEN, message: long(27) }] },
    { name: 'in a list item', text: `- ${TWENTY_SEVEN}\n`, findings: [{ at: TWENTY_SEVEN, message: long(27) }] },
    {
      name: 'a lower limit set by the user',
      text: 'We will send every person who took part a short summary of what we heard by email or by post.\n',
      settings: { options: { 'long-sentence': { maxWords: 15 } } },
      findings: [{ at: 'We will send every person who took part a short summary of what we heard by email or by post.', message: long(20, 15) }],
    },
  ],
});
