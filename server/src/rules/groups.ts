// Words for who a draft involves, shared by the rules that ask "who?": population groups named by
// who they are, the general words drafts use instead of naming them, ways of reaching a group,
// community and voluntary-sector partners, and group nouns of any kind. en-GB and en-US spellings.
// Sources for the lexicon: the CP006 and CP024 detection notes in the domain research
// (../shared/domain/co-production-rules.md), NHS England principle 4 ("excluded groups") and the
// groups real council documents name (Carmarthenshire: young people, rural communities, minority
// groups, disabled people).

import { blockFact, eolOf, parsedSentences, type BlockModel, type DocumentModel, type Heading, type TextEdit } from '../engine';
import { phraseFinder, type PhraseFinder } from './plain-words';

/** Groups named by who they are: the people a "who's not in the room?" check looks for. */
export const NAMED_GROUPS: readonly RegExp[] = [
  String.raw`\b(young|younger) (people|persons?|adults|carers|parents|men|women|residents|families|voters|disabled people)\b`,
  String.raw`\b(children|teenagers|adolescents|under[- ]18s|under[- ]25s)\b`,
  String.raw`\b(older|elderly) (people|persons?|adults|residents|citizens|women|men|patients|carers|neighbours|neighbors)\b`,
  String.raw`\b(pensioners|over[- ](50|55|60|65|70|75|80)s)\b`,
  String.raw`\bcarers?\b`,
  String.raw`\b(disabled|disabilit(y|ies)|wheelchair users|neurodivergent|neurodiverse|autis(m|tic)|adhd|special educational needs)\b`,
  String.raw`\b(deaf|hard of hearing|hearing (loss|impair\w*)|bsl users|(british )?sign language users)\b`,
  String.raw`\b(blind (people|residents|users|adults|children|and partially sighted|or partially sighted)|sight loss|visually impaired|visual impairments?|partially sighted|sensory (loss|impairments?))\b`,
  String.raw`\b(mental (health|ill[- ]?health|illness)|dementia|long[- ]term (health )?conditions|learning difficult(y|ies))\b`,
  String.raw`\b(minority ethnic|ethnic minorit(y|ies)|ethnically diverse|racially minori[sz]ed|bame|bme|global majority|people of colou?r)\b`,
  String.raw`\b(gyps(y|ies)|migrants?|immigrants?|refugees?|asylum[- ]seekers?|seeking asylum|newly arrived|new arrivals)\b`,
  String.raw`\b(lgbt\w*|lesbian|gay|bisexual|transgender|non-?binary|queer)\b`,
  String.raw`\btrans (and non-?binary )?(people|men|women|communit(y|ies)|residents|young people|staff|patients)\b`,
  String.raw`\b(faith|religious) (groups?|communit(y|ies)|minorit(y|ies)|leaders)\b`,
  String.raw`\b(rural|remote (communities|areas|villages)|island communities)\b`,
  String.raw`\b(homeless\w*|rough sleep\w*|sleeping rough|temporary accommodation|unhoused)\b`,
  String.raw`\b(digitally excluded|digital exclusion|offline residents|not online|without (internet|online|digital|broadband) access|no internet access)\b`,
  String.raw`\b(do not|don't|does not|doesn't|cannot|can't|never) (use|go|get|access) (the )?(internet|online)\b`,
  String.raw`\b(low|lower)[- ]incomes?\b|\b(in|living in|fuel) poverty\b|\bdeprived (areas|communities|neighbourhoods|neighborhoods|wards|estates)\b|\bfinancial hardship\b`,
  String.raw`\b(care leavers|care[- ]experienced|looked[- ]after (children|young people)|children in care|foster (carers|families|children)|kinship carers)\b`,
  String.raw`\b(veterans|armed forces (community|communities|families|personnel)|service (leavers|families))\b`,
  String.raw`\b(welsh|gaelic)[- ](speakers|speaking)\b|\bpeople who speak (welsh|gaelic)\b`,
  String.raw`\b(do not|don't|does not|doesn't|cannot|can't) speak english\b|\bfirst language is( not|n't) english\b|\b(limited|little) english\b|\benglish as an? (second|additional) language\b|\bnon-english[- ]speak\w*|\bspeakers of other languages\b`,
  String.raw`\b(ex-?offenders|prison leavers|people leaving prison|prisoners|survivors of|domestic abuse|sex workers|substance (mis)?use|drug (and|or) alcohol|addiction)\b`,
  String.raw`\b(single parents|lone parents|teenage parents|expectant (mothers|parents)|pregnant)\b`,
  String.raw`\b(socially isolated|living alone|who live alone|unemployed|jobseekers|shift workers|night workers)\b`,
].map((source) => new RegExp(source, 'i'));

