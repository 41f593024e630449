import { blockFact, defineDocumentRule, sectionAt, type BlockModel, type DocumentModel, type Section } from '../engine';
import { GENERAL_GROUPS, isContentless, isReachColumn, namesGroup, namesOwnGroup, ownGroups, saysHowReached, sentenceStart, unionOf, vocabularyFact } from './groups';
import type { PhraseFinder } from './plain-words';
import { insertSectionFix } from './snippet-sections';
import { SOURCES } from './sources';

/** Not in the shared source list: Hounslow's engagement principles (domain notes, excerpt 04). */
const HOUNSLOW = {
  source: 'London Borough of Hounslow, Our engagement principles',
  url: 'https://hounslow.gov.uk/info/20220/get_involved/2618/our_engagement_principles',
};

/** Sections a "people we do not often hear from" section naturally comes before. */
const COMES_BEFORE = [
  /\b(how (you|to) (can )?(take part|get involved|respond|have your say)|ways to|methods?|timeline|timetable|key dates|questions?|survey|what happens next|next steps|feedback|you said|contact|get in touch)\b/i,
];

export default defineDocumentRule({
  id: 'seldom-heard-groups-missing',
  summary: 'The draft does not name the groups it hears from least, or does not say how it will reach them.',
  why:
    "Engagement that is open to everyone still mostly hears from the same people. Naming the groups you rarely hear from, and saying how you will reach each one, is how a plan answers \"who's not in the room?\" instead of hoping they turn up.",
  howToFix:
    "Add a section naming the groups you hear from least (for example young carers, Deaf BSL users, people who do not use the internet, Gypsy, Roma and Traveller families) and, for each, how you will reach them: outreach to places they already go, sessions run with partners they trust, translated or Easy Read materials, paid community roles.",
  principles: [
    { name: 'Understand community needs, experience and aspirations (principle 3)', ...SOURCES.nhsEngland },
    { name: 'Build relationships with excluded groups, especially those affected by inequalities (principle 4)', ...SOURCES.nhsEngland },
    { name: 'Inclusion and Support: involve the people affected and overcome the barriers they face', ...SOURCES.nsfce },
    { name: 'Make extra effort for underrepresented groups', ...HOUNSLOW },
    { name: 'When specific groups are affected, say how they will be identified and involved', ...SOURCES.hertfordshire },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'service-design'],
  fixKind: 'insert-section',
  messages: {
    missing:
      "Nothing names the groups you hear from least, so the people most affected by inequality may be left out again. Name those groups (for example young carers or people who do not use the internet) and say how you will reach each one.",
    notNamed:
      "This speaks of people you rarely hear from only in general words, so nobody can check that they will be reached. Name the groups (for example young carers, Deaf BSL users or Gypsy, Roma and Traveller families) and say how you will reach each one.",
    notReached:
      'This names groups but nothing nearby says how you will reach them, so they may still not be heard. Say how, for example through partners they trust, sessions where they already meet, or translated and Easy Read materials.',
  },
  example: {
    flagged:
      '# Library opening hours consultation\n\n## Who we will involve\n\nWe want to hear from everyone, including people who are seldom heard.\n',
    ok:
      '# Library opening hours consultation\n\n## Who we will involve\n\nWe want to hear from young carers and from older people who do not use the internet. We will run sessions with the carers\' centre and send paper copies to everyone on the mobile library route.\n',
  },
  check(doc, context) {
    const own = ownGroups(context.vocabulary.groups);
    const facts = doc.blocks.map(own ? (block) => withOwnGroups(block, own) : seldomHeardFacts);
    if (facts.some((f) => f.rowReached)) return;
    if (namedAndReached(doc, facts)) return;

    const fix = insertSectionFix(doc, "Insert a 'People we do not often hear from' section", 'Seldom-heard groups', COMES_BEFORE);
    const first = (pick: (f: SeldomHeardFacts) => number[]) => {
      const b = facts.findIndex((f) => pick(f).length > 0);
      return b < 0 ? undefined : doc.blocks[b].sentences[pick(facts[b])[0]];
    };
    const named = first((f) => f.named);
    if (named) {
      context.report({ messageId: 'notReached', start: named.start, end: named.end, fixes: [fix] });
      return;
    }
    const general = first((f) => f.general);
    if (general) {
      context.report({ messageId: 'notNamed', start: general.start, end: general.end, fixes: [fix] });
      return;
    }
    context.report({ messageId: 'missing', ...doc.anchor, fixes: [fix] });
  },
});

