import rule from '../../../server/src/rules/loaded-question';
import { describeRule } from '../../helpers/rule-tester';

const word = (w: string) =>
  `Loaded question: '${w}' is a charged word, so the question tells people how to feel before they answer. Describe the subject in neutral terms and let people judge it.`;
const evaluative = (w: string) =>
  `Loaded question: '${w}' builds a judgement into the question, so people have to accept it before they can answer. Remove it, or ask people what they think of the thing itself.`;
const presupposition = (t: string, a: string) =>
  `Loaded question: '${t}' assumes ${a}, which may not be true for everyone answering. Ask a filter question first, or add 'if any' or 'if at all'.`;
const assumedView = (t: string, a: string) =>
  `Loaded question: '${t}' takes for granted ${a}, so people who do not cannot answer. Ask what they think first, for example 'What do you think about…?'.`;
const assumedBenefit = (t: string, a: string) =>
  `Loaded question: '${t}' takes for granted ${a}, so people who see no gain cannot say so. Ask about the effect either way, for example 'What difference, if any, has it made?'.`;
const consequence = (t: string) =>
  `Loaded question: '${t}' adds a vivid consequence that pulls answers one way. Set out the trade-off neutrally in the background information and ask about the proposal on its own.`;
const preambleWord = (w: string) =>
  `Loaded question: the sentence before it uses '${w}', which sets an emotional tone for the answer. Keep the background factual and neutral.`;