/** Groups named with a capital letter (so "Black communities" but not "black bins"). */
export const NAMED_GROUP_CAPITALISED =
  /\b(Black|Asian|South Asian|African|Caribbean|Somali|Polish|Bangladeshi|Pakistani|Indian|Chinese|Turkish|Kurdish|Arab|Jewish|Muslim|Sikh|Hindu|Eastern European|Romanian|Ukrainian|Afghan|Irish|Gypsy|Roma|Traveller|Traveler)( and [A-Z][a-z]+)?( [A-Z][a-z]+)?,? (people|communit(y|ies)|residents|families|women|men|elders|heritage|groups?|youth|young people|backgrounds?)\b|\b(Roma|Travell?ers?|ESOL|SEND)\b/;

/** Text with "[placeholders]" left by a template taken out: they name nobody yet. */
function withoutPlaceholders(text: string): string {
  return text.includes('[') ? text.replace(/\[[^\][]*\]/g, ' ') : text;
}

/**
 * The user's own group names (vocabulary.groups, e.g. "Friends of Hilltop Park"), found as whole
 * words ignoring case; built once per list. Undefined when there are none.
 */
export function ownGroups(groups: readonly string[]): PhraseFinder | undefined {
  if (groups.length === 0) return undefined;
  const finder = phraseFinder(groups);
  return finder.key === '[]' ? undefined : finder;
}

/** True when the text names one of the user's own groups. */
export function namesOwnGroup(text: string, own: PhraseFinder | undefined): boolean {
  return own !== undefined && own.test(withoutPlaceholders(text));
}

/** True when the text names at least one population group (one of the user's own, if given). */
export function namesGroup(text: string, own?: PhraseFinder): boolean {
  const plain = withoutPlaceholders(text);
  return NAMED_GROUP_CAPITALISED.test(plain) || NAMED_GROUPS.some((re) => re.test(plain)) || (own !== undefined && own.test(plain));
}

/** General words for groups that are seldom heard, used instead of naming them. */
export const GENERAL_GROUPS = new RegExp(
  [
    String.raw`\b(seldom|rarely|least|less often)[- ]heard\b`,
    String.raw`\bhard(er)?[- ]to[- ](reach|engage|hear)\b`,
    String.raw`\beasy to (ignore|overlook|miss)\b`,
    String.raw`\bunder-?(represented|served|heard)\b`,
    String.raw`\bmarginali[sz]ed\b`,
    String.raw`\bexcluded (groups|communities|people|residents|voices)\b`,
    String.raw`\b(health )?inequalit(y|ies)\b`,
    String.raw`\bprotected characteristics?\b`,
    String.raw`\bdiverse (communities|groups|backgrounds|voices|residents)\b`,
    String.raw`\b(minority|vulnerable) (groups|people|residents|adults|communities)\b`,
    String.raw`\b(we|who) (don't|do not|rarely|seldom|less often)( often)? (hear|take part|get involved|engage)\b`,
    String.raw`\bhear from (least|less)( often)?\b`,
    String.raw`\bnot in the room\b`,
    String.raw`\b(hear from|reach|involve|include|open to|accessible to|welcome|listen to) (everyone|everybody|all (residents|people|communities|sections|parts|groups|voices))\b`,
    String.raw`\beveryone (can|is able to|should be able to|has (a|the) chance|will have (a|the) chance)\b`,
    String.raw`\bno matter who\b|\bwhoever (they|you) are\b|\bwherever (they|you) live\b`,
    String.raw`\ball (sections|parts) of (the|our) communit(y|ies)\b|\bevery (background|walk of life)\b`,
  ].join('|'),
  'i',
);

