import rule from '../../../server/src/rules/response-period-missing';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  'There is no closing date or response period, so people cannot tell how long they have to respond, or whether they have enough time. Say when it opens and closes, and how many weeks that gives.';
const tooShort = (period: string, minimum = 6) =>
  `This response period is ${period}, shorter than the minimum of ${minimum} weeks, so people may not have time to hear about it, think it over and reply. Allow at least ${minimum} weeks, or explain why a shorter period is proportionate.`;
const placeholder = (text: string) =>
  `'${text}' stands where the response dates should be, so people cannot tell when they can respond. Put in the real date or number of weeks before you publish.`;

const SECTION = '## Key dates\n\nThe consultation opens on 12 January 2027 and closes on 9 March 2027: eight weeks.';

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: '"It runs from…" after a sentence about the consultation',
      text: '# Parks consultation\n\nThe consultation is available in large print. It runs from 5 January to 16 March 2027 (ten weeks).\n',
    },
    { name: 'a range with the year given once', text: '# Parks consultation\n\nThe consultation runs from 12 January to 9 March 2027.\n' },
    {
      name: 'a range across the new year, the year given only at the start',
      text: '# Parks consultation\n\nYou can have your say from 1 December 2026 to 9 February.\n',
    },
    { name: 'US month-first dates', kind: 'survey', text: '# Parks survey\n\nThe survey is open from January 12 to March 9, 2027.\n' },
    {
      name: 'opening and closing dates in front matter',
      text: '---\nconsultation_opens: 2027-01-12\nconsultation_closes: 2027-03-09\n---\n\n# Parks consultation\n\nWe want your views.\n',
    },
    {
      name: 'numeric UK dates with labels',
      text: '# Parks consultation\n\nOpening date: 12/01/2027. Closing date: 09/03/2027.\n',
    },
    { name: 'a stated length without dates', text: '# Parks consultation\n\nThe consultation will run for eight weeks.\n' },
    { name: 'an eight-week consultation', text: '# Parks consultation\n\nThis is an eight-week consultation on the future of the parks.\n' },
    {
      name: 'a table of key dates',
      text: '# Parks consultation\n\n## Key dates\n\n| Stage | Date |\n|---|---|\n| Consultation opens | 12 January 2027 |\n| Consultation closes | 9 March 2027 |\n| Cabinet decision | 14 April 2027 |\n',
    },
    {
      name: 'a list after a lead-in sentence',
      text: '# Parks consultation\n\nThe consultation:\n\n- opens on 12 January 2027\n- closes at midnight on 9 March 2027\n',
    },
    { name: 'a closing date alone', text: '# Parks consultation\n\nYou have until 9 March 2027 to respond.\n' },
    { name: 'a date under a "Closing date" heading', text: '# Parks consultation\n\n## Closing date\n\nFriday 9 March 2027\n' },
    { name: 'a closing month', kind: 'survey', text: '# Parks survey\n\nThe survey closes in March 2027.\n' },
    { name: 'the end of a month', kind: 'survey', text: '# Parks survey\n\nPlease respond by the end of March 2027.\n' },
    { name: 'six weeks less a day reads as six weeks', text: '# Parks consultation\n\nThe consultation runs from 1 March to 11 April 2027.\n' },
    {
      name: 'a shorter period allowed by the minimumWeeks option',
      text: '# Parks consultation\n\nThe consultation runs from 1 March to 5 April 2027.\n',
      settings: { options: { 'response-period-missing': { minimumWeeks: 4 } } },
    },
    {
      name: 'a closing date with the decision date after it in the same sentence',
      text: '# Parks consultation\n\nThe consultation closes on 9 March 2027 and the Cabinet will decide in April 2027.\n',
    },
    { name: 'policies are not asked for a response period', kind: 'policy', text: '# Parks policy\n\nWe will look after the parks.\n' },
  ],
  flagged: [
    {
      name: 'the metadata example: no dates at all, a section is added at the end',
      text: rule.example.flagged,
      findings: [{ at: '# Library opening hours consultation', message: MISSING }],
      fixTitles: ["Insert a 'Key dates' section"],
      output: `${rule.example.flagged}\n${SECTION}\n`,
    },
    {
      name: 'the section goes before "How you can take part"',
      text: '# Parks consultation\n\n## Why we are asking\n\nThe parks need work.\n\n## How you can take part\n\nFill in the form.\n',
      findings: [{ at: '# Parks consultation', message: MISSING }],
      output: `# Parks consultation\n\n## Why we are asking\n\nThe parks need work.\n\n${SECTION}\n\n## How you can take part\n\nFill in the form.\n`,
    },
    {
      name: 'a survey with no closing date',
      kind: 'survey',
      text: '# Parks survey\n\nQ1. How often do you visit a park?\n',
      findings: [{ at: '# Parks survey', message: MISSING }],
      output: `# Parks survey\n\nQ1. How often do you visit a park?\n\n${SECTION}\n`,
    },
    {
      name: 'a decision date is not a closing date',
      text: '# Parks consultation\n\nThe Cabinet will decide on 14 April 2027.\n',
      findings: [{ at: '# Parks consultation', message: MISSING }],
      output: `# Parks consultation\n\nThe Cabinet will decide on 14 April 2027.\n\n${SECTION}\n`,
    },
    {
      name: 'a date for publishing the results is not a closing date',
      text: '# Parks consultation\n\nWe will publish the results of the consultation by 9 March 2027.\n',
      findings: [{ at: '# Parks consultation', message: MISSING }],
      output: `# Parks consultation\n\nWe will publish the results of the consultation by 9 March 2027.\n\n${SECTION}\n`,
    },
    {
      name: 'a building that closes is not the consultation closing',
      text: '# Library consultation\n\nThe old library will close on 31 March 2027.\n',
      findings: [{ at: '# Library consultation', message: MISSING }],
      output: `# Library consultation\n\nThe old library will close on 31 March 2027.\n\n${SECTION}\n`,
    },
    {
      name: 'a feedback timescale is not a response period',
      text: '# Parks consultation\n\nWithin 12 weeks of the consultation closing we will publish what you told us.\n',
      findings: [{ at: '# Parks consultation', message: MISSING }],
      output: `# Parks consultation\n\nWithin 12 weeks of the consultation closing we will publish what you told us.\n\n${SECTION}\n`,
    },
    {
      name: 'a four-week range',
      text: '# Parks consultation\n\nThe consultation runs from 1 March to 29 March 2027.\n',
      findings: [{ at: 'The consultation runs from 1 March to 29 March 2027.', message: tooShort('4 weeks') }],
    },
    {
      name: 'a stated length of four weeks',
      kind: 'survey',
      text: '# Parks survey\n\nThe survey will be open for four weeks.\n',
      findings: [{ at: 'The survey will be open for four weeks.', message: tooShort('4 weeks') }],
    },
    {
      name: 'opening and closing dates in separate sentences',
      text: '# Parks consultation\n\nThe consultation opens on 12 January 2027. Please send us your views by 2 February 2027.\n',
      findings: [{ at: 'Please send us your views by 2 February 2027.', message: tooShort('3 weeks') }],
    },
    {
      name: 'front matter dates three weeks apart',
      text: '---\nconsultation_opens: 2027-01-12\nconsultation_closes: "2027-02-05"\n---\n\n# Parks consultation\n\nWe want your views.\n',
      findings: [{ at: '2027-02-05', message: tooShort('3 weeks and 3 days') }],
    },
    {
      name: 'a US date that can only be read month first',
      text: '# Parks consultation\n\nThe consultation opens on 03/03/2027 and responses must reach us by 03/25/2027.\n',
      findings: [
        { at: 'The consultation opens on 03/03/2027 and responses must reach us by 03/25/2027.', message: tooShort('3 weeks and 1 day') },
      ],
    },
    {
      name: 'eight weeks against a twelve-week minimum',
      text: '# Parks consultation\n\nThe consultation runs from 12 January to 9 March 2027.\n',
      settings: { options: { 'response-period-missing': { minimumWeeks: 12 } } },
      findings: [{ at: 'The consultation runs from 12 January to 9 March 2027.', message: tooShort('8 weeks', 12) }],
    },
    {
      name: 'placeholders for the start and end dates',
      text: '# Parks consultation\n\n**Name of consultation** Parks\n**Start date** xxx\n**End date** xxx\n',
      findings: [
        { at: 'xxx', occurrence: 1, message: placeholder('xxx') },
        { at: 'xxx', occurrence: 2, message: placeholder('xxx') },
      ],
    },
    {
      name: 'a date format left in place of the closing date',
      text: '# Parks consultation\n\nThe consultation closes on DD/MM/YYYY.\n',
      findings: [{ at: 'DD/MM/YYYY', message: placeholder('DD/MM/YYYY') }],
    },
    {
      name: 'a bracketed closing date',
      kind: 'survey',
      text: '# Parks survey\n\nPlease send us your views by [closing date].\n',
      findings: [{ at: '[closing date]', message: placeholder('[closing date]') }],
    },
    {
      name: 'TBC as the closing date in front matter',
      text: '---\nconsultation_closes: TBC\n---\n\n# Parks consultation\n\nWe want your views.\n',
      findings: [{ at: 'TBC', message: placeholder('TBC') }],
    },
    {
      name: 'a placeholder for the number of weeks',
      text: '# Parks consultation\n\nThe consultation will run for XX weeks.\n',
      findings: [{ at: 'XX', message: placeholder('XX') }],
    },
    {
      name: 'a placeholder under a "Key dates" heading',
      text: '# Parks consultation\n\n## Key dates\n\nTBC\n',
      findings: [{ at: 'TBC', message: placeholder('TBC') }],
    },
    {
      name: 'a decision date left as TBC is not the response period',
      text: '# Parks consultation\n\nDecision date: TBC.\n',
      findings: [{ at: '# Parks consultation', message: MISSING }],
      output: `# Parks consultation\n\nDecision date: TBC.\n\n${SECTION}\n`,
    },
  ],
});
