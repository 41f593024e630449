import rule from '../../../server/src/rules/undefined-acronym';
import { describeRule } from '../../helpers/rule-tester';

const undefinedMsg = (a: string) =>
  `'${a}' is not spelled out, so readers who do not know it have to guess. Write it in full the first time, with '${a}' in brackets after it.`;
const later = (a: string) =>
  `'${a}' is used here before it is spelled out later in the draft, so readers meet it unexplained. Move the full words to this first use.`;

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'metadata ok example', text: '## Who decides\n\nThe Integrated Care Board (ICB) will make the final decision in June. The ICB meets in public.\n' },
    { name: 'short form first, full words in brackets', text: 'The VCSE (voluntary, community and social enterprise) sector will help us.\nVCSE partners will run sessions.\n' },
    { name: 'widely known abbreviations', text: 'Ask your GP, the NHS or your MP. We offer BSL and a PDF version. The UK and EU rules apply.\n' },
    { name: 'defined in an earlier block, used in a later list', text: 'The Health and Wellbeing Board (HWB) owns this plan.\n\n- The HWB meets every two months.\n' },
    { name: 'a glossary table', text: '| Term | Meaning |\n|---|---|\n| SEND | Special educational needs and disabilities |\n\nWe will ask families about SEND support.\n' },
    { name: 'a glossary list', text: '- PCN: primary care network\n\nYour PCN will host the drop-in.\n' },
    { name: '"or" introduces the short form', text: 'The joint strategic needs assessment, or JSNA, shows the gaps. The JSNA is updated yearly.\n' },
    { name: 'capitals for emphasis are not acronyms', text: 'Please do NOT send original documents. The form is FREE to use.\n' },
    { name: 'a title in capitals', text: 'IMPORTANT NOTICE ABOUT THE LIBRARY CONSULTATION DATES.\n' },
    { name: 'roman numerals', text: 'See Part II and Appendix IV for the data.\n' },
    { name: 'in a heading only', text: '## About the JSNA\n\nThe joint strategic needs assessment (JSNA) shows where need is greatest.\n' },
    { name: 'inside inline code', text: 'Use the `CSV` export.\n' },
    { name: 'part of a web address', text: 'Read more on GOV.UK.\n' },
  ],
  flagged: [
    {
      name: 'metadata flagged example',
      text: '## Who decides\n\nThe ICB will make the final decision in June.\n',
      findings: [{ at: 'ICB', message: undefinedMsg('ICB') }],
    },
    {
      name: 'first use only, in a list item',
      text: '- Ask the PCN for a copy.\n- The PCN will reply within a week.\n',
      findings: [{ at: 'PCN', occurrence: 1, message: undefinedMsg('PCN') }],
    },
    {
      name: 'plural form, in a table cell',
      text: '| Who | How |\n|---|---|\n| CCGs | Letter |\n',
      findings: [{ at: 'CCGs', message: undefinedMsg('CCG') }],
    },
    {
      name: 'spelled out only later',
      text: 'The SAB will review the plan.\n\nThe Safeguarding Adults Board (SAB) meets in public.\n',
      findings: [{ at: 'SAB', occurrence: 1, message: later('SAB') }],
    },
    {
      name: 'two acronyms, each flagged once',
      text: 'The ICS and the ICB will both respond. The ICS will publish a summary.\n',
      findings: [
        { at: 'ICS', occurrence: 1, message: undefinedMsg('ICS') },
        { at: 'ICB', message: undefinedMsg('ICB') },
      ],
    },
  ],
});