/** Ways of reaching a group: outreach, sessions, visits, trusted partners, formats, paid roles. */
const REACH_WAYS: readonly RegExp[] = [
  String.raw`\bout-?reach\b`,
  String.raw`\bsessions? (with|at|in|for|run|led|held|hosted)\b`,
  String.raw`\bdrop-?ins?\b|\bpop-?ups?\b|\broadshows?\b|\bcoffee mornings?\b|\bstalls?\b|\bdoor[- ](knocking|to[- ]door|step)\b|\bhome visits?\b`,
  String.raw`\b(focus groups?|workshops?|interviews?|conversations?|listening events?) (with|at|in|for|run|led)\b`,
  String.raw`\bvisit(s|ing|ed)? (?!(our|the|this|a) (website|web ?page|site|portal|page)|www|https?)`,
  String.raw`\b(go|goes|went|going) out to\b|\b(go|going|come|coming) to (them|where|their|places|people|groups?)\b|\b(we will|we'll) go to\b|\bmeet(ing)? (them|people) (where|at|in)\b`,
  String.raw`\bwhere (they|people|you|residents|families) (already )?(are|go|meet|live|gather|spend)\b|\bplaces (they|people) (already )?(use|go|visit|trust|know)\b`,
  String.raw`\btranslat\w*|\binterpret(er|ers|ing|ed)\b|\bbsl\b|\bbritish sign language\b|\beasy read\b|\blarge print\b|\bbraille\b|\baudio (versions?|recordings?|copies)\b|\b(their|other|community) languages?\b`,
  String.raw`\bpaid (\w+ )?(roles?|posts?|places?|positions?|researchers?|champions?|advisers?|advisors?)\b|\bcommunity (champions|researchers|connectors|navigators|ambassadors)\b|\bpeer (researchers|workers|supporters|mentors)\b`,
  String.raw`\b(by|over the) (phone|telephone|post)\b|\bphone calls?\b|\bfreepost\b|\bpaper (copies|copy|questionnaires?|surveys?|forms?)\b|\bletters? to\b|\bwrite to\b`,
  String.raw`\b(at|in) (their |local |the )?(schools?|youth clubs?|colleges?|mosques?|churches|temples?|gurdwaras?|synagogues?|day (centres?|centers?)|care homes?|libraries|library|community (centres?|centers?)|gp (surgeries|practices)|food banks?|markets?|supermarkets?|nurser(y|ies)|children's (centres?|centers?)|family hubs?|job ?(centres?|centers?)|hostels?|refuges?|clubs?)\b`,
  String.raw`\b(youth|outreach|community|support|link|family|development) workers?\b`,
  String.raw`\b(crèche|creche|replacement care|childcare|travel costs)\b`,
].map((source) => new RegExp(source, 'i'));

/** "Through", "via", "with" and the like, which say how only with a trusted go-between after them. */
const REACH_VIA = /\b(through|via|with the help of|with support from|in partnership with|working with|work with|run (with|by)|led by|hosted by|organi[sz]ed by|supported by)\b/i;
const GO_BETWEEN =
  /\b(partners?|organi[sz]ations?|groups?|charit(y|ies)|forums?|clubs?|schools?|colleges?|services?|centres?|centers?|networks?|associations?|champions?|workers?|leaders?|councils?|healthwatch|projects?|hubs?|trusts?|societ(y|ies)|cvs|vcse|voluntary|nurses?|teams?|libraries|library|mosques?|churches|temples?|gurdwaras?|surgeries|practices|nurser(y|ies))\b/i;

/** True when the text says how a group will be reached. */
export function saysHowReached(text: string): boolean {
  const plain = withoutPlaceholders(text);
  return REACH_WAYS.some((re) => re.test(plain)) || (REACH_VIA.test(plain) && GO_BETWEEN.test(plain));
}

/** A table column that says how each group will be reached (not how it is affected). */
export const REACH_COLUMN = /\b(how|reach\w*|outreach|methods?|channels?|approach(es)?|activit(y|ies)|ways?|engag\w*|involv\w*|contact\w*)\b/i;
const NOT_REACH_COLUMN = /\b(affect\w*|impact\w*|interests?|why|needs?|support|adjustments?|barriers?|partners?)\b/i;

