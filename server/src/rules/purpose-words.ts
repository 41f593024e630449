// Words shared by the rules about purpose and influence (purpose-missing, decision-already-made,
// participation-level-undeclared): what is being decided, what is still open, what is fixed, and
// how much say people have. Every pattern runs on one sentence or one heading at a time.

import { eolOf, insertSectionEdit, sectionDepth, setHeadingDepth, type DocumentModel, type Fix, type TextEdit } from '../engine';
import { snippetText } from './snippet-sections';

const any = (parts: readonly string[], flags = 'i') => new RegExp(parts.join('|'), flags);

/** Words naming the kind of group or panel ("the youth panel", "the steering group"). */
const GROUP_KIND = String.raw`(youth |residents['’] |citizens['’] |people['’]s |design |steering |community |project |advisory |working |reference |co-production |engagement |lived experience |tenants['’] |patient |young people['’]s |service user |user |carers['’] )`;

/** Headings that introduce a statement of purpose: what is being decided and why people are asked. */
export const PURPOSE_HEADING = any([
  String.raw`\bpurpose\b(?! of (the|our|this) ${GROUP_KIND}?(group|panel|board|forum|committee|meeting|network|role))`,
  String.raw`\bwhy (we are|we['’]re|are we|we) (asking|consulting|doing this|engaging|involving|reviewing|proposing|changing|want to hear)`,
  String.raw`\bwhy (this|the|a|we need (this|a|the|an)) (consultation|survey|questionnaire|review|changes?|proposals?|plan|strategy|policy|engagement)\b`,
  String.raw`\bwhy now\b`,
  String.raw`\babout (this|the|our) (consultation|proposals?|survey|questionnaire|review|engagement|changes?|plan|strategy|policy)\b`,
  String.raw`\bwhat (we are|we['’]re|are we|is being) (consulting (on|about)|asking (you )?(on|about)|proposing|deciding|consulted on)\b`,
  String.raw`\bwhat (we need|we have|needs|has) to (decide|be decided)\b`,
  String.raw`\b(what|why) (this|the) (consultation|survey|questionnaire|plan|strategy|policy|document|proposal) is (for|about)\b`,
  String.raw`\bwhat (we want|we['’]d like|we would like) (to know|to hear|to find out|your views on)\b`,
  String.raw`^(the |our |this )?decisions?( (we|to be|being|that|you) [a-z' ]+)?$`,
  String.raw`^(our |the )?aims?\b`,
  String.raw`\baims and (objectives|purpose)\b`,
  String.raw`^(our |the )?objectives$`,
]);

/** Headings for the history of a proposal, which often stops short of saying what is to be decided. */
export const BACKGROUND_HEADING = /\b(background|context)\b/i;

/** Opening sections a new section goes after: summaries and introductions. */
export const INTRO_HEADING =
  /\b(summary|introduction|overview|at a glance|in brief|contents|foreword|preface|background|context|easy read|plain (english|language) version)\b/i;

/** A sentence saying what decision the draft informs, or what people's views are sought on. */
export const DECISION_STATEMENT = any([
  String.raw`\b(need|needs|have|has|want|wants|going|plan|plans|hope|hopes|intend|intends|are about|is about) to (decide|choose|make (a|the|our|its|some|these|this) (final )?decisions?)\b`,
  String.raw`\bdecid(e|es|ing) (whether|how|which|what|where|when|if|on|about|between)\b`,
  String.raw`\b(make|take|makes|takes|making|taking|reach) (a|the|its|our) (final )?decision (on|about|whether|to)\b`,
  String.raw`\bhelp(s|ing)? (us|the council|councillors|cabinet|the (board|trust|panel|committee|partnership)|decision[- ]makers) (to )?(decide|choose|make (a|the|our|its) (final )?decision|shape)\b`,
  String.raw`\b(help|helps|to|will|would|could|can|should) (inform|shape|guide) (the|our|a|its|their|any|this|future) (final )?(decisions?|choices?|plans?|proposals?|design|policy|strategy)\b`,
  String.raw`\b(want|would like|are asking for|are seeking|seek|invite|welcome|need) (to (hear|know|have) )?(your|people['’]s|residents['’]|local people['’]s|the public['’]s) (views|thoughts|opinions?|ideas|comments|feedback|experiences?) (on|about|of)\b`,
  String.raw`\b(seeking|asking for|inviting|gathering|collecting) (your |people['’]s |residents['’] |the public['’]s )?(views|comments|opinions|ideas|feedback) (on|about)\b`,
  String.raw`\bthis (consultation|survey|questionnaire|engagement|review) (asks|is about|seeks|is asking|wants to (know|find out|hear))\b`,
  String.raw`\b(we are|we['’]re|we will be|the council is) (consulting|asking|asking (you|people|residents|the public)|seeking views) (on|about|whether|how|which|what)\b`,
  String.raw`\b(this|the|our) (policy|strategy|plan|document|consultation|survey|review|programme|program|project) (aims|is intended|is designed|exists|seeks) to\b`,
  String.raw`\bwhy (we are|we['’]re) (asking|consulting|doing this)\b`,
  String.raw`\b(we|the council|the (board|trust|partnership|service|authority)) (are|is) (proposing|considering|thinking about|looking at (whether|how|options))\b`,
  String.raw`\bbefore (we|the council|cabinet|councillors|the (board|trust|committee)) (decide|decides|make (a|the|any|our|its) (final )?decision)\b`,
]);

