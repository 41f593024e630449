import rule from '../../../server/src/rules/leading-question';
import { describeRule } from '../../helpers/rule-tester';

// Messages as users read them; each names the words that did the leading.
const oneSidedAgree = (t: string) =>
  `Leading question: '${t}' asks only for agreement, which nudges people towards yes. Ask 'To what extent do you agree or disagree…' instead.`;
const agreeNoDisagree = (t: string) =>
  `Leading question: '${t}' has no 'or disagree', so the question leans towards agreeing even when the answer scale is balanced. Ask 'To what extent do you agree or disagree…'.`;
const oneSided = (t: string, balanced: string) =>
  `Leading question: '${t}' names only one side, so saying no feels like going against the question. Name both sides: '${balanced}'.`;
const tag = (t: string) =>
  `Leading question: the tag '${t}' tells people which answer you expect. Ask the question without it, or ask 'What do you think about…?'.`;
const negative = (t: string) =>
  `Leading question: '${t}' signals the answer you expect. Ask it neutrally, for example 'What do you think about…?' or 'To what extent do you agree or disagree…?'.`;
const didYouKnow = (t: string) =>
  `Leading question: '${t}' tells people something to persuade them rather than asking what they think. Put the fact in the background information, or ask 'Before today, were you aware that…?'.`;
const endorse = (t: string) =>
  `Leading question: '${t}' asks people to confirm a choice already made, and yes is the easy answer. Ask openly (for example 'What time would suit you best?') or list the alternatives as options.`;
const yesNoSatisfied = (t: string) =>
  `Leading question: '${t}' offers only the positive state as a yes or no, so yes is the easy answer. Ask 'How satisfied or dissatisfied…' or give a balanced scale.`;
const howPositive = (t: string) =>
  `Leading question: '${t}' assumes people feel this to some degree, so low answers feel out of place. Add ', if at all,' or name both ends, for example 'How satisfied or dissatisfied…'.`;
const howDirection = (t: string) =>
  `Leading question: '${t}' expects a good answer, so people who think otherwise have nowhere natural to go. Ask without the steer, for example 'How would you rate…?' with a balanced scale.`;
const statusQuo = (t: string) =>
  `Leading question: '${t}' names only the current option, which favours keeping things as they are. Name both outcomes, for example 'Should it remain… or …?'.`;
const framing = (t: string) =>
  `Leading question: '${t}' frames the question so one answer looks right. Move background facts to a neutral 'About this proposal' section and ask the question on its own.`;
const socialCue = (t: string) =>
  `Leading question: '${t}' tells people what others think or how popular something is, which pulls answers towards that view. Leave it out and ask the question on its own.`;
const normalising = (t: string) =>
  `Leading question: '${t}' presents the idea as already normal, which makes agreeing feel like the natural answer. Leave it out and ask the question on its own.`;
const flattery = (t: string) =>
  `Leading question: '${t}' flatters the person answering, which makes them keener to give the answer they think you want. Leave it out and ask the question on its own.`;
const benefit = (t: string) =>
  `Leading question: '${t}' builds a reason to say yes into the question. State the proposal plainly, and give the reasons for and against in the background information.`;
const suggestion = (t: string) =>
  `Leading question: '${t}' suggests the answer you have in mind. Ask the question on its own and let people give their own ideas.`;
const praiseStatement = (t: string) =>
  `Leading question: the statement '${t}' is worded in favour of one answer, and people tend to agree with whatever statement they are shown. Ask a balanced question instead, such as 'How easy or difficult is it to…?'.`;

const BALANCED_AGREE = "Rewrite as 'To what extent do you agree or disagree…'";

