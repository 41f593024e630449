// How people can reach a public body and take part: online and offline channels, contact details
// and named contacts. Shared by offline-channels-missing, contact-missing and accessibility-missing.
// Every fact is worked out once per block text (blockFact) and per sentence, so document rules
// only read booleans on each keystroke.

import { blockFact, parsedSentences, sectionsMatching, type BlockModel, type DocumentModel, type OffsetRange, type Section, type SentenceRef } from '../engine';
import { frontMatterValue } from './evidence';

// ---- vocabulary -------------------------------------------------------------------------------

/** An email address (only its first characters around the @ are needed to know it is one). */
export const EMAIL = /[\w.+-]@[\w-]+\.\w/;

/** A UK phone number: 01234 567890, 0300 123 4567, 020 7946 0000, +44 (0)20 7946 0000. */
export const UK_PHONE = /(?:\+44 ?(?:\(0\) ?)?|\b0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b/;

/** A UK postcode (capitals, so matched case-sensitively): SW1A 1AA, M1 2AB, CF10 4UW. */
export const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;

/** A postal route with no postcode: Freepost, a PO box. */
export const POSTAL = /\bfree ?post\b|\bp\.? ?o\.? box \d/i;

/** An online way to take part or get in touch. */
export const ONLINE =
  /\bon-?line\b|\bwebsites?\b|\bweb ?(pages?|forms?|sites?|chat)\b|\bwebinars?\b|\be-?mail(s|ed|ing)?\b|\bportal\b|\bcitizen ?space\b|\b(consultation|engagement|have your say|participation) (hub|platform|site|page|website)\b|\bsocial media\b|\b(facebook|twitter|instagram|tiktok|linkedin|whatsapp|nextdoor|youtube)\b|\bvirtual(ly)?\b|\bzoom\b|\bmicrosoft teams\b|\b(on|via) teams\b|\bteams (meetings?|calls?)\b|\bvideo (calls?|conferenc(e|es|ing))\b|\bqr codes?\b|\b(survey ?monkey|smart ?survey|microsoft forms|google forms?|commonplace|bang the table|engagement ?hq)\b|\bwww\.|\bhttps?:|[\w.+-]@[\w-]+\.\w/i;

/**
 * Meetings and events held online ("online workshops", "sessions on Zoom"), masked out before
 * looking for offline ones so that "virtual drop-in" does not count as a drop-in.
 */
const ONLINE_GATHERING =
  /\b(online|virtual|video|zoom|teams|remote|web)[- ]((?!and\b|or\b)\w+[- ]){0,2}(meetings?|events?|workshops?|sessions?|focus groups?|drop[- ]ins?|forums?|panels?|interviews?|conversations?|surger(y|ies)|exhibitions?|stalls?|cafes?|consultations?|discussions?|groups?|q&as?)\b|\b(meetings?|events?|workshops?|sessions?|focus groups?|drop[- ]ins?|forums?|panels?|interviews?|conversations?|surger(y|ies)|exhibitions?|discussions?)( (?!and\b|or\b)\w+){0,2} (online|virtually|on (zoom|(microsoft )?teams)|via (zoom|(microsoft )?teams|video))\b/gi;

/** Meetings where decisions are taken, not where people take part. */
const DECISION_MEETING = /\b(cabinet|committee|council|board|scrutiny|executive|governing body|planning) meetings?\b/gi;

/** An offline way to take part that counts wherever it is mentioned. */
const OFFLINE =
  /\bfree ?post\b|\bby (post|letter|phone|telephone|text ?phone)\b|\bp\.? ?o\.? box\b|\b(in|on) paper\b|\bpaper[- ](cop(y|ies)|forms?|questionnaires?|surveys?|versions?|responses?|formats?)\b|\b(printed|hard)[- ]?cop(y|ies)\b|\bprinted (forms?|questionnaires?|surveys?|versions?)\b|\bdrop[- ]ins?\b|\bdrop in (at|to)\b|\bwalk[- ]ins?\b|\bface[- ]to[- ]face\b|\bin[- ]person\b|\bcome (and|to) (see|talk to|speak to|speak with|meet) us\b|\b(call|pop) in(to)? (at |to )?(any|our|the|your) |\boutreach\b|\bdoor[- ]?(knocking|step|to[- ]door)\b|\bhome visits?\b|\bvisit(s|ing)? (you|people|residents|groups|schools|communit(y|ies)|families|homes|community groups)\b|\b(street|market|pop[- ]up) (stalls?|stands?|events?|sessions?)\b|\broadshows?\b|\bwhere (people|they|residents|communities|families|you) (already )?(are|go|meet|gather|spend time|live)\b|\bgo(ing)? (out )?to (the )?(citizens|people|communities|residents|neighbourhoods|neighborhoods)\b|\b(call|ring|phone|telephone) us\b|\bgive us a (call|ring)\b|\bon the (tele)?phone\b|\b(phone|telephone) (number|line|interviews?|surveys?|calls?)\b|\bfree ?phone\b|\btext ?phone\b|\bhelpline\b|\bwrite to (us|the)\b|\bpost (it|them) (back|to)\b|\bpost (back )?your (response|reply|form|questionnaire|survey|comments|views)\b|\bpostal\b/i;

/** Venues, gatherings and places that are offline when the sentence is about taking part. */
const OFFLINE_PLACE =
  /\b(events?|workshops?|meetings?|sessions?|focus groups?|forums?|stalls?|stands?|surger(y|ies)|coffee mornings?|conversations?|exhibitions?|interviews?|walkabouts?|librar(y|ies)|community (centres?|centers?|venues?|halls?|spaces?|buildings?|hubs?|groups?)|village halls?|church halls?|venues?|(town|city|county|guild) ?halls?|civic (centres?|centers?|offices?|halls?)|(council|district|borough|county|city|town|parish|area|local|housing|neighbourhood|neighborhood|estate|branch|post) offices?|\b(at|from|to|in) (any|all|every|each|one of (our|the)|your (local|nearest)|our( local)?) ([\w'’-]+ ){0,2}offices?|customer services? (centres?|centers?|points?|desks?|hubs?)|one[- ]stop[- ]shops?|(family|neighbourhood|neighborhood|leisure|health|sports|resource|information|visitor) (hubs?|centres?|centers?)|job ?(centres?|centers?)|information (points?|desks?)|help ?points?|community (cafes?|cafés?|pantr(y|ies)|larders?)|reception|schools?|colleges?|gp (practices|surgeries)|supermarkets?|shopping (centres?|centers?)|places? of worship|mosques?|churches|temples?|gurdwaras?|markets?|youth clubs?|care homes?|day (centres?|centers?)|children'?s (centres?|centers?))\b/i;

/** A sentence about how people take part. */
const PARTICIPATE =
  /\b(respond|responding|reply|take part|taking part|have (your|their) say|get involved|getting involved|give (us )?(your|their) views|share (your|their) (views|experiences?|ideas)|tell us|fill (in|out)|complete (the|our|a|an|this)|answer (the|our|a|these|this)|join (us|in|a|an|the|our)|come (to|along)|attend|drop in|sign up|register|book (a|your) place|comment on|send (us )?(your|their) (views|comments|responses?|feedback|ideas)|submit|participate|ways? to (take part|respond|get involved|have your say|give your views))\b|\b(pick up|collect|hand in|drop off|return) (a|your|the|our|completed|printed) (\w+ )?(cop(y|ies)|forms?|questionnaires?|surveys?|responses?)\b|\b(talk|speak|chat) (to|with) us\b|\b(visit|meet|see) us\b|\b(run|hold|host|launch|open|use|organi[sz]e) ((a|an|the|our|two|three|four|several|regular) )?((online|virtual|public|community) )?(surveys?|questionnaires?|polls?|workshops?|events?|sessions?|focus groups?|drop-ins?|meetings?|forums?|interviews?)\b|\b(surveys?|questionnaires?|polls?|response forms?) (is|are|will be) (available|open|online|hosted|at|on)\b/i;

/** Reporting back rather than taking part: a channel here is how people hear, not how they join in. */
const FEEDBACK = /\b(publish(ed|ing)?|report(ed|ing)? back|results|summary|findings|outcome|you said|feed(ing)? back to)\b/i;

/** Headings of a section on how people can take part. */
export const METHODS_HEADING =
  /\bhow (to|you can|can you|can i|do i|people can|we will|we'll|will we) (respond|reply|take part|have (your|their) say|get involved|give (us )?(your|their) views|comment|engage|involve|consult|participate|send (us )?(your )?(views|response|comments))\b|\bways? to (respond|take part|have your say|get involved|give (us )?your views|engage|participate)\b|\b(engagement|consultation|involvement|participation) (methods?|activities|approach)\b|^(methods?|our approach|activities|have your say|get involved|getting involved|take part|taking part|responding|your (response|views)|respond(ing)? to (this|the) (consultation|survey))$/i;

/** A table column saying how people are reached or take part ("How we will reach them", "Method"). */
const METHOD_COLUMN =
  /\bhow (we|we'll|we will|to|you|they|people) (can |will )?(reach|engage|involve|contact|consult|take part|respond|get involved)\b|\b(methods?|channels?|ways? to|activit(y|ies)|approach|reach)\b/i;

/** A way to reach someone, with or without the address itself. */
const REACH =
  /\b(e-?mail(ing)?|(tele)?phon(e|ing)|call(ing)?|ring|text|sms|write|post|letter|online form|contact form|web ?chat|website|in person|visit|reception|drop[- ]in)\b|[\w.+-]@[\w-]+\.\w|\bwww\./i;

/** A team or role people can be put in touch with. */
const ROLE =
  /\b(team|officers?|manager|co-?ordinator|department|directorate|helpdesk|help desk|service desk|customer (services?|contact)|contact cent(re|er)|switchboard)\b/i;

/** A person named after a contact verb ("contact Sam Patel"): capitals matter, so no i flag. */
const PERSON = /\b(?:[Cc]ontact|[Aa]sk for|[Ss]peak to|[Tt]alk to|[Ww]rite to)\s[A-Z][a-z]+\s[A-Z][a-z'-]+/;

/** The reader asked to get in touch with someone. */
const CONTACT_INTENT =
  /\bcontact (us|the|our|me)\b|\bcontacts?:|\bget(ting)? in touch\b|\b(any|have|with|for) (questions|queries)\b|\b(questions|queries) (about|on)\b|\b(more|further) (information|details)\b|\bfind out more\b|\b(speak|talk) (to|with) (us|our|the \w+ (team|officer))\b|\bneed (help|support)\b|\benquir(y|ies)\b|\binquir(y|ies)\b|\bask (us|our|the \w+ (team|officer))\b|\b(lead|named|responsible) (officer|contact)\b|\bcontact (officer|person|name|point)\b/i;

/** A sentence telling people how to respond. */
const RESPOND =
  /\b(respond|reply)(ing)? (online|by|to (this|the) (consultation|survey)|at|via|using|in writing|on paper)\b|\b(fill (in|out)|complete|answer|take part in|do) (the|our|this|a|an) (\w+ )?(survey|questionnaire|form|poll|consultation)\b|\b(send|email|e-mail|post|return|submit|give)( us)? (your|the|a)( \w+)? (views|comments|responses?|feedback|forms?|questionnaires?|surveys?|ideas)\b|\bhave your say (online|by|at|on|via|here|through)\b|\bresponse forms?\b|\b(online|paper) (surveys?|questionnaires?|forms?)\b|\b(surveys?|questionnaires?|consultation) (is|are|will be) (open|available|online|at|on)\b|\b(link|go) to the (survey|questionnaire|form)\b/i;

/** Headings of a contact section. */
export const CONTACT_HEADING =
  /^(key |useful )?contacts?:?$|\bcontact (us|details|information|the team|points?)\b|\bwho to contact\b|\bget(ting)? in touch\b|^(enquiries|inquiries|questions\?|help and support|need help\??)$/i;

// ---- per-sentence facts -----------------------------------------------------------------------

export interface SentenceFacts {
  /** Names an online channel. */
  online: boolean;
  /** Names an offline channel that counts anywhere: phone, post, paper, drop-in, outreach. */
  offline: boolean;
  /** Names a venue or gathering, offline when the sentence is about taking part. */
  offlinePlace: boolean;
  /** Is about taking part: a cue word, a lead-in's list item, or a "How we will reach them" cell. */
  participation: boolean;
  /** Is about reporting back. */
  feedback: boolean;
  /** Gives an email address, a phone number or a postal address. */
  details: boolean;
  /** Names a way to reach someone (even without the address). */
  reach: boolean;
  /** Asks the reader to get in touch with a named team, role or person. */
  namedContact: boolean;
  /** Names a team or role at all. */
  role: boolean;
  /** Tells people how to respond. */
  respond: boolean;
}

export function sentenceFacts(block: BlockModel): readonly SentenceFacts[] {
  return blockFact(block, 'channels:sentence-facts', computeFacts);
}

function computeFacts(block: BlockModel): SentenceFacts[] {
  const participatingUnits = participationUnits(block);
  return block.sentences.map((sentence) => {
    const text = sentence.text;
    const offlineText = text.replace(ONLINE_GATHERING, ' ').replace(DECISION_MEETING, ' ');
    const details = EMAIL.test(text) || UK_PHONE.test(text) || POSTCODE.test(text) || POSTAL.test(text);
    const role = ROLE.test(text);
    const intent = CONTACT_INTENT.test(text);
    return {
      online: ONLINE.test(text),
      offline: OFFLINE.test(offlineText) || UK_PHONE.test(text) || POSTCODE.test(text),
      offlinePlace: OFFLINE_PLACE.test(offlineText),
      participation: participatingUnits.has(sentence.unit) || PARTICIPATE.test(text),
      feedback: FEEDBACK.test(text),
      details,
      reach: REACH.test(text),
      namedContact: PERSON.test(text) || (intent && role),
      role,
      respond: RESPOND.test(text),
    };
  });
}

/** Units about taking part by position: list items after a lead-in about it, cells in a method column. */
function participationUnits(block: BlockModel): Set<number> {
  const units = new Set<number>();
  let leadIn = false;
  block.units.forEach((unit, i) => {
    if (unit.tableCell) {
      const { table, column, header } = unit.tableCell;
      if (!header && METHOD_COLUMN.test(block.tables[table]?.header[column] ?? '')) units.add(i);
      return;
    }
    if (unit.listItem) {
      if (leadIn) units.add(i);
      return;
    }
    leadIn = unit.listAfter > 0 && PARTICIPATE.test(unit.text);
  });
  return units;
}

// ---- document-level questions -----------------------------------------------------------------

export interface FactRef extends SentenceRef {
  facts: SentenceFacts;
}

/**
 * The sentences whose facts pass `test`, with their facts, in document order; optionally only
 * those inside a range. Blocks with no match are skipped without placing their sentences.
 */
export function* factRefs(doc: DocumentModel, test: (facts: SentenceFacts) => boolean, range?: OffsetRange): Generator<FactRef> {
  for (const block of doc.blocks) {
    if (range && (block.end <= range.start || block.start >= range.end)) continue;
    const facts = sentenceFacts(block);
    let i = facts.findIndex(test);
    if (i < 0) continue;
    const sentences = block.sentences;
    for (; i < facts.length; i++) {
      if (!test(facts[i])) continue;
      const sentence = sentences[i];
      if (range && (sentence.start < range.start || sentence.start >= range.end)) continue;
      yield { block, sentence, unit: block.units[sentence.unit], facts: facts[i] };
    }
  }
}

/** The first sentence whose facts pass `test`, optionally inside a range. */
export function firstFact(doc: DocumentModel, test: (facts: SentenceFacts) => boolean, range?: OffsetRange): FactRef | undefined {
  for (const ref of factRefs(doc, test, range)) return ref;
  return undefined;
}

/** True when any sentence matches, without building references for the rest. */
export function anyFact(doc: DocumentModel, test: (facts: SentenceFacts) => boolean, range?: OffsetRange): boolean {
  for (const block of doc.blocks) {
    if (range && (block.end <= range.start || block.start >= range.end)) continue;
    const facts = sentenceFacts(block);
    if (!range) {
      if (facts.some(test)) return true;
      continue;
    }
    const { sentences, shift } = parsedSentences(block);
    for (let i = 0; i < sentences.length; i++) {
      const start = sentences[i].start + shift;
      if (start >= range.start && start < range.end && test(facts[i])) return true;
    }
  }
  return false;
}

/** Sections below the title whose heading matches (the title's section is the whole draft). */
export function bodySections(doc: DocumentModel, heading: RegExp): Section[] {
  return sectionsMatching(doc, heading).filter((s) => s.heading !== doc.title && s.heading.depth > 1);
}

/** The section's own text below its heading holds at least one sentence. */
export function hasContent(doc: DocumentModel, section: Section): boolean {
  return anyFact(doc, () => true, { start: section.heading.end, end: section.end });
}

/** Contact details given in front matter (contact, email, phone). */
export function frontMatterContact(doc: DocumentModel): boolean {
  return ['contact', 'contact_email', 'email', 'phone', 'telephone'].some((key) => (frontMatterValue(doc, key) ?? '').trim() !== '');
}

/**
 * Whether the draft gives people someone to ask: an email address, phone number or postal
 * address; a contact section with something in it; or a named team, role or person.
 */
export function hasAnyContact(doc: DocumentModel): boolean {
  if (frontMatterContact(doc)) return true;
  if (anyFact(doc, (f) => f.details || f.namedContact)) return true;
  return bodySections(doc, CONTACT_HEADING).some((s) => hasContent(doc, s));
}