describeRule(rule, {
  kind: 'survey',
  ok: [
    { name: 'neutral description', text: 'How often, if at all, do you use the new library?\n' },
    { name: 'a capitalised name is not a judgement', text: 'Have you heard of the Safer Streets Fund?\n' },
    { name: 'a quoted title is not a judgement', text: "What do you think of the 'Excellent Care' awards?\n" },
    { name: 'people are asked to judge fairness', text: 'Is the proposed charge of £40 a year fair?\n' },
    { name: 'people are asked what is reasonable', text: 'How long do you think it is reasonable to wait for a routine appointment?\n' },
    { name: 'a general idea, not a described thing', text: 'Do you think fair pricing is important for public transport?\n' },
    { name: 'a rating scale in the question', text: 'Would you describe the service as excellent, good, fair or poor?\n' },
    { name: '"outstanding" meaning not yet done', text: 'Do you have any outstanding repairs in your home?\n' },
    { name: '"reasonable adjustments" is a legal term', text: 'Do you need any reasonable adjustments to take part?\n' },
    { name: '"dementia-friendly" is a compound', text: 'Should the library offer dementia-friendly sessions?\n' },
    { name: 'choosing the best way is neutral', text: 'Which of the following do you think is the best way to decide charges?\n' },
    { name: 'a filter question', text: 'Do you pay for any library services?\n' },
    { name: '"if any" lifts the presupposition', text: 'Which services, if any, do you pay to use in the library?\n' },
    { name: 'after a filter ("If yes, …")', text: 'If yes, which services do you pay for?\n' },
    { name: 'a singular everyday choice', text: 'Which language do you use at home?\n' },
    { name: 'concerns with "if any"', text: 'What concerns, if any, do you have about the proposals?\n' },
    { name: 'balanced benefits and drawbacks', text: 'What are the benefits and drawbacks of the proposed hub?\n' },
    { name: 'open question about change', text: 'How, if at all, has the new booking system changed your visits?\n' },
    { name: 'the most important problem (open, neutral)', text: 'What is the most important problem facing your neighbourhood?\n' },
    { name: 'plain yes/no', text: '- Should the council charge for garden waste collection?\n' },
    { name: 'a statement, not a question', text: 'The much-needed library opened in May.\n' },
  ],
  flagged: [
    {
      name: 'emotive adjective before a noun, in a paragraph: removal offered',
      text: 'How often do you use the much-needed new library?\n',
      findings: [{ at: 'How often do you use the much-needed new library?', message: word('much-needed') }],
      fixTitles: ["Remove 'much-needed'"],
      output: 'How often do you use the new library?\n',
    },
    {
      name: '"so-called" in a "Q2." numbered item',
      text: 'Q2. What do you think of the so-called clean air zone?\n',
      findings: [{ at: 'What do you think of the so-called clean air zone?', message: word('so-called') }],
      output: 'Q2. What do you think of the clean air zone?\n',
    },
    {
      name: '"wasteful" in a list item',
      text: '- Should we scrap the wasteful parking permit scheme?\n',
      findings: [{ at: 'Should we scrap the wasteful parking permit scheme?', message: word('wasteful') }],
      output: '- Should we scrap the parking permit scheme?\n',
    },
    {
      name: '"red tape" (a phrase: no removal)',
      text: 'Should the council cut the red tape that holds back small businesses?\n',
      findings: [{ at: 'Should the council cut the red tape that holds back small businesses?', message: word('red tape') }],
    },
    {
      name: '"crisis" in a heading',
      text: '## How should the council respond to the housing crisis?\n',
      findings: [{ at: 'How should the council respond to the housing crisis?', message: word('crisis') }],
    },
    {
      name: '"an excellent service": removing would leave "an service", so no fix',
      text: 'How satisfied are you with an excellent service like ours?\n',
      findings: [{ at: 'How satisfied are you with an excellent service like ours?', message: word('excellent') }],
    },
    {
      name: 'a describing word slipped in: "our friendly staff", in a table cell',
      text: '| Question |\n|---|\n| How satisfied are you with our friendly staff? |\n',
      findings: [{ at: 'How satisfied are you with our friendly staff?', message: evaluative('friendly') }],
      fixTitles: ["Remove 'friendly'"],
      output: '| Question |\n|---|\n| How satisfied are you with our staff? |\n',
    },
    {
      name: '"a reasonable amount" presented as settled: removing would leave "a amount", so no fix',
      text: 'Should the council charge a reasonable amount for care services?\n',
      findings: [{ at: 'Should the council charge a reasonable amount for care services?', message: evaluative('reasonable') }],
    },
    {
      name: '"a much-loved park": removal keeps "a park"',
      text: 'Should the council sell off part of a much-loved park?\n',
      findings: [{ at: 'Should the council sell off part of a much-loved park?', message: word('much-loved') }],
      output: 'Should the council sell off part of a park?\n',
    },
    {
      name: 'bold inside the question: flagged, no removal across the markup',
      text: 'How often do you use the **much-needed** library?\n',
      findings: [{ at: 'How often do you use the **much-needed** library?', message: word('much-needed') }],
    },
    {
      name: 'CRLF line endings are kept by the fix',
      text: '# Survey\r\n\r\nDo you use the much-needed new library?\r\n',
      findings: [{ at: 'Do you use the much-needed new library?', message: word('much-needed') }],
      output: '# Survey\r\n\r\nDo you use the new library?\r\n',
    },
    {
      name: '"When did you stop…"',
      text: 'When did you stop using the mobile library?\n',
      findings: [
        { at: 'When did you stop using the mobile library?', message: presupposition('When did you stop', 'that the person used to do this and has stopped') },
      ],
    },
    {
      name: '"Which services do you pay for": add "if any"',
      text: 'Which services do you pay for?\n',
      findings: [{ at: 'Which services do you pay for?', message: presupposition('Which services do you pay for', 'that the person pays for something') }],
      fixTitles: ["Add ', if any,'"],
      output: 'Which services, if any, do you pay for?\n',
    },
    {
      name: '"What prescriptions do you take"',
      text: 'What prescriptions do you take?\n',
      findings: [{ at: 'What prescriptions do you take?', message: presupposition('What prescriptions do you take', 'that the person takes something') }],
      output: 'What prescriptions, if any, do you take?\n',
    },
    {
      name: 'main concern assumed',
      text: 'What is your main concern about the new housing development?\n',
      findings: [
        { at: 'What is your main concern about the new housing development?', message: presupposition('What is your main concern', 'that the person has a concern') },
      ],
    },
    {
      name: '"Why do you oppose…"',
      text: 'Why do you oppose the low traffic neighbourhood?\n',
      findings: [{ at: 'Why do you oppose the low traffic neighbourhood?', message: assumedView('Why do you oppose', 'that the person opposes it') }],
    },
    {
      name: '"How has X improved…"',
      text: 'How has the new booking system improved your experience?\n',
      findings: [
        {
          at: 'How has the new booking system improved your experience?',
          message: assumedBenefit('How has the new booking system improved', 'that things have got better'),
        },
      ],
    },
    {
      name: '"What other improvements…"',
      text: 'What other improvements would you like to see at the leisure centre?\n',
      findings: [
        {
          at: 'What other improvements would you like to see at the leisure centre?',
          message: assumedBenefit('What other improvements', 'that the changes already named were improvements'),
        },
      ],
    },
    {
      name: '"the benefits of…"',
      text: 'What are the benefits of the proposed community hub?\n',
      findings: [{ at: 'What are the benefits of the proposed community hub?', message: assumedBenefit('the benefits of', 'that there are benefits') }],
    },
    {
      name: 'a vivid consequence',
      text: 'Would you support the scheme even if it meant losing your parking space?\n',
      findings: [{ at: 'Would you support the scheme even if it meant losing your parking space?', message: consequence('even if it meant') }],
    },
    {
      name: 'an emotive sentence before the question',
      text: 'People are dying needlessly. Should the NHS be better funded?\n',
      findings: [{ at: 'Should the NHS be better funded?', message: preambleWord('needlessly') }],
    },
    {
      name: 'an emotive comma clause in the same sentence',
      text: 'This policy is undesirable, do you think the council should keep it?\n',
      findings: [{ at: 'This policy is undesirable, do you think the council should keep it?', message: word('undesirable') }],
    },
  ],
});