describeRule(rule, {
  kind: 'survey',
  ok: [
    { name: 'indirect but balanced: "how far you agree or disagree"', text: 'Q3. Please show how far you agree or disagree with the plan to move the weekly market.\n' },
    { name: 'whether you agree to be contacted is consent', text: 'Q5. Please tell us whether you agree to be contacted again.\n' },
    { name: 'the respondent, not the organisation, made the choice', text: 'Have you chosen the right school place for your child yet?\n' },
    { name: 'both outcomes named before "stay"', text: 'Should the car park be free on Sundays, or should the present charges stay?\n' },
    { name: 'how much do you use: a plain frequency', text: 'How much do you use the mobile library?\n' },
    { name: 'balanced agree/disagree', text: 'To what extent do you agree or disagree that the library should open on Sundays?\n' },
    { name: 'balanced support/oppose in a list', text: '- Do you support or oppose the proposed 20mph limit?\n' },
    { name: 'for or against', text: 'Are you for or against a tourist tax?\n' },
    { name: 'agree or not', text: 'Do you agree with the new parking zone or not?\n' },
    { name: 'balanced satisfaction stem', text: 'How satisfied or dissatisfied are you with the repairs service?\n' },
    { name: 'unipolar satisfaction rating with no evaluative words', text: 'How satisfied are you with your household recycling service?\n' },
    { name: 'open prompt', text: 'Q5. Tell us about your experience of the day centre.\n' },
    { name: 'what matters most', text: 'What matters most to you about your local park?\n' },
    { name: 'how, if at all', text: 'How, if at all, could we improve the library?\n' },
    { name: 'plain yes/no', text: 'Should the library open on Sundays?\n' },
    { name: 'consent is not an opinion', text: 'Do you agree to us contacting you about the results?\n' },
    { name: 'caring is not an opinion', text: 'Do you support anyone who is older, disabled or seriously ill?\n' },
    { name: 'awareness of where to go', text: 'Did you know where to go for help before you contacted us?\n' },
    { name: 'concern with if at all', text: 'How concerned, if at all, are you about flooding in your street?\n' },
    { name: 'choice between options', text: 'Which of the following do you think is the best way to contact you?\n' },
    { name: 'given the choice', text: 'Given the choice, would you rather book online or by phone?\n' },
    { name: 'status quo with the alternative named', text: 'Should the market remain in the square or move to the car park?\n' },
    { name: 'happy for us to (consent)', text: 'Are you happy for us to share your response with our partners?\n' },
    { name: 'factual preamble', text: 'At present, bins are collected every week. Should they be collected every two weeks instead?\n' },
    { name: 'open question in a heading', text: '## What do you think about the plans for the high street?\n' },
    { name: 'the right venue with the alternative named', text: 'Is this the right venue, or would another suit you better?\n' },
    { name: 'neutral rating of how well informed', text: 'How well informed do you feel about the services the council provides?\n' },
    { name: 'a statement that is not a question', text: 'We agree that the library should open on Sundays.\n' },
    { name: 'people staying is not the status quo', text: 'Should people be able to stay in their own homes for longer?\n' },
    { name: 'a code span is not a word', text: 'Do you use `agree` as a field name?\n' },
  ],
  flagged: [
    {
      name: 'indirect one-sided agreement: "how far you agree" gains "or disagree"',
      text: 'Q3. Please show how far you agree with the plan to move the weekly market.\n',
      findings: [{ at: 'Please show how far you agree with the plan to move the weekly market.', message: agreeNoDisagree('how far you agree') }],
      fixTitles: ["Add 'or disagree'"],
      output: 'Q3. Please show how far you agree or disagree with the plan to move the weekly market.\n',
    },
    {
      name: 'indirect one-sided support: "the extent to which you support"',
      text: 'Q4. Tell us the extent to which you support the new residents\' parking zone.\n',
      findings: [
        {
          at: "Tell us the extent to which you support the new residents' parking zone.",
          message: oneSided('the extent to which you support', 'the extent to which you support or oppose…'),
        },
      ],
      fixTitles: ["Rewrite as 'the extent to which you support or oppose…'"],
      output: "Q4. Tell us the extent to which you support or oppose the new residents' parking zone.\n",
    },
    {
      name: 'the organisation asks people to confirm its own choice of site',
      text: 'Have we picked the right spot for the new skate park?\n',
      findings: [{ at: 'Have we picked the right spot for the new skate park?', message: endorse('the right spot') }],
    },
    {
      name: 'asking whether the balance struck is right',
      text: 'Do you think we have got the balance right between new homes and green space?\n',
      findings: [{ at: 'Do you think we have got the balance right between new homes and green space?', message: endorse('the balance right') }],
    },
    {
      name: '"how much do you value" has no low end',
      text: 'How much do you value the weekly mobile library visit?\n',
      findings: [{ at: 'How much do you value the weekly mobile library visit?', message: howDirection('How much do you value') }],
    },
    {
      name: 'one-sided "Do you agree that" in a paragraph',
      text: 'Do you agree that the library should open on Sundays?\n',
      findings: [{ at: 'Do you agree that the library should open on Sundays?', message: oneSidedAgree('Do you agree') }],
      fixTitles: [BALANCED_AGREE],
      output: 'To what extent do you agree or disagree that the library should open on Sundays?\n',
    },
    {
      name: '"do you agree" after a framing clause, in a list item; the framing remains after the fix',
      text: '- With this in mind, do you agree the charge is fair?\n',
      findings: [{ at: 'With this in mind, do you agree the charge is fair?', message: oneSidedAgree('do you agree') }],
      output: '- With this in mind, to what extent do you agree or disagree that the charge is fair?\n',
      afterFix: [
        { at: 'With this in mind, to what extent do you agree or disagree that the charge is fair?', message: framing('With this in mind') },
      ],
    },
    {
      name: '"To what extent do you agree" without "or disagree"',
      text: 'To what extent do you agree that the bus service is reliable?\n',
      findings: [{ at: 'To what extent do you agree that the bus service is reliable?', message: agreeNoDisagree('To what extent do you agree') }],
      fixTitles: ["Add 'or disagree'"],
      output: 'To what extent do you agree or disagree that the bus service is reliable?\n',
    },
    {
      name: '"Would you support" in a table cell',
      text: '| Question | Answer |\n|---|---|\n| Would you support a tourist tax? | Yes / No |\n',
      findings: [{ at: 'Would you support a tourist tax?', message: oneSided('Would you support', 'Would you support or oppose…') }],
      fixTitles: ["Rewrite as 'Would you support or oppose…'"],
      output: '| Question | Answer |\n|---|---|\n| Would you support or oppose a tourist tax? | Yes / No |\n',
    },
    {
      name: '"Are you in favour of" in a heading',
      text: '## Are you in favour of a 20mph limit on your road?\n',
      findings: [{ at: 'Are you in favour of a 20mph limit on your road?', message: oneSided('Are you in favour of', 'Are you for or against…') }],
      fixTitles: ["Rewrite as 'Are you for or against…'"],
      output: '## Are you for or against a 20mph limit on your road?\n',
    },
    {
      name: '"Don\'t you think" in a numbered "Q3." item',
      text: "Q3. Don't you think the park needs more bins?\n",
      findings: [{ at: "Don't you think the park needs more bins?", message: negative("Don't you think") }],
      fixTitles: ["Rewrite as 'Do you think…'"],
      output: 'Q3. Do you think the park needs more bins?\n',
    },
    {
      name: '"Wouldn\'t you agree" becomes the balanced form, adding "that"',
      text: "Wouldn't you agree the plan is sensible?\n",
      findings: [{ at: "Wouldn't you agree the plan is sensible?", message: negative("Wouldn't you agree") }],
      output: 'To what extent do you agree or disagree that the plan is sensible?\n',
    },
    {
      name: 'curly apostrophes are read like straight ones',
      text: 'Don’t residents deserve a say on how money is spent?\n',
      findings: [{ at: 'Don’t residents deserve a say on how money is spent?', message: negative('Don\'t residents') }],
    },
    {
      name: 'a tag question: removing the tag is offered, not preferred',
      text: "The new cycle lanes have made the town centre safer, haven't they?\n",
      findings: [{ at: "The new cycle lanes have made the town centre safer, haven't they?", message: tag(", haven't they?") }],
      fixTitles: ['Remove the tag'],
      output: 'The new cycle lanes have made the town centre safer?\n',
    },
    {
      name: '", right?" tag',
      text: 'You would use the new app, right?\n',
      findings: [{ at: 'You would use the new app, right?', message: tag(', right?') }],
      output: 'You would use the new app?\n',
    },
    {
      name: '"Surely" opener',
      text: 'Surely everyone wants cleaner streets?\n',
      findings: [{ at: 'Surely everyone wants cleaner streets?', message: negative('Surely') }],
    },
    {
      name: 'bold inside the question: flagged, but no rewrite across the markup',
      text: 'Do you **agree** that the plan works?\n',
      findings: [{ at: 'Do you **agree** that the plan works?', message: oneSidedAgree('Do you agree') }],
    },
    {
      name: 'CRLF line endings are kept by the fix',
      text: '# Parking survey\r\n\r\nDo you agree with the new parking zone?\r\n',
      findings: [{ at: 'Do you agree with the new parking zone?', message: oneSidedAgree('Do you agree') }],
      output: '# Parking survey\r\n\r\nTo what extent do you agree or disagree with the new parking zone?\r\n',
    },
    {
      name: 'a filler word: flagged, no automatic rewrite',
      text: 'Do you personally support the new parking zone?\n',
      findings: [
        { at: 'Do you personally support the new parking zone?', message: oneSided('Do you personally support', 'Do you personally support or oppose…') },
      ],
    },
    {
      name: 'social-desirability "do you feel you support the Council"',
      text: 'To what extent do you feel you support the Council in recycling?\n',
      findings: [
        {
          at: 'To what extent do you feel you support the Council in recycling?',
          message: oneSided('To what extent do you feel you support', 'To what extent do you feel you support or oppose…'),
        },
      ],
    },
    {
      name: '"Did you know that…"',
      text: 'Did you know that the council recycles over half of household waste?\n',
      findings: [{ at: 'Did you know that the council recycles over half of household waste?', message: didYouKnow('Did you know') }],
    },
    {
      name: 'endorsing the organiser\'s choice of venue',
      text: 'Is the town hall the most convenient place for the consultation event?\n',
      findings: [{ at: 'Is the town hall the most convenient place for the consultation event?', message: endorse('the most convenient place') }],
    },
    {
      name: 'endorsing priorities already identified',
      text: '1. Have the right priorities been identified in the draft plan?\n',
      findings: [{ at: 'Have the right priorities been identified in the draft plan?', message: endorse('the right priorities') }],
    },
    {
      name: 'one-sided "Are you satisfied with"',
      text: 'Are you satisfied with the repairs service?\n',
      findings: [{ at: 'Are you satisfied with the repairs service?', message: yesNoSatisfied('Are you satisfied with') }],
      fixTitles: ["Rewrite as 'How satisfied or dissatisfied are you with…'"],
      output: 'How satisfied or dissatisfied are you with the repairs service?\n',
    },
    {
      name: '"How concerned" without "if at all"',
      text: 'How concerned are you about flooding in your street?\n',
      findings: [{ at: 'How concerned are you about flooding in your street?', message: howPositive('How concerned') }],
      fixTitles: ["Add ', if at all,'"],
      output: 'How concerned, if at all, are you about flooding in your street?\n',
    },
    {
      name: '"how happy" inside "Can you tell us…"',
      text: 'Can you tell us how happy you are with the bin collection service?\n',
      findings: [{ at: 'Can you tell us how happy you are with the bin collection service?', message: howPositive('how happy') }],
      output: 'Can you tell us how happy, if at all, you are with the bin collection service?\n',
    },
    {
      name: '"How high would you rate"',
      text: 'How high would you rate the new website?\n',
      findings: [{ at: 'How high would you rate the new website?', message: howDirection('How high would you rate') }],
      fixTitles: ["Remove 'high'"],
      output: 'How would you rate the new website?\n',
    },
    {
      name: '"How well did we…"',
      text: 'How well did we handle your enquiry?\n',
      findings: [{ at: 'How well did we handle your enquiry?', message: howDirection('How well did we') }],
    },
    {
      name: 'status-quo yes/no',
      text: 'Should the market remain in the town square?\n',
      findings: [{ at: 'Should the market remain in the town square?', message: statusQuo('remain') }],
    },
    {
      name: 'framing clause',
      text: 'Given the pressure on budgets, should the council charge for garden waste?\n',
      findings: [{ at: 'Given the pressure on budgets, should the council charge for garden waste?', message: framing('Given the pressure on budgets') }],
    },
    {
      name: 'persuasive sentence before the question',
      text: 'As you know, the building is expensive to maintain. Should the council sell it?\n',
      findings: [{ at: 'Should the council sell it?', message: framing('As you know') }],
    },
    {
      name: 'what others think, in the sentence before',
      text: 'Most residents told us they want more bins. Do you want more bins in your street?\n',
      findings: [{ at: 'Do you want more bins in your street?', message: socialCue('Most residents told us') }],
    },
    {
      name: 'appeal to authority, then a one-sided agree (the agree wording is reported first)',
      text: 'Experts believe that early help works. Do you agree?\n',
      findings: [{ at: 'Do you agree?', message: oneSidedAgree('Do you agree') }],
      output: 'Experts believe that early help works. To what extent do you agree or disagree?\n',
      afterFix: [{ at: 'To what extent do you agree or disagree?', message: socialCue('Experts believe') }],
    },
    {
      name: 'normalising sentence before an open question',
      text: 'In other towns, robots are already delivering parcels. What do you think about robots delivering library books?\n',
      findings: [{ at: 'What do you think about robots delivering library books?', message: normalising('are already delivering') }],
    },
    {
      name: 'flattery before the question',
      text: 'As a regular library user, you know the service well. What would you change?\n',
      findings: [{ at: 'What would you change?', message: flattery('As a regular library user') }],
    },
    {
      name: 'a reason to say yes inside the question',
      text: 'Should the council invest in CCTV to keep residents safe?\n',
      findings: [{ at: 'Should the council invest in CCTV to keep residents safe?', message: benefit('to keep residents safe') }],
    },
    {
      name: 'a suggested answer',
      text: 'Is there anything that would make the library better, perhaps by using technology?\n',
      findings: [{ at: 'Is there anything that would make the library better, perhaps by using technology?', message: suggestion('perhaps by') }],
    },
    {
      name: 'an agree/disagree statement praising the council',
      text: 'Q7. The council makes it easy for me to recycle.\n',
      findings: [{ at: 'The council makes it easy for me to recycle.', message: praiseStatement('The council makes it easy') }],
    },
    {
      name: 'applies to policy drafts too, and each question is checked',
      kind: 'policy',
      text: '## Questions\n\n- Do you agree that the plan is clear?\n- Should the plan be published in May?\n- Do you support the timetable?\n',
      findings: [
        { at: 'Do you agree that the plan is clear?', message: oneSidedAgree('Do you agree') },
        { at: 'Do you support the timetable?', message: oneSided('Do you support', 'Do you support or oppose…') },
      ],
      output:
        '## Questions\n\n- To what extent do you agree or disagree that the plan is clear?\n- Should the plan be published in May?\n- Do you support or oppose the timetable?\n',
    },
  ],
});