interface SeldomHeardFacts {
  /** Indexes of the block's sentences that name a group, use general words, or say how people are reached. */
  named: number[];
  general: number[];
  reach: number[];
  /** A table row names a group and says how it will be reached. */
  rowReached: boolean;
}

function seldomHeardFacts(block: BlockModel): SeldomHeardFacts {
  return blockFact(block, 'seldom-heard-groups-missing:facts', (parsed) => {
    const facts: SeldomHeardFacts = { named: [], general: [], reach: [], rowReached: tableRowReached(parsed) };
    parsed.sentences.forEach((sentence, i) => {
      if (namesGroup(sentence.text)) facts.named.push(i);
      if (GENERAL_GROUPS.test(sentence.text)) facts.general.push(i);
      if (saysHowReached(sentence.text)) facts.reach.push(i);
    });
    return facts;
  });
}

/** The same facts, counting the user's own group names ("Friends of Hilltop Park") as named groups. */
function withOwnGroups(block: BlockModel, own: PhraseFinder): SeldomHeardFacts {
  return vocabularyFact(block, 'seldom-heard-groups-missing:own', own.key, (parsed) => {
    const facts = seldomHeardFacts(parsed);
    const named = parsed.sentences.flatMap((sentence, i) => (namesOwnGroup(sentence.text, own) ? [i] : []));
    if (named.length === 0) return facts;
    return { ...facts, named: unionOf(facts.named, named), rowReached: facts.rowReached || tableRowReached(parsed, own) };
  });
}

/** A row naming a group whose cells say how it will be reached, or fill a "How we will reach them" column. */
function tableRowReached(block: BlockModel, own?: PhraseFinder): boolean {
  const reachColumns = new Map<number, Set<number>>();
  const rows = new Map<string, { named: boolean; reached: boolean }>();
  for (const unit of block.units) {
    const cell = unit.tableCell;
    if (!cell) continue;
    if (cell.header) {
      if (isReachColumn(unit.text)) {
        if (!reachColumns.has(cell.table)) reachColumns.set(cell.table, new Set());
        reachColumns.get(cell.table)!.add(cell.column);
      }
      continue;
    }
    const key = `${cell.table}:${cell.row}`;
    const row = rows.get(key) ?? { named: false, reached: false };
    rows.set(key, row);
    row.named ||= namesGroup(unit.text, own);
    row.reached ||= saysHowReached(unit.text) || (!!reachColumns.get(cell.table)?.has(cell.column) && !isContentless(unit.text));
    if (row.named && row.reached) return true;
  }
  return false;
}

/**
 * Whether some sentence naming a group has a sentence saying how it will be reached in the same
 * section (the outermost section under the title), or, directly under the title, within two
 * sentences of it in the same block.
 */
function namedAndReached(doc: DocumentModel, facts: SeldomHeardFacts[]): boolean {
  if (!facts.some((f) => f.named.length > 0)) return false;
  const reachSections = new Set<Section>();
  const reachNearTitle = new Map<number, number[]>();
  facts.forEach((f, b) => {
    for (const i of f.reach) {
      const scope = scopeOf(doc, sentenceStart(doc.blocks[b], i));
      if (scope) reachSections.add(scope);
      else reachNearTitle.set(b, [...(reachNearTitle.get(b) ?? []), i]);
    }
  });
  if (reachSections.size === 0 && reachNearTitle.size === 0) return false;
  return facts.some((f, b) =>
    f.named.some((i) => {
      const scope = scopeOf(doc, sentenceStart(doc.blocks[b], i));
      if (scope) return reachSections.has(scope);
      return (reachNearTitle.get(b) ?? []).some((j) => Math.abs(j - i) <= 2);
    }),
  );
}

/** The outermost section below the title containing the offset; undefined directly under the title. */
function scopeOf(doc: DocumentModel, offset: number): Section | undefined {
  const isTitle = (s: Section) => s.heading === doc.title || s.heading.depth === 1;
  let section = sectionAt(doc, offset);
  if (!section || isTitle(section)) return undefined;
  while (section.parent >= 0 && !isTitle(doc.sections[section.parent])) section = doc.sections[section.parent];
  return section;
}
