import { defineDocumentRule, eolOf, sectionAt, type DocumentModel, type Fix, type Section } from '../engine';
import { anyFact, bodySections, firstFact, METHODS_HEADING, type FactRef } from './channels';
import { insertSectionFix, snippetText } from './snippet-sections';
import { SOURCES } from './sources';

const WALSALL = {
  source: 'Walsall Together, Get involved ("Going to the citizens")',
  url: 'https://walsalltogether.co.uk/get-involved',
};

/** Sections a "How you can take part" section naturally comes before. */
const COMES_BEFORE = [
  /\b(questions?|questionnaire|what happens next|next steps|feedback|you said|how we will (decide|use)|contact|get in touch|further information|appendi(x|ces)|glossary|references)\b/i,
];

export default defineDocumentRule({
  id: 'offline-channels-missing',
  summary: 'Every way to take part that the draft describes is online, with nothing by phone, post, paper or in person.',
  why:
    'Many people who are most affected by public decisions are not online, or not confident online: older people, people on low incomes, some disabled people, people with little English. If the only ways to take part are a web survey, email or a video call, their views are lost before anyone reads them.',
  howToFix:
    'Add offline routes next to the online ones: paper copies with a Freepost address, a phone number people can call to answer with someone, drop-in sessions, and going to places people already use (libraries, community centres, groups, markets).',
  principles: [
    { name: 'Methods: use methods fit for purpose, for the people you need to hear from', ...SOURCES.nsfce },
    { name: 'Champion digital, but address the barriers (equipment, Wi-Fi, skills)', ...SOURCES.scottishCoproduction },
    { name: 'Principle 3: plan and deliver engagement in a timely and appropriate way, with suitable methods', ...SOURCES.welshPrinciples },
    { name: 'Going to the citizens: meet people where they already go', ...WALSALL },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['consultation', 'survey', 'engagement-plan', 'strategy', 'policy', 'service-design'],
  fixKind: 'insert-section',
  messages: {
    onlineOnly:
      'Every way to take part listed here is online, so people without internet access, skills or confidence are left out. Add offline routes too: paper copies with a Freepost address, a phone number, and drop-ins or visits to places people already go.',
  },
  example: {
    flagged: '# Bus routes consultation\n\n## How to take part\n\nFill in the survey on our website, or email your views to buses@example.gov.uk.\n',
    ok:
      '# Bus routes consultation\n\n## How to take part\n\nFill in the survey on our website, or email your views to buses@example.gov.uk. Paper copies are in every library, with a Freepost envelope. You can also call 01234 567890 and answer the questions over the phone.\n',
  },
  check(doc, context) {
    // Offline routes that count anywhere (phone, post, paper, drop-ins, outreach) end the check at once.
    if (anyFact(doc, (f) => f.offline)) return;
    // Venues and gatherings count when the sentence, or the section it sits in, is about taking part.
    if (anyFact(doc, (f) => f.offlinePlace && f.participation)) return;
    const methods = bodySections(doc, METHODS_HEADING);
    if (methods.some((section) => anyFact(doc, (f) => f.offlinePlace, section))) return;

    // The first online way to take part, not counting the title or a promise to report back online.
    let firstOnline = firstFact(doc, (f) => f.online && f.participation && !f.feedback, { start: doc.title?.end ?? 0, end: doc.text.length });
    for (const section of methods) {
      const ref = firstFact(doc, (f) => f.online && !f.feedback, section);
      if (ref && (!firstOnline || ref.sentence.start < firstOnline.sentence.start)) firstOnline = ref;
    }
    // No way to take part described at all: contact-missing reports that, once, for the kinds that need one.
    if (!firstOnline) return;

    const section = methodsSectionOf(doc, firstOnline, methods);
    if (section) {
      context.report({
        messageId: 'onlineOnly',
        start: section.heading.start,
        end: section.heading.end,
        fixes: [addOfflineRoutes(doc, section)],
      });
      return;
    }
    context.report({
      messageId: 'onlineOnly',
      start: firstOnline.sentence.start,
      end: firstOnline.sentence.end,
      fixes: [insertSection(doc)],
    });
  },
});

/** The methods section the sentence sits in (itself or an enclosing one), if any. */
function methodsSectionOf(doc: DocumentModel, ref: FactRef, methods: Section[]): Section | undefined {
  for (let section = sectionAt(doc, ref.sentence.start); section; section = doc.sections[section.parent]) {
    if (methods.includes(section)) return section;
  }
  return undefined;
}

function insertSection(doc: DocumentModel): Fix {
  return insertSectionFix(doc, "Insert a 'How you can take part' section", 'Ways to take part', COMES_BEFORE);
}

/**
 * Adds the snippet's offline routes (its list items other than "Online") at the end of the section's
 * own text, before any sub-section; falls back to inserting the whole section.
 */
function addOfflineRoutes(doc: DocumentModel, section: Section): Fix {
  const items = snippetText('Ways to take part')
    .split(/\r?\n/)
    .filter((line) => line.startsWith('- ') && !/^- online\b/i.test(line));
  if (items.length === 0) return insertSection(doc);
  const eol = eolOf(doc.text);
  const child = doc.headings.find((h) => h.start > section.heading.start && h.start < section.end);
  let at = child ? child.start : section.end;
  while (at > section.heading.end && ' \t\r\n'.includes(doc.text[at - 1])) at--;
  return {
    title: 'Add offline ways to take part to this section',
    edits: [{ start: at, end: at, newText: `${eol}${eol}${items.join(eol)}` }],
    isPreferred: true,
  };
}