export function isReachColumn(header: string): boolean {
  return REACH_COLUMN.test(header) && !NOT_REACH_COLUMN.test(header);
}

/** Community and voluntary-sector partners, by kind of organisation. */
export const PARTNER = new RegExp(
  [
    String.raw`\b(vcse|vcs|vcfse|cvs)\b`,
    String.raw`\bvoluntary(,| and| &)?[- ](community|sector|organi[sz]ations?|groups?|services?|bodies|partners?)\b`,
    String.raw`\bcommunity (and|&) voluntary\b|\bthird[- ]sector\b|\bcharit(y|ies)\b|\bnot[- ]for[- ]profit\b|\bnon-?profits?\b|\bngos?\b|\bsocial enterprises?\b`,
    String.raw`\bhealthwatch\b|\bcitizens advice\b|\bage uk\b|\bpublic services board\b`,
    String.raw`\bcommunity (groups?|organi[sz]ations?|sector|partners?|associations?|networks?|anchors?|trusts?|interest compan(y|ies))\b|\bgrass-?roots\b`,
    String.raw`\b(parish|town|community) councils?\b`,
    String.raw`\b(tenants|residents|tenants and residents)['’]? (associations?|groups?|forums?|committees?)\b|\bhousing associations?\b`,
    String.raw`\bfaith (groups?|organi[sz]ations?|leaders?|communit(y|ies))\b`,
    String.raw`\bpartner organi[sz]ations?\b|\b(voluntary|trusted|delivery) partners\b|\bfriends of\b`,
    String.raw`\b(disability|carers['’]?|youth|pensioners['’]?|patient|parents['’]?|older people['’]s|user|survivor)[- ]?(forums?|groups?|networks?|centres?|centers?|associations?|trusts?|councils?|led)\b`,
  ].join('|'),
  'i',
);

