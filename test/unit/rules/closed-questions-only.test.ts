import rule from '../../../server/src/rules/closed-questions-only';
import { describeRule } from '../../helpers/rule-tester';

const closedOnly = (n: number, purpose: string) =>
  `All ${n} of the ${n} questions are closed, yet the draft sets out to learn from people ('${purpose}'). Closed questions only test what you already had in mind: add an open one such as 'Tell us about…' or 'What matters most to you about…?'.`;
const mostlyClosed = (closed: number, total: number, purpose: string) =>
  `${closed} of the ${total} questions are closed and none is open, yet the draft sets out to learn from people ('${purpose}'). Add an open question such as 'Tell us about…' or 'What matters most to you about…?', so people can raise what you did not ask.`;
const FIX = "Add an open question 'Tell us about…'";

const CLOSED = '1. Do you use the day centre?\n2. Are the opening hours right for you?\n3. Would you use a minibus to get there?\n';

describeRule(rule, {
  kind: 'survey',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'an open "What matters most" question',
      text: `# Day centre survey\n\nWe want to understand what people need from the centre.\n\n## Questions\n\n${CLOSED}4. What matters most to you about the centre?\n`,
    },
    {
      name: 'a "How do you feel" question counts as open',
      text: `# Day centre survey\n\nThis survey will help us explore your experiences.\n\n## Questions\n\n${CLOSED}4. How do you feel about the changes so far?\n`,
    },
    {
      name: 'closed questions are fine when the aim is to test a proposal',
      text: `# Day centre survey\n\nWe propose to open the centre on Saturdays and want your views on the proposal.\n\n## Questions\n\n${CLOSED}`,
    },
    {
      name: 'fewer than three questions',
      text: '# Co-design survey\n\n## Questions\n\n1. Do you use the day centre?\n2. Would you join a design group?\n',
    },
    {
      name: 'a discovery word only inside a question does not set the aim',
      text: `# Day centre survey\n\n## Questions\n\n1. Do you understand the new charges?\n2. Are the opening hours right for you?\n3. Would you use a minibus to get there?\n`,
    },
    {
      name: 'an open prompt written as an instruction, in a table (en-US "organization")',
      text: `# Day centre survey\n\nOur organization wants to understand what people need.\n\n## Questions\n\n${CLOSED}\n| Your story |\n|---|\n| Please tell us about a good day at the centre. |\n`,
    },
    {
      name: 'exactly 80% closed is not more than 80%',
      text: '# Allotments\n\nWe would like ideas for the empty plots.\n\n## Questions\n\n1. Do you have an allotment?\n2. Is your plot too big?\n3. Would you rent a second plot?\n4. Have you grown food before?\n5. Whose plot is next to yours?\n',
    },
    {
      name: 'not checked in a policy',
      kind: 'policy',
      text: `# Day centre survey\n\nWe want to understand what people need.\n\n## Questions\n\n${CLOSED}`,
    },
  ],
  flagged: [
    {
      name: 'the metadata example',
      text: rule.example.flagged,
      findings: [{ at: 'Questions', message: closedOnly(3, 'understand') }],
      fixTitles: [FIX],
      output: rule.example.flagged + '4. Tell us about your experience of the service.\n',
    },
    {
      name: 'co-design in the title (US spelling of centre elsewhere), options make a question closed',
      kind: 'service-design',
      text: '# Co-designing the youth center\n\n## Have your say\n\n- Which evening suits you?\n  - Monday\n  - Friday\n- Do you play sport?\n- Is the center easy to reach?\n',
      findings: [{ at: 'Have your say', message: closedOnly(3, 'Co-designing') }],
      output:
        '# Co-designing the youth center\n\n## Have your say\n\n- Which evening suits you?\n  - Monday\n  - Friday\n- Do you play sport?\n- Is the center easy to reach?\n- Tell us about your experience of the service.\n',
    },
    {
      name: 'purpose under a "Why we are asking" heading; a question neither open nor closed',
      kind: 'consultation',
      text: '# Allotments\n\n## Why we are asking\n\nWe would like ideas for the empty plots.\n\n## Questions\n\n1. Do you have an allotment?\n2. Is your plot too big?\n3. Would you rent a second plot?\n4. Have you grown food before?\n5. Can you get there by bus?\n6. Whose plot is next to yours?\n',
      findings: [{ at: 'Questions', message: mostlyClosed(5, 6, 'ideas') }],
      output:
        '# Allotments\n\n## Why we are asking\n\nWe would like ideas for the empty plots.\n\n## Questions\n\n1. Do you have an allotment?\n2. Is your plot too big?\n3. Would you rent a second plot?\n4. Have you grown food before?\n5. Can you get there by bus?\n6. Whose plot is next to yours?\n7. Tell us about your experience of the service.\n',
    },
    {
      name: 'no questions heading: the finding is on the first question',
      text: 'We want to learn about how families use the park.\n\nDo you visit the park?\n\nDo you feel safe there?\n\nIs it clean enough?\n',
      findings: [{ at: 'Do you visit the park?', message: closedOnly(3, 'learn about') }],
      output:
        'We want to learn about how families use the park.\n\nDo you visit the park?\n\nDo you feel safe there?\n\nIs it clean enough?\n\nTell us about your experience of the service.\n',
    },
  ],
});