/**
 * Decision statements with a few words of any kind in the middle ("Cabinet will decide in May
 * whether…", "The purpose of this new youth programme is…"), kept apart from DECISION_STATEMENT
 * so that each pattern stays small enough for the backtracking check to judge quickly.
 */
export const DECISION_STATEMENT_SPAN = any([
  String.raw`\b(will|to|must|shall|can) decide( (in|by|at|before|later|next|this)( [\w-]+){0,3})? (whether|how|which|what|where|when|if|on|about|between)\b`,
  String.raw`\bthe (main )?(purpose|aim|aims|objective|objectives|goal|point) of (this|the|our)( [\w-]+){1,5} (is|are|was)\b`,
]);

/** A sentence saying what people can still influence or what is still open. */
export const INFLUENCE_OPEN = any([
  String.raw`\b(you|people|residents|participants|the (group|panel|forum)) (can|could|will be able to|are able to) (still )?(influence|shape|help (to )?(decide|shape|choose))\b`,
  String.raw`\b(you|people|residents|participants) (can|could|will be able to|are able to) (still )?change (the|what|how|which|where|when|our|this|these|some|parts?)\b`,
  String.raw`\b(still|remains?) (open|undecided|to be decided|up for discussion)\b`,
  String.raw`\b(is|are) (still )?(undecided|to be decided|up for discussion|open (to|for) (change|discussion|debate|views|your views|comment|influence))\b`,
  String.raw`\bwhat is (still )?open\b`,
  String.raw`\b(asking|consulting|views|comments) (you )?only (on|about)\b`,
  String.raw`\bonly (asking|consulting|want(ing)? (your )?views) (on|about)\b`,
]);

/** A scope note: what is still open, or that no final decision has been made. */
export const SCOPE_OPEN = new RegExp(
  [
    INFLUENCE_OPEN.source,
    String.raw`\b(asking|consulting|views|comments) (on|about) (how|which|what|where|when|the (details?|design|timing|order|layout|priorities|options|name|location))\b`,
    String.raw`\b(not yet|yet to be) (been )?decided\b`,
    String.raw`\bno (final )?decision (has|have) (yet )?been (made|taken)\b`,
  ].join('|'),
  'i',
);

/** A sentence saying what is already decided, fixed or not negotiable. */
export const FIXED_STATEMENT = any([
  String.raw`\balready (been )?(decided|agreed|approved|fixed|committed|confirmed|set(?! (out|up)\b))\b`,
  String.raw`\b(cannot|can['’]t|can not|is not able to|are not able to) (be )?(changed?|influenced?|altered?|negotiated|revisited|reopened|re-opened)\b`,
  String.raw`\b(will not|won['’]t) be (changed|altered|revisited|reopened|re-opened)\b`,
  String.raw`\b(not|non)[- ]negotiable\b`,
  String.raw`\b(is|are) (already )?(fixed|settled|ring-?fenced|capped|a legal requirement|a statutory (duty|requirement)|required by law)\b`,
  String.raw`\b(is|are) not (open|up) (to|for) (change|discussion|debate|negotiation|consultation)\b`,
  String.raw`\b(outside|out of|beyond) (the )?scope\b`,
  String.raw`\bnot (part of|within|in) (the )?scope\b`,
  String.raw`\b(is|are) not (being )?consulted on\b`,
  String.raw`\bwe are not (asking|consulting) (about|on)\b`,
]);