/** "Working with Riverside Youth Trust": a partner named after a working-together phrase. */
const NAMED_PARTNER =
  /\b(?:[Ww]ork(?:s|ing|ed)?|[Pp]artner(?:ship|ing|ed)?|[Tt]ogether) (?:closely )?(?:with|alongside) (?:the )?(?:local )?([A-Z][\w'’&.-]*)/g;
/** Capitalised words after "working with" that are the author's own side, not a partner. */
const NOT_A_PARTNER = new Set([
  'Council', 'County', 'Borough', 'City', 'District', 'Cabinet', 'Government', 'Department', 'NHS', 'ICB', 'ICS',
  'Board', 'Officers', 'Councillors', 'Members', 'Partners', 'Stakeholders', 'Residents', 'People', 'Public',
  'Councillor', 'Mayor', 'Director', 'Officer', 'Team', 'Service', 'Services', 'Health', 'Social',
  'We', 'Us', 'Our', 'You', 'Your', 'They', 'Them', 'This', 'These', 'All', 'Local',
]);

/** True when the text names a community or voluntary-sector partner. */
export function namesPartner(text: string): boolean {
  const plain = withoutPlaceholders(text);
  if (PARTNER.test(plain)) return true;
  for (const m of plain.matchAll(NAMED_PARTNER)) if (!NOT_A_PARTNER.has(m[1])) return true;
  return false;
}

/** A table column listing partners. */
export const PARTNER_COLUMN = /\b(partners?|partnerships?|(delivered|run|led|supported) by|who (can |will )?help)\b/i;

/** A heading introducing a partners section. */
export const PARTNER_HEADING =
  /\b(partners?|partnerships?|working (together|with others|with partners)|who (we are|we're|we will be|we'll be|we will|we'll) work(ing)? with|organi[sz]ations (we will|we'll) work with)\b/i;

/** Two or more capitalised words in a row: the name of an organisation ("Age UK", "Riverside Disability Forum"). */
export const ORGANISATION_NAME = /(?<![\w'’&-])[A-Z][\w'’&-]*( (of|for|and|&|the))?( [A-Z][\w'’&-]*)+/;

/** Any group of people or organisations, however plainly put: what a stakeholder section lists. */
const GROUP_NOUN = new RegExp(
  [
    String.raw`\b(residents|citizens|tenants|leaseholders|homeowners|householders|households|landlords|neighbours|neighbors|parents|families|patients|pupils|students|staff|employees|workers|volunteers|councillors|councilors|businesses|traders|shops|employers|landowners|farmers|developers)\b`,
    String.raw`\b(schools|colleges|universities|nurseries|gps|doctors|nurses|clinicians|teachers|governors|providers|commissioners|police|visitors|commuters|drivers|cyclists|pedestrians|passengers|users|customers|clients|groups|organi[sz]ations|charities|clubs|societies|associations|forums|networks|agencies)\b`,
    String.raw`\bpeople (who|that) (use|used|live|lived|work|visit|care|attend|rely|have|need|are)\b|\bpeople (living|working|using|with|aged|over|under|in|from|on)\b|\blocal people\b`,
  ].join('|'),
  'i',
);
/** Group words that name nobody in particular ("all relevant stakeholders", "interested groups"). */
const VAGUE_GROUPS =
  /\b(relevant|interested|key|appropriate|other|various|wider|different|target|affected|stakeholder|partner|such|many|some|these|those|all) (stakeholders?|groups?|parties|people|communit(y|ies)|partners?|organi[sz]ations?|bodies|agencies)\b|\bmembers of the public\b/gi;

/** True when the text names some group of people or organisations, not only "stakeholders" (or one of the user's own). */
export function namesAnyGroup(text: string, own?: PhraseFinder): boolean {
  if (namesOwnGroup(text, own)) return true;
  const plain = withoutPlaceholders(text).replace(VAGUE_GROUPS, ' ');
  return GROUP_NOUN.test(plain) || namesGroup(plain) || namesPartner(plain) || ORGANISATION_NAME.test(plain);
}

const CONTENTLESS = /^(\[[^\]]*\]|tbc|tbd|n\/?a|none|-+|—|–|\?+|x{3,}|to be (confirmed|decided|agreed))?\.?$/i;

/** True for cell or item text that holds nothing yet: empty, a dash, "TBC", "[placeholder]". */
export function isContentless(text: string): boolean {
  return CONTENTLESS.test(text.trim());
}

// ---- helpers these rules share ---------------------------------------------------------------

/**
 * A block fact that depends on the user's vocabulary: kept in one slot per name and recomputed
 * when the vocabulary (its `key`) changes, so a block holds one value however often the
 * configuration is edited.
 */
export function vocabularyFact<T>(block: BlockModel, name: string, key: string, compute: (parsed: BlockModel) => T): T {
  const slot = blockFact(block, name, (): { key?: string; value?: T } => ({}));
  if (slot.key !== key) {
    slot.value = compute(block.origin ?? block);
    slot.key = key;
  }
  return slot.value as T;
}

/** Sorted indexes in either list, once each. */
export function unionOf(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return [...a];
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** Where a block's i-th sentence starts in the document, without placing the block (see parsedSentences). */
export function sentenceStart(block: BlockModel, i: number): number {
  const { sentences, shift } = parsedSentences(block);
  return sentences[i].start + shift;
}

/**
 * Whether a sentence starts in [from, to) among those `pick` chooses from each block; only the
 * blocks overlapping the range are looked at (found by binary search: blocks are in order).
 */
export function anySentenceIn(doc: DocumentModel, pick: (block: BlockModel) => readonly number[], from: number, to: number): boolean {
  const blocks = doc.blocks;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let b = lo; b < blocks.length && blocks[b].start < to; b++) {
    const block = blocks[b];
    for (const i of pick(block)) {
      const start = sentenceStart(block, i);
      if (start >= from && start < to) return true;
    }
  }
  return false;
}

/** The body of a snippet section without its heading line. */
export function withoutHeading(markdown: string): string {
  return markdown.replace(/^#{1,6}[ \t][^\n]*\n+/, '');
}

/** An edit putting Markdown as new paragraphs right under a heading's line. */
export function insertUnderHeading(doc: DocumentModel, heading: Heading, markdown: string): TextEdit {
  const text = doc.text;
  let lineEnd = heading.end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const eol = eolOf(text);
  return { start: lineEnd, end: lineEnd, newText: `${eol}${eol}${markdown.replace(/\r?\n/g, eol)}` };
}
