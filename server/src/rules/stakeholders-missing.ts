import { blockFact, defineDocumentRule, sectionsMatching, type BlockModel, type DocumentModel, type Section } from '../engine';
import { anySentenceIn, insertUnderHeading, isContentless, namesAnyGroup, namesOwnGroup, ownGroups, unionOf, vocabularyFact, withoutHeading } from './groups';
import type { PhraseFinder } from './plain-words';
import { insertSectionFix, snippetText } from './snippet-sections';
import { SOURCES } from './sources';

/** Headings that introduce a stakeholder section, however authors phrase it. */
export const STAKEHOLDER_HEADING =
  /\b(stakeholders?|who (we|we'll|we will|will we|should we|we want to|we need to|we are going to|we're going to|we plan to) (involve|engage|consult|talk to|talk with|speak to|speak with|work with|hear from|reach|include|ask)|who (is|are) (this|these|the|it)( \w+){0,2} for|who (is|will be|might be) affected|who this (affects|is for)|people (and|&) communities|communities (and|&) (people|groups)|audiences?|target groups?|who (can|should) (take part|get involved|respond|have their say)|people affected|interested (parties|groups)|who to involve|groups we will involve|involving (people|communities|residents))\b/i;

/** A table whose header names groups in one column and how they are involved in another. */
const GROUP_COLUMN = /\b(stakeholders?|groups?|who|audiences?|communit(y|ies)|organisations?|partners?|people)\b/i;
const INVOLVEMENT_COLUMN = /\b(how|involve\w*|reach\w*|engage\w*|affected|interests?|roles?|methods?|channels?|impact)\b/i;

/** A lead-in sentence such as "We will talk to these groups:" followed by a list. */
const LEAD_IN_VERB = /\b(involve|engage|consult|talk (to|with)|speak (to|with)|hear from|reach|work with|affected|interested|take part)\b/i;
const LEAD_IN_GROUPS = /\b(groups?|people|residents|communit(y|ies)|organisations|partners|stakeholders|following)\b/i;

/** Sections a stakeholder section naturally comes before. */
const COMES_BEFORE = [
  /\b(how (you|to) (can )?(take part|get involved|respond|have your say)|ways to|methods?|timeline|timetable|key dates|questions?|survey|what happens next|next steps|feedback|you said|contact|get in touch)\b/i,
];

export default defineDocumentRule({
  id: 'stakeholders-missing',
  summary: 'The draft does not say who is affected or interested, and how each group will be involved.',
  why:
    'Co-production starts by asking who the decision affects. A draft with no stakeholder section cannot show that the right people will be asked, or how each group will be reached.',
  howToFix:
    "Add a 'Who we will involve' section: list each group affected or interested (residents, people who use the service, carers, staff, partners), how the change affects them and how you will reach them. A table works well.",
  principles: [
    { name: 'Inclusion: identify and involve the people and organisations affected', ...SOURCES.nsfce },
    { name: 'Targeted: consider the full range of people affected', ...SOURCES.consultationPrinciples },
    { name: 'Seek out and involve those affected by or interested in a decision', ...SOURCES.iap2 },
    { name: 'Who? People with lived experience, frontline staff, decision makers, carers', ...SOURCES.iriss },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'service-design'],
  fixKind: 'insert-section',
  messages: {
    missing:
      "No section says who this affects or how each group will be involved, so the people most affected may never be asked. Add a 'Who we will involve' section that lists each group and how you will reach it.",
    namesNoGroups:
      "This section does not name any group, so nobody can check who will be asked. List each group the decision affects, such as residents, carers, staff or local organisations, and how you will reach it.",
  },
  example: {
    flagged: '# Library opening hours consultation\n\n## Why we are asking\n\nWe need to decide new opening hours by May.\n',
    ok:
      '# Library opening hours consultation\n\n## Who we will involve\n\n| Group | How they are affected | How we will reach them |\n|---|---|---|\n| Parents of young children | Story-time sessions may move | Drop-ins at nurseries |\n',
  },
  check(doc, context) {
    if (hasStakeholderSection(doc)) {
      const own = ownGroups(context.vocabulary.groups);
      const pick = own ? (block: BlockModel) => groupSentencesWithOwn(block, own) : groupSentences;
      for (const section of sectionsMatching(doc, STAKEHOLDER_HEADING)) {
        if (section.heading === doc.title || section.heading.depth === 1 || sectionNamesGroups(doc, section, pick)) continue;
        context.report({
          messageId: 'namesNoGroups',
          start: section.heading.start,
          end: section.heading.end,
          fixes: [
            {
              title: 'Add a table of the groups you will involve',
              edits: [insertUnderHeading(doc, section.heading, withoutHeading(snippetText('Stakeholder map')))],
              isPreferred: true,
            },
          ],
        });
      }
      return;
    }
    context.report({
      messageId: 'missing',
      ...doc.anchor,
      fixes: [
        insertSectionFix(doc, "Insert a 'Who we will involve' section", 'Stakeholder map', COMES_BEFORE),
      ],
    });
  },
});

export function hasStakeholderSection(doc: DocumentModel): boolean {
  if (sectionsMatching(doc, STAKEHOLDER_HEADING).length > 0) return true;
  return doc.blocks.some((block) => blockFact(block, 'stakeholder-table-or-list', hasStakeholderTableOrList));
}

/** A stakeholder table, or a lead-in sentence about involving groups followed by a list. */
function hasStakeholderTableOrList(block: BlockModel): boolean {
  for (const table of block.tables) {
    const groupColumn = table.header.findIndex((h) => GROUP_COLUMN.test(h));
    if (groupColumn >= 0 && table.header.some((h, i) => i !== groupColumn && INVOLVEMENT_COLUMN.test(h))) return true;
  }
  return block.units.some((unit) => unit.listAfter >= 2 && LEAD_IN_VERB.test(unit.text) && LEAD_IN_GROUPS.test(unit.text));
}

/** Which of a block's sentences name a group: a group noun, an organisation, a table row or list item with content. */
function groupSentences(block: BlockModel): number[] {
  return blockFact(block, 'stakeholder-group-sentences', (parsed) =>
    parsed.sentences.flatMap((sentence, i) => {
      const unit = parsed.units[sentence.unit];
      if (unit.tableCell?.header) return [];
      const entry = (unit.listItem || (unit.tableCell && !unit.tableCell.header)) && !isContentless(unit.text);
      return entry || namesAnyGroup(sentence.text) ? [i] : [];
    }),
  );
}

/** The same, counting sentences that name one of the user's own groups ("allotment holders"). */
function groupSentencesWithOwn(block: BlockModel, own: PhraseFinder): number[] {
  return vocabularyFact(block, 'stakeholder-group-sentences:own', own.key, (parsed) => {
    const named = parsed.sentences.flatMap((sentence, i) => (namesOwnGroup(sentence.text, own) ? [i] : []));
    return unionOf(groupSentences(parsed), named);
  });
}

/** Whether anything below the section's heading (sub-sections included) names a group. */
function sectionNamesGroups(doc: DocumentModel, section: Section, pick: (block: BlockModel) => readonly number[]): boolean {
  return anySentenceIn(doc, pick, section.heading.end, section.end);
}
