import rule from '../../../server/src/rules/contact-missing';
import { snippetText } from '../../../server/src/rules/snippet-sections';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  "Nothing says how to respond or who to contact, so people who want to take part or ask a question are stuck. Add a 'Contact us' section with a named person or team, an email address, a phone number and a postal address.";
const NO_CONTACT =
  'This says how to take part but gives no one to contact, so people who have a question or need help to respond have nowhere to turn. Add a named person or team with an email address and a phone number.';
const NO_DETAILS =
  'This gives a contact but no way to reach them: no email address, phone number or postal address. Add at least an email address and a phone number.';

const SECTION = snippetText('How to respond and contact us');

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'an email address in the body, with no contact heading',
      text: '# Allotments consultation\n\nSend your views to allotments@example.gov.uk by 1 May.\n',
    },
    {
      name: 'a phone number in a table cell',
      text: '# Allotments consultation\n\n## Ways to respond\n\n| Way | Details |\n|---|---|\n| Phone | 0300 123 4567 |\n',
    },
    { name: 'an international-format phone number', text: '# Allotments consultation\n\nCall +44 (0)20 7946 0000 with any questions.\n' },
    { name: 'a Freepost address', text: '# Allotments consultation\n\nPost your response to Freepost ALLOTMENTS.\n' },
    { name: 'a postal address with a postcode', text: '# Allotments consultation\n\nWrite to us at the Town Hall, High Street, Newtown NT1 2AB.\n' },
    {
      name: 'a "Get in touch" section that names a team and a channel',
      text: '# Allotments consultation\n\n## Get in touch\n\nEmail or phone the allotments team.\n',
    },
    {
      name: 'a named person with a way to reach them, outside a contact section',
      text: '# Allotments consultation\n\nIf you have questions, you can email Priya Shah in the planning team.\n',
    },
    {
      name: 'contact details in front matter',
      text: '---\ntype: consultation\ncontact: allotments@example.gov.uk\n---\n\n# Allotments consultation\n\nFill in the survey.\n',
    },
    {
      name: 'en-US "Inquiries" heading with a phone number',
      text: '# Parks program consultation\n\n## Inquiries\n\nCall the parks office on 01234 567890.\n',
    },
    { name: 'strategies are not checked', kind: 'strategy', text: '# Involvement strategy\n\nWe will involve people.\n' },
  ],
  flagged: [
    {
      name: 'the metadata example: a way to respond but no one to contact',
      text: rule.example.flagged,
      findings: [{ at: '## How to respond', message: NO_CONTACT }],
      fixTitles: ["Insert a 'Contact us' section"],
      output: `${rule.example.flagged}\n${SECTION}\n`,
    },
    {
      name: 'nothing at all: a section is inserted before the appendix',
      text: '# Bin collection consultation\n\n## Why we are asking\n\nWe want to change collection days.\n\n## Appendix A: maps\n\nMaps of the rounds.\n',
      findings: [{ at: '# Bin collection consultation', message: MISSING }],
      fixTitles: ["Insert a 'Contact us' section"],
      output: `# Bin collection consultation\n\n## Why we are asking\n\nWe want to change collection days.\n\n${SECTION}\n\n## Appendix A: maps\n\nMaps of the rounds.\n`,
    },
    {
      name: 'a contact section that only names a person',
      text: '# Bin collection consultation\n\nFill in the questionnaire.\n\n## Contact us\n\nJo Evans, waste officer.\n',
      findings: [{ at: '## Contact us', message: NO_DETAILS }],
    },
    {
      name: 'a named team with no way to reach it',
      text: '# Bin collection consultation\n\nFor more information, speak to the waste team.\n',
      findings: [{ at: 'For more information, speak to the waste team.', message: NO_DETAILS }],
    },
    {
      name: 'a way to respond in the body, with no methods heading',
      kind: 'survey',
      text: '# Residents survey\n\nYou can fill in the questionnaire at any library.\n',
      findings: [{ at: 'You can fill in the questionnaire at any library.', message: NO_CONTACT }],
      output: `# Residents survey\n\nYou can fill in the questionnaire at any library.\n\n${SECTION}\n`,
    },
    {
      name: 'information for an engagement plan',
      kind: 'engagement-plan',
      text: '# Depot site engagement plan\n\nThe project team will contact every household in the area.\n',
      findings: [{ at: '# Depot site engagement plan', message: MISSING }],
      output: `# Depot site engagement plan\n\nThe project team will contact every household in the area.\n\n${SECTION}\n`,
    },
    {
      name: 'a "Questions" section of survey questions is not a contact section',
      kind: 'survey',
      text: '# Residents survey\n\n## Questions\n\n1. How often do you visit the park?\n',
      findings: [{ at: '# Residents survey', message: MISSING }],
      output: `# Residents survey\n\n## Questions\n\n1. How often do you visit the park?\n\n${SECTION}\n`,
    },
    {
      name: '"Contact arrangements" for children in care is not a contact section',
      kind: 'policy',
      text: '# Looked-after children policy\n\n## Contact arrangements\n\nChildren see their families every week.\n',
      findings: [{ at: '# Looked-after children policy', message: MISSING }],
      output: `# Looked-after children policy\n\n## Contact arrangements\n\nChildren see their families every week.\n\n${SECTION}\n`,
    },
    {
      name: 'a year or a reference number is not a phone number',
      kind: 'policy',
      text: '# Fleet policy 2026\n\nThis replaces policy 0123 4567 from 2019.\n',
      findings: [{ at: '# Fleet policy 2026', message: MISSING }],
      output: `# Fleet policy 2026\n\nThis replaces policy 0123 4567 from 2019.\n\n${SECTION}\n`,
    },
  ],
});
