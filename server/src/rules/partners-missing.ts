import { blockFact, defineDocumentRule, headingMatchesPattern, type BlockModel, type DocumentModel, type Section } from '../engine';
import {
  anySentenceIn,
  insertUnderHeading,
  isContentless,
  namesPartner,
  ORGANISATION_NAME,
  PARTNER_COLUMN,
  PARTNER_HEADING,
  withoutHeading,
} from './groups';
import { insertSectionFix, snippetText } from './snippet-sections';
import { SOURCES } from './sources';

/** Sections a partners section naturally comes before. */
const COMES_BEFORE = [
  /\b(how (you|to) (can )?(take part|get involved|respond|have your say)|ways to|methods?|timeline|timetable|key dates|questions?|survey|what happens next|next steps|feedback|you said|recognising|payment|evaluation|how we will know|contact|get in touch)\b/i,
];

export default defineDocumentRule({
  id: 'partners-missing',
  summary: 'The draft names no community or voluntary-sector partners to work with.',
  why:
    'Community groups, charities, Healthwatch and other voluntary-sector organisations already have the trust of people a council or NHS body rarely hears from. Planning with them, rather than around them, reaches more people and builds on what is already there.',
  howToFix:
    "Add a 'Who we are working with' section naming the community and voluntary-sector partners you will plan and run the work with (for example Healthwatch, your council for voluntary service, tenants' and residents' associations, local charities) and what each will do.",
  principles: [
    { name: 'Work with Healthwatch and the voluntary, community and social enterprise sector as key partners (principle 5)', ...SOURCES.nhsEngland },
    { name: 'Work with relevant partner organisations (principle 4)', ...SOURCES.welshPrinciples },
    { name: 'Working together: work effectively together to achieve the aims of the engagement', ...SOURCES.nsfce },
  ],
  defaultSeverity: 'information',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'service-design'],
  fixKind: 'insert-section',
  messages: {
    missing:
      "No community or voluntary-sector partner is named, so the plan may miss the people those partners already reach. Name the organisations you will work with, such as Healthwatch, local charities or tenants' and residents' associations.",
    sectionEmpty:
      "This section names no partner organisation, so nobody can tell who you will work with. Name them, such as Healthwatch, your council for voluntary service or local community groups, and say what each will do.",
  },
  example: {
    flagged: '# Community hub engagement plan\n\n## How we will engage\n\nWe will run drop-in sessions at the library and an online survey.\n',
    ok:
      '# Community hub engagement plan\n\n## Who we are working with\n\nWe will plan the sessions with Healthwatch and the Riverside tenants\' and residents\' association, who will also help us reach their members.\n',
  },
  check(doc, context) {
    if (doc.blocks.some((block) => partnerFacts(block).named)) return;
    const sections = doc.sections.filter((s) => s.heading !== doc.title && s.heading.depth > 1 && headingMatchesPattern(PARTNER_HEADING, s.heading.text));
    if (sections.some((s) => sectionNamesPartners(doc, s))) return;
    const empty = sections[0];
    if (empty) {
      context.report({
        messageId: 'sectionEmpty',
        start: empty.heading.start,
        end: empty.heading.end,
        fixes: [
          {
            title: 'Add the partners you will work with',
            edits: [insertUnderHeading(doc, empty.heading, withoutHeading(snippetText('Partners')))],
            isPreferred: true,
          },
        ],
      });
      return;
    }
    context.report({
      messageId: 'missing',
      ...doc.anchor,
      fixes: [
        insertSectionFix(doc, "Insert a 'Who we are working with' section", 'Partners', COMES_BEFORE),
      ],
    });
  },
});

interface PartnerFacts {
  /** A sentence names a partner, or a "Partner" column has content. */
  named: boolean;
  /** Sentences (by index) that could be a partner's name or entry inside a partners section. */
  entries: number[];
}

function partnerFacts(block: BlockModel): PartnerFacts {
  return blockFact(block, 'partners-missing:facts', (parsed) => {
    const partnerColumns = new Map<number, Set<number>>();
    let named = false;
    for (const unit of parsed.units) {
      const cell = unit.tableCell;
      if (cell?.header) {
        if (PARTNER_COLUMN.test(unit.text)) {
          if (!partnerColumns.has(cell.table)) partnerColumns.set(cell.table, new Set());
          partnerColumns.get(cell.table)!.add(cell.column);
        }
      } else if (cell && partnerColumns.get(cell.table)?.has(cell.column) && !isContentless(unit.text)) {
        named = true;
      }
    }
    const entries: number[] = [];
    parsed.sentences.forEach((sentence, i) => {
      if (namesPartner(sentence.text)) named = true;
      const unit = parsed.units[sentence.unit];
      const listed = (unit.listItem || (unit.tableCell && !unit.tableCell.header)) && !isContentless(unit.text);
      if (unit.kind !== 'heading' && (listed || ORGANISATION_NAME.test(sentence.text))) entries.push(i);
    });
    return { named, entries };
  });
}

/** A partners section lists something: list items, table rows, or organisations' names. */
function sectionNamesPartners(doc: DocumentModel, section: Section): boolean {
  return anySentenceIn(doc, (block) => partnerFacts(block).entries, section.heading.end, section.end);
}