/** A sentence saying how much influence people will have (the level of participation). */
export const LEVEL_STATEMENT = any([
  String.raw`\b(level|degree|amount) of (influence|involvement|participation|engagement|say)\b`,
  String.raw`\bhow much (influence|say|power)\b`,
  String.raw`\b(you|people|residents|participants) (can|could|will|will be able to|are able to) (still )?(influence|shape|decide|help (to )?(decide|shape|choose))\b`,
  String.raw`\b(you|people|residents|participants) (can|could|will be able to|are able to) (still )?change (the|what|how|which|where|when|our|this|these|some|parts?)\b`,
  String.raw`\b(the|this|our|a) ${GROUP_KIND}?(panel|group|forum|jury|assembly|network) will (make the (final )?decisions?|decide|choose|vote|co-design|co-produce|design|set the priorities)\b`,
  String.raw`\bthis is an? (consultation|engagement|involvement|co-design|co-production|co-produced|collaborative|information|informing|participatory|empowerment)( (process|activity|exercise|project|programme|program))?\b(?! (plan|strategy|document|paper|report|survey|questionnaire))`,
  String.raw`\b(at|on) the ['"‘“]?(inform|consult|involve|collaborate|empower|co-design|co-produce|consultation|engagement|involvement|co-production|informing)['"’”]? (level|rung|stage)\b`,
  String.raw`\b(IAP2|spectrum of (public )?participation|ladder of (co-production|participation|engagement)|Arnstein)\b`,
  String.raw`\bwe will (ask for|seek|listen to) your views before (we|the council|cabinet|the (board|trust|committee)) (decide|decides|make)\b`,
  String.raw`\b(share|shared|hand over|delegate|delegated) (decisions?|decision[- ]making|power|control|budgets?|authority)\b`,
  String.raw`\bfor information only\b`,
]);

/** Headings for a section on how much influence people have. */
export const LEVEL_HEADING = any([
  String.raw`\b(level|degree|amount) of (influence|involvement|participation|engagement|say)\b`,
  String.raw`\bhow much (influence|say|power)\b`,
  String.raw`\bwhat (you|people|residents|participants) can (and (cannot|can['’]t|can not) )?(influence|change|shape|decide)\b`,
  String.raw`\byour influence\b`,
  String.raw`\bhow (decisions|the decision) (are|is|will be|gets?) (made|taken|shared)\b`,
  String.raw`\bhow (we|you) (will )?(share|make) decisions\b`,
  String.raw`\bdecision[- ]making\b`,
  String.raw`\bscope (of|for) (influence|change)\b`,
]);

/** Headings for a section on what is fixed. */
export const FIXED_HEADING = any([
  String.raw`\bwhat (is|has been) (already )?(decided|fixed|agreed|not negotiable|non-negotiable)\b`,
  String.raw`\bwhat is (not open|not negotiable|non-negotiable|not up for)\b`,
  String.raw`\b(cannot|can['’]t|can not) (influence|change)\b`,
  String.raw`\balready decided\b`,
  String.raw`\b(not|non)[- ]negotiable\b`,
]);

/** A sentence asking people for their views, which a question also does. */
export const ASKS_FOR_VIEWS = any([
  String.raw`\bhave your say\b`,
  String.raw`\btell us\b`,
  String.raw`\b(want|would like|are asking for|are seeking|seek|invite|welcome|need|value) (to (hear|know|have) )?(your|people['’]s|residents['’]|local people['’]s|the public['’]s) (views|thoughts|opinions?|ideas|comments|feedback|experiences?)\b`,
  String.raw`\b(seeking|asking for|inviting|gathering|collecting) (your |people['’]s |residents['’] |the public['’]s )?(views|comments|opinions|ideas|feedback)\b`,
  String.raw`\bshare your (views|thoughts|ideas|experiences?|opinions?)\b`,
  String.raw`\bgive (us )?your (views|feedback|comments|opinions?)\b`,
  String.raw`\bwhat (do )?you think\b`,
  String.raw`\b(respond|reply) to (this|the|our) (consultation|survey|questionnaire)\b`,
  String.raw`\b(complete|fill in|fill out|answer|take) (the|this|our) (survey|questionnaire|questions|online form)\b`,
]);

/** A new section placed after the opening summary, introduction and purpose sections, before the rest. */
export function insertAfterOpening(doc: DocumentModel, markdown: string, skip: readonly RegExp[]): TextEdit {
  const depth = sectionDepth(doc);
  const titleStart = doc.title ? doc.title.start : -1;
  const target = doc.sections.find(
    (s) => s.start > titleStart && s.heading.depth <= depth && !skip.some((re) => re.test(s.heading.text)),
  );
  if (!target) return insertSectionEdit(doc, markdown, []);
  const eol = eolOf(doc.text);
  const body = setHeadingDepth(markdown, depth).replace(/\r?\n/g, eol);
  return { start: target.start, end: target.start, newText: `${body}${eol}${eol}` };
}

/** The fix both decision-already-made and participation-level-undeclared offer: the influence section, after the opening. */
export function insertInfluence(doc: DocumentModel): Fix {
  return {
    title: "Insert a 'How much influence you will have' section",
    edits: [insertAfterOpening(doc, snippetText('What you can influence'), [INTRO_HEADING, PURPOSE_HEADING])],
    isPreferred: true,
  };
}
