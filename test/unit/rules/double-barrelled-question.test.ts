import rule from '../../../server/src/rules/double-barrelled-question';
import { describeRule } from '../../helpers/rule-tester';

const pair = (items: string) =>
  `Double-barrelled question: it asks about ${items} together, so one answer cannot show which of them people mean. Ask about each in its own question.`;
const eitherOr = (a: string, b: string) =>
  `Double-barrelled question: it asks about '${a}' or '${b}' with one yes or no, so a yes cannot show which. Ask about each separately, or ask which they use.`;
const andOr = (phrase: string) =>
  `Double-barrelled question: 'and/or' in '${phrase}' joins two things, so an answer could be about either or both. Ask about each separately.`;
const asWellAs = (a: string, b: string) =>
  `Double-barrelled question: 'as well as' adds '${b}' to '${a}', so one answer has to cover both. Ask about each separately.`;
const twoClaims = (joiner: string) =>
  `Double-barrelled question: '${joiner}' joins two separate points, so someone who agrees with one and not the other cannot answer. Split it into two questions.`;
const twoQuestions = (first: string, second: string) =>
  `Double-barrelled question: this item asks two questions ('${first}' and '${second}') with room for one answer. Give each question its own item.`;

const SPLIT = 'Split into two questions';

describeRule(rule, {
  kind: 'survey',
  ok: [
    { name: 'a choice between two places', text: 'Would you rather use the swimming pool or the sports hall?\n' },
    { name: 'one kind of thing under one determiner', text: 'Do you use a walking frame or stick?\n' },
    { name: '"or not" keeps it one question', text: 'Do you use the sports hall or not?\n' },
    { name: '"or anywhere else" widens one question', text: 'Do you shop in the town centre or anywhere else nearby?\n' },
    { name: 'two ways of using one service', text: 'Do you contact the housing team by phone or online?\n' },
    { name: 'a fixed pair read with "or"', text: 'Do you visit friends or family in the care home?\n' },
    { name: 'stacked praise on one thing is loaded, not two questions', text: 'How satisfied were you with our innovative and excellent new booking page?\n' },
    { name: 'one thing at a time', text: 'How satisfied or dissatisfied are you with the opening hours?\n' },
    { name: 'balanced pair: agree or disagree', text: 'To what extent do you agree or disagree with the proposal?\n' },
    { name: 'balanced pair: costs and benefits', text: 'How would you weigh up the costs and benefits of the scheme?\n' },
    { name: 'balanced pair: advantages and disadvantages', text: 'Do you think the advantages and disadvantages have been explained?\n' },
    { name: 'fixed phrase: health and social care', text: 'How satisfied are you with health and social care services in your area?\n' },
    { name: 'fixed phrase: adult social care and health', text: 'How easy is it to find information about adult social care and health services?\n' },
    { name: 'fixed phrase: walking and cycling', text: 'Do you think walking and cycling routes should be improved?\n' },
    { name: 'fixed phrase: waste and recycling', text: 'Have you used the waste and recycling centre in the last year?\n' },
    { name: 'fixed phrase: friends and family', text: 'How likely are you to recommend our service to friends and family?\n' },
    { name: 'fixed phrase: black and minority ethnic', text: 'Do you think black and minority ethnic residents were heard?\n' },
    { name: 'near-synonyms: dignity and respect', text: 'Were you treated with dignity and respect?\n' },
    { name: 'near-synonyms: sustainable or renewable', text: 'Should new homes use sustainable or renewable energy?\n' },
    { name: 'forced choice between two options', text: 'Would you prefer the market to be held on Saturdays or Sundays?\n' },
    { name: 'options listed in the question', text: 'Which of these would you use: a library, a café and a play area?\n' },
    { name: 'a range, not two things', text: 'Would you use the service between 9am and 5pm?\n' },
    { name: 'one task: find and book', text: 'How easy was it to find and book an appointment?\n' },
    { name: 'a count', text: 'How many adults and children live in your household?\n' },
    { name: 'open questions can take two parts', text: 'What worked well and what could be better?\n' },
    { name: 'a shared head: "the collection and return service"', text: 'Are you aware of our collection and return service?\n' },
    { name: 'a pair describing one target: "support for carers and their families"', text: 'How satisfied are you with the support for carers and their families?\n' },
    { name: 'a comparison, not an addition', text: 'Does the new form work as well as the old one?\n' },
    { name: '"and/or" across a slash list of one kind of thing', text: 'Did you have enough information about hospitals/clinics and/or specialists?\n' },
    { name: 'a filter then a follow-up in one item', text: '- Do you use the library? If so, how often?\n' },
    { name: 'two questions in one item of prose that is not a questionnaire', kind: 'service-design', text: '- Is the flow logical? Does the structure make sense?\n' },
    { name: 'a statement, not a question', text: 'We will improve the cleanliness and opening hours.\n' },
  ],
  flagged: [
    {
      name: 'a yes/no about using one of two places: split into two questions',
      text: 'Do you use the swimming pool or the sports hall?\n',
      findings: [{ at: 'Do you use the swimming pool or the sports hall?', message: eitherOr('the swimming pool', 'the sports hall') }],
      fixTitles: [SPLIT],
      output: 'Do you use the swimming pool? Do you use the sports hall?\n',
    },
    {
      name: 'a yes/no about visiting one of two places, in a numbered item: no split',
      text: 'Q2. Have you been to the museum or to the castle this year?\n',
      findings: [{ at: 'Have you been to the museum or to the castle this year?', message: eitherOr('the museum', 'to the castle this year') }],
    },
    {
      name: 'two things at the end: split into two questions',
      text: 'How satisfied are you with the cleanliness and opening hours?\n',
      findings: [{ at: 'How satisfied are you with the cleanliness and opening hours?', message: pair("'cleanliness' and 'opening hours'") }],
      fixTitles: [SPLIT],
      output: 'How satisfied are you with the cleanliness? How satisfied are you with the opening hours?\n',
    },
    {
      name: 'two qualities in a list item: no split, which would leave two questions in one item',
      text: '- Was the receptionist friendly and helpful?\n',
      findings: [{ at: 'Was the receptionist friendly and helpful?', message: pair("'friendly' and 'helpful'") }],
    },
    {
      name: 'the split keeps "well" with its word',
      text: 'Are the changing rooms clean and well maintained?\n',
      findings: [{ at: 'Are the changing rooms clean and well maintained?', message: pair("'clean' and 'well maintained'") }],
      output: 'Are the changing rooms clean? Are the changing rooms well maintained?\n',
    },
    {
      name: 'each with its own determiner',
      text: 'Do you use the library and the leisure centre?\n',
      findings: [{ at: 'Do you use the library and the leisure centre?', message: pair("'library' and 'leisure centre'") }],
      output: 'Do you use the library? Do you use the leisure centre?\n',
    },
    {
      name: 'in a table cell',
      text: '| Question | Answer |\n|---|---|\n| Is the new timetable clear and convenient? | Yes / No |\n',
      findings: [{ at: 'Is the new timetable clear and convenient?', message: pair("'clear' and 'convenient'") }],
    },
    {
      name: 'in a heading',
      text: '## How satisfied are you with bin collections and street cleaning?\n',
      findings: [{ at: 'How satisfied are you with bin collections and street cleaning?', message: pair("'bin collections' and 'street cleaning'") }],
      output: '## How satisfied are you with bin collections? How satisfied are you with street cleaning?\n',
    },
    {
      name: 'in a "Q3." numbered item (no split: both halves would share the number)',
      text: 'Q3. Are the changing rooms clean and well maintained?\n',
      findings: [{ at: 'Are the changing rooms clean and well maintained?', message: pair("'clean' and 'well maintained'") }],
    },
    {
      name: 'not at the end of the sentence: flagged without a split',
      text: 'How would you rate the speed and quality of the repair?\n',
      findings: [{ at: 'How would you rate the speed and quality of the repair?', message: pair("'speed' and 'quality'") }],
    },
    {
      name: 'three things',
      text: 'How satisfied are you with the cleanliness, safety and lighting of the park?\n',
      findings: [
        { at: 'How satisfied are you with the cleanliness, safety and lighting of the park?', message: pair("'cleanliness', 'safety' and 'lighting'") },
      ],
    },
    {
      name: 'two actions in one yes/no',
      text: 'Should the council reduce parking charges and extend opening hours?\n',
      findings: [
        { at: 'Should the council reduce parking charges and extend opening hours?', message: pair("'reduce parking charges' and 'extend opening hours'") },
      ],
      output: 'Should the council reduce parking charges? Should the council extend opening hours?\n',
    },
    {
      name: 'two activities (gerunds)',
      text: 'How much do you enjoy playing football and watching films?\n',
      findings: [{ at: 'How much do you enjoy playing football and watching films?', message: pair("'playing football' and 'watching films'") }],
      output: 'How much do you enjoy playing football? How much do you enjoy watching films?\n',
    },
    {
      name: 'two settings',
      text: 'Do you feel safe in the town centre during the day and at night?\n',
      findings: [{ at: 'Do you feel safe in the town centre during the day and at night?', message: pair("'during the day' and 'at night'") }],
      output: 'Do you feel safe in the town centre during the day? Do you feel safe in the town centre at night?\n',
    },
    {
      name: 'bold inside the question: flagged, but no split across the markup',
      text: 'How satisfied are you with the **cleanliness** and opening hours?\n',
      findings: [{ at: 'How satisfied are you with the **cleanliness** and opening hours?', message: pair("'cleanliness' and 'opening hours'") }],
    },
    {
      name: 'CRLF line endings are kept by the split',
      text: '# Leisure survey\r\n\r\nIs the food cheap and tasty?\r\n',
      findings: [{ at: 'Is the food cheap and tasty?', message: pair("'cheap' and 'tasty'") }],
      output: '# Leisure survey\r\n\r\nIs the food cheap? Is the food tasty?\r\n',
    },
    {
      name: '"and/or"',
      text: 'Is having a choice of specialist and/or location important to you?\n',
      findings: [{ at: 'Is having a choice of specialist and/or location important to you?', message: andOr('of specialist and/or location important') }],
    },
    {
      name: '"as well as"',
      text: 'Is the website easy to use as well as informative?\n',
      findings: [{ at: 'Is the website easy to use as well as informative?', message: asWellAs('to use', 'informative') }],
    },
    {
      name: '"and in doing so"',
      text: 'Q8. The council should sell the old depot and in doing so fund new play areas.\n',
      findings: [{ at: 'The council should sell the old depot and in doing so fund new play areas.', message: twoClaims('and in doing so') }],
    },
    {
      name: 'a statement with two claims',
      text: 'Q9. The consultation ran for long enough and we should now make a decision.\n',
      findings: [{ at: 'The consultation ran for long enough and we should now make a decision.', message: twoClaims('and we should') }],
    },
    {
      name: 'two questions joined by "and would you"',
      text: 'How satisfied are you with the service, and would you use it again?\n',
      findings: [{ at: 'How satisfied are you with the service, and would you use it again?', message: twoClaims('and would you') }],
    },
    {
      name: 'agree that X and that Y',
      text: 'Do you agree that the plan is affordable and that it will cut congestion?\n',
      findings: [{ at: 'Do you agree that the plan is affordable and that it will cut congestion?', message: twoClaims('and that') }],
    },
    {
      name: 'two question marks in one list item',
      text: '- Is the park clean? Is it safe?\n',
      findings: [{ at: 'Is the park clean?', message: twoQuestions('Is the park clean?', 'Is it safe?') }],
    },
    {
      name: 'two question marks in one numbered item, in any kind of draft',
      kind: 'policy',
      text: 'Q4. Was your appointment on time? Did the doctor listen to you?\n',
      findings: [{ at: 'Was your appointment on time?', message: twoQuestions('Was your appointment on time?', 'Did the doctor listen to you?') }],
    },
  ],
});
