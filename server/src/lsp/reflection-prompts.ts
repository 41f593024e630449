// Workshop mode: one question per rule for a group to talk over when a hover comes up in a
// training session. They ask the group to think, not to fix: the hover already says how to fix.
// A test keeps this table in step with the rule registry.

export const REFLECTION_PROMPTS: Readonly<Record<string, string>> = {
  'purpose-missing': 'If you were a resident reading this, could you say in one sentence what your answer might change?',
  'stakeholders-missing': 'Who else is affected by this decision that we have not asked yet?',
  'seldom-heard-groups-missing': 'Whose voice was missing last time we asked about something like this, and what kept them away?',
  'participation-level-undeclared': 'What can people really change here, and what have we already settled without them?',
  'power-sharing-missing': 'Which decision, seat or part of the budget are we ready to hand over, and who would hold it?',
  'decision-already-made': 'If the decision is made, what are we asking people for, and would they still take part if they knew?',
  'accessibility-missing': 'Who could not read, hear or reach this in the form we plan to publish it?',
  'offline-channels-missing': 'Who do we know who does not go online, and how would they find out about this and reply?',
  'response-period-missing': 'How long would a community group need to hear about this, meet and agree a reply?',
  'contact-missing': 'If someone gets stuck halfway through responding, who do they ring, and will anyone answer?',
  'decision-process-missing': 'What happens to a response the day after it arrives, and who reads it before the decision?',
  'feedback-loop-missing': 'How will someone who took part find out what difference they made, and when?',
  'participant-recognition-missing': 'Whose time are we asking for, and would we expect a professional to give the same time unpaid?',
  'evaluation-missing': 'How would the people involved judge whether this worked, and would they agree with how we judge it?',
  'equality-impact-missing': 'Which groups could this affect differently, and how would we know before it is too late?',
  'partners-missing': 'Which local groups are already trusted by the people we want to reach, and have we asked them to work with us?',
  'lived-experience-missing': 'Who knows this issue from living it, and where in this plan do they shape what happens?',
  'welsh-language-effects-missing': 'How might this change make it easier or harder for people to live their lives in Welsh?',
  'placeholder-left': 'What are we still waiting to decide, and who is holding it up?',
  'leading-question': 'Reading this question cold, which answer do you think we want, and how would someone who disagrees feel answering it?',
  'loaded-question': 'Which words here tell people how to feel, and how would the question read without them?',
  'double-barrelled-question': 'If someone answers "yes" to this, which part are they agreeing with?',
  'double-negative': 'Could everyone in this room explain what a "yes" to this question means?',
  'absolute-term': 'Who would answer this honestly with "sometimes", and where do we give them room to say so?',
  'hypothetical-question': 'Are we asking what people do now, or asking them to guess, and which will help us decide?',
  'long-question': 'Could you read this question aloud in one breath, and would a tired parent take it in first time?',
  'unbalanced-options': 'Where on this list does someone with mixed feelings, or no view at all, put their tick?',
  'closed-questions-only': 'What could people tell us that we have not thought to ask?',
  'catch-all-question-missing': 'Where does someone write down the thing that matters most to them if none of our questions ask about it?',
  'words-to-avoid': 'Would you use this word when talking to a neighbour, and what would you say instead?',
  'undefined-acronym': 'Who outside the council would know what these letters stand for?',
  'long-sentence': 'Where would you stop for breath reading this aloud, and could the sentence end there?',
  'hard-to-reach': 'Are these people hard to reach, or have our ways of reaching out been hard to use?',
  'hedged-commitment': 'What would stop us keeping this promise in full, and should we tell people that now?',
};

/** The question shown when hovering the title in workshop mode, beside the participation ladder. */
export const PARTICIPATION_PROMPT = 'Where would the people affected put this draft on the ladder, and where would they want it to be?';

export function reflectionPrompt(ruleId: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(REFLECTION_PROMPTS, ruleId) ? REFLECTION_PROMPTS[ruleId] : undefined;
}
