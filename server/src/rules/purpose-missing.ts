import { defineDocumentRule, sectionsMatching, type DocumentModel, type Fix } from '../engine';
import { hasEvidence, sentencesIn } from './evidence';
import { BACKGROUND_HEADING, DECISION_STATEMENT, DECISION_STATEMENT_SPAN, INTRO_HEADING, insertAfterOpening, PURPOSE_HEADING } from './purpose-words';
import { snippetText } from './snippet-sections';
import { SOURCES } from './sources';

/** What the draft says about why people are asked, by heading or by body text. */
const PURPOSE = { key: 'purpose-statement', heading: PURPOSE_HEADING, body: DECISION_STATEMENT };
const PURPOSE_SPAN = { key: 'purpose-statement-span', body: DECISION_STATEMENT_SPAN };

export default defineDocumentRule({
  id: 'purpose-missing',
  summary: 'The draft does not say what decision it informs and why people are being asked now.',
  why:
    'People can only give useful views when they know what is being decided, when, and what is still open. Consulting while a proposal is still at a formative stage, and saying so, is the first test of a fair consultation; without it readers cannot tell whether taking part will change anything.',
  howToFix:
    "Add a short 'Why we are asking' section near the top: the decision this informs and when it will be made, that no final decision has been made, and what people's views will help decide.",
  principles: [
    { name: 'Consult while proposals are still at a formative stage', ...SOURCES.gunning },
    { name: 'Have a purpose: consult at a formative stage and take responses into account', ...SOURCES.consultationPrinciples },
    { name: 'Design engagement to make a difference', ...SOURCES.welshPrinciples },
    { name: 'Planning: a clear purpose based on a shared understanding of community needs', ...SOURCES.nsfce },
  ],
  defaultSeverity: 'warning',
  severityByKind: { consultation: 'error' },
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design'],
  fixKind: 'insert-section',
  messages: {
    missing:
      "Nothing says what decision this informs or why people are being asked now, so readers cannot tell what their views could change. Add a 'Why we are asking' section near the top that names the decision, when it will be made and what is still open.",
    backgroundOnly:
      'This background tells the story so far but not what is being decided or what is still open, so readers cannot tell what their views could change. Say what decision this informs, by when, and what people can still influence.',
  },
  example: {
    flagged:
      '# Library opening hours consultation\n\n## How to take part\n\nFill in the questionnaire at any library by 30 June.\n',
    ok:
      '# Library opening hours consultation\n\n## Why we are asking\n\nWe need to decide the new library opening hours by March 2027. No final decision has been made, and your views will help us decide which hours to keep.\n\n## How to take part\n\nFill in the questionnaire at any library by 30 June.\n',
  },
  check(doc, context) {
    if (hasEvidence(doc, PURPOSE) || hasEvidence(doc, PURPOSE_SPAN)) return;
    const background = sectionsMatching(doc, BACKGROUND_HEADING).find((s) => s.heading !== doc.title);
    const fix = insertPurpose(doc);
    if (background) {
      const heading = sentencesIn(doc, background.heading)[0];
      const at = heading ? heading.sentence : doc.anchor;
      context.report({ messageId: 'backgroundOnly', start: at.start, end: at.end, fixes: [fix] });
      return;
    }
    context.report({ messageId: 'missing', ...doc.anchor, fixes: [fix] });
  },
});

/** The 'Purpose and decision' section, after any summary, introduction or background, before the rest. */
function insertPurpose(doc: DocumentModel): Fix {
  return {
    title: "Insert a 'Why we are asking' section",
    edits: [insertAfterOpening(doc, snippetText('Purpose and decision'), [INTRO_HEADING])],
    isPreferred: true,
  };
}
