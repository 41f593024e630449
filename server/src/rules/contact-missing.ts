import { defineDocumentRule, type DocumentModel, type Fix, type OffsetRange } from '../engine';
import { anyFact, bodySections, CONTACT_HEADING, firstFact, frontMatterContact, hasContent, METHODS_HEADING } from './channels';
import { insertSectionFix } from './snippet-sections';
import { SOURCES } from './sources';

const HOUNSLOW = {
  source: 'London Borough of Hounslow, Consultation Charter (community-forum copy)',
  url: 'https://hounslow.gov.uk/info/20220/get_involved/2618/our_engagement_principles',
};

/** Sections a contact section naturally comes before. */
const COMES_BEFORE = [/\b(appendi(x|ces)|annex(es)?|glossary|references|bibliography)\b/i];

export default defineDocumentRule({
  id: 'contact-missing',
  summary: 'The draft does not say how to respond or who to contact, with an email address, phone number or postal address.',
  why:
    'People can only take part if they know how to respond, and many need to ask a question first: about the proposal, about a format, or about how to take part. A named contact they can actually reach makes the organisation answerable and the process usable.',
  howToFix:
    "Add a 'Contact us' section with a named person or team and at least an email address and a phone number, plus a postal address (Freepost if you can) for people who respond on paper.",
  principles: [
    { name: 'Charter 4: give a named contact for each consultation', ...HOUNSLOW },
    { name: 'A. Clear and concise: easy to understand and easy to answer', ...SOURCES.consultationPrinciples },
    { name: 'Principle 6: make it easy for people to take part', ...SOURCES.welshPrinciples },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['consultation', 'survey', 'engagement-plan', 'policy'],
  severityByKind: { 'engagement-plan': 'information', policy: 'information' },
  fixKind: 'insert-section',
  messages: {
    missing:
      "Nothing says how to respond or who to contact, so people who want to take part or ask a question are stuck. Add a 'Contact us' section with a named person or team, an email address, a phone number and a postal address.",
    noContact:
      'This says how to take part but gives no one to contact, so people who have a question or need help to respond have nowhere to turn. Add a named person or team with an email address and a phone number.',
    noDetails:
      'This gives a contact but no way to reach them: no email address, phone number or postal address. Add at least an email address and a phone number.',
  },
  example: {
    flagged: '# Parking zone consultation\n\n## How to respond\n\nFill in the online survey before 30 June.\n',
    ok:
      '# Parking zone consultation\n\n## How to respond\n\nFill in the online survey before 30 June.\n\n## Contact us\n\nThe parking team: parking@example.gov.uk or 01234 567890.\n',
  },
  check(doc, context) {
    if (frontMatterContact(doc) || anyFact(doc, (f) => f.details)) return;

    // A contact section that says how to reach someone, even without the address itself, is enough.
    const partial: OffsetRange[] = [];
    for (const section of bodySections(doc, CONTACT_HEADING)) {
      if (!hasContent(doc, section)) continue;
      const body = { start: section.heading.end, end: section.end };
      if (anyFact(doc, (f) => f.reach, body)) return;
      partial.push(section.heading);
    }
    if (anyFact(doc, (f) => f.namedContact && f.reach)) return;
    const named = firstFact(doc, (f) => f.namedContact);
    if (named) partial.push(named.sentence);
    if (partial.length > 0) {
      const first = partial.reduce((a, b) => (b.start < a.start ? b : a));
      context.report({ messageId: 'noDetails', start: first.start, end: first.end });
      return;
    }

    const respond = waysToRespond(doc);
    if (respond) {
      context.report({ messageId: 'noContact', start: respond.start, end: respond.end, fixes: [insertSection(doc)] });
      return;
    }
    context.report({ messageId: 'missing', ...doc.anchor, fixes: [insertSection(doc)] });
  },
});

/** Where the draft first says how to respond: a methods section's heading or a sentence. */
function waysToRespond(doc: DocumentModel): OffsetRange | undefined {
  const section = bodySections(doc, METHODS_HEADING).find((s) => hasContent(doc, s));
  const sentence = firstFact(doc, (f) => f.respond, { start: doc.title?.end ?? 0, end: doc.text.length })?.sentence;
  if (section && (!sentence || section.start <= sentence.start)) return section.heading;
  return sentence;
}

function insertSection(doc: DocumentModel): Fix {
  return insertSectionFix(doc, "Insert a 'Contact us' section", 'How to respond and contact us', COMES_BEFORE);
}
