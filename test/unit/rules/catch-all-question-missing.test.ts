import rule from '../../../server/src/rules/catch-all-question-missing';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  "The questions end without an open 'anything else?' question, so people cannot raise what you did not think to ask. Add a last question such as 'Is there anything else you would like to tell us?'.";
const FIX = "Add 'Is there anything else you would like to tell us?'";

describeRule(rule, {
  kind: 'survey',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: '"Any other comments?" as the last bullet',
      text: '## Questions\n\n- Which bus routes do you use?\n- How often do you travel before 9am?\n- Any other comments?\n',
    },
    {
      name: 'anything we have not asked about, as a labelled paragraph',
      text: 'Q1. How did you hear about the centre?\n\nQ2. What would you change about it?\n\nQ3. Is there anything we have not asked about that matters to you?\n',
    },
    {
      name: 'a closing line under the questions, not itself a question',
      text: '## Your views\n\n1. Which days suit you?\n2. Which times suit you?\n\nPlease use the box below for any further comments.\n',
    },
    { name: 'one question is not a survey', text: '## Question\n\nWhat should we call the new park?\n' },
    {
      name: 'rhetorical questions and headings do not count',
      text: '# Parks plan\n\n## Why change?\n\nWhy does this matter? Because the parks are used by everyone.\n\n## What next?\n\nWe will decide in June.\n',
    },
    {
      name: 'not checked in a policy',
      kind: 'policy',
      text: '## Questions\n\n1. How often do you use the library?\n2. Which opening times suit you best?\n',
    },
    {
      name: 'frequently asked questions are not questions put to people',
      text: '## Frequently asked questions\n\n- When will the works start?\n- Who pays for it?\n',
    },
  ],
  flagged: [
    {
      name: 'the metadata example',
      text: rule.example.flagged,
      findings: [{ at: 'Which opening times suit you best?', message: MISSING }],
      fixTitles: [FIX],
      output: '## Questions\n\n1. How often do you use the library?\n2. Which opening times suit you best?\n3. Is there anything else you would like to tell us?\n',
    },
    {
      name: 'after the options of the last bulleted question',
      kind: 'consultation',
      text: '## Have your say\n\n- Do you use the car park?\n- How would you rate it?\n  - Good\n  - Fair\n  - Poor\n\n## Contact\n\nEmail us.\n',
      findings: [{ at: 'How would you rate it?', message: MISSING }],
      output:
        '## Have your say\n\n- Do you use the car park?\n- How would you rate it?\n  - Good\n  - Fair\n  - Poor\n- Is there anything else you would like to tell us?\n\n## Contact\n\nEmail us.\n',
    },
    {
      name: 'labelled paragraphs are numbered on',
      text: 'Q1. Which room did you book?\n\nQ2. How easy was it to book?\n( ) Easy\n( ) Difficult\n',
      findings: [{ at: 'How easy was it to book?', message: MISSING }],
      output: 'Q1. Which room did you book?\n\nQ2. How easy was it to book?\n( ) Easy\n( ) Difficult\n\nQ3. Is there anything else you would like to tell us?\n',
    },
    {
      name: 'questions in a table: a paragraph after it',
      text: '| Question | Answer |\n|---|---|\n| Where do you live? | |\n| How old are you? | |\n',
      findings: [{ at: 'How old are you?', message: MISSING }],
      output: '| Question | Answer |\n|---|---|\n| Where do you live? | |\n| How old are you? | |\n\nIs there anything else you would like to tell us?\n',
    },
    {
      name: '"anything else" before the questions does not count',
      text: 'If you need anything else, call us.\n\n## Questions\n\n1. Which days suit you?\n2. Which times suit you?\n',
      findings: [{ at: 'Which times suit you?', message: MISSING }],
      output: 'If you need anything else, call us.\n\n## Questions\n\n1. Which days suit you?\n2. Which times suit you?\n3. Is there anything else you would like to tell us?\n',
    },
  ],
});
