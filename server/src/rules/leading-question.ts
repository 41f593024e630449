import { defineBlockRule, questionSentences, type BlockModel, type Fix, type RuleContext, type Sentence } from '../engine';
import { clauseStarts, matchCase, quote, readQuestion, rewriteFix, straighten, type QuestionText } from './question-text';
import { SOURCES } from './sources';

// Each check returns at most one hit; the first check that fires decides the finding, so a
// question gets one clear message. Order: what most plainly tells people the answer first.

interface Hit {
  messageId: string;
  data: Record<string, string>;
  fixes?: Fix[];
}

interface Check {
  (q: QuestionText, ctx: CheckContext): Hit | undefined;
}

interface CheckContext {
  block: BlockModel;
  sentence: Sentence;
  preamble?: QuestionText;
}

const NEGATION = String.raw`(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|haven't|hasn't|hadn't|mustn't|shan't)`;
const PRONOUN = String.raw`(?:it|they|you|we|he|she|there|that|this|i|one)`;
const END = String.raw`\s*\?[\s"')\]*_]*$`;

/** ", isn't it?" and friends at the end of the sentence. */
const TAG_NEGATIVE = new RegExp(String.raw`,\s*(${NEGATION}\s+${PRONOUN}|(?:is|are|was|were|do|does|did|have|has|will|would|can|could|should)\s+${PRONOUN}\s+not)${END}`, 'i');
const TAG_WORD = new RegExp(String.raw`,\s*(right|surely|correct|true|agreed|eh|yes|no|ok|okay)${END}`, 'i');
const TAG_POSITIVE = new RegExp(String.raw`,\s*((?:is|are|was|were|do|does|did|have|has|will|would|can|could|should)\s+${PRONOUN})${END}`, 'i');

const NEGATIVE_OPENER = new RegExp(
  String.raw`(${NEGATION}\s+(?!(?:forget|worry|hesitate|miss|know|panic|wait|bother|delay)\b)(?:you|it|we|they|he|she|there|the|this|that|these|those|our|your|their|people|everyone|everybody|anyone|most|all|a|an|some|[a-z]+s)\b(?:\s+(agree|think|believe|feel|accept|find|want|like|see|know)\b)?` +
    String.raw`|(?:do|does|did|would|could|should)\s+(?:you|we|they)\s+not\s+(agree|think|believe|feel|accept|want|see|find)\b` +
    String.raw`|is\s+it\s+not\s+(?:true|the case|fair|right|clear|obvious|reasonable)\b` +
    String.raw`|surely\b)`,
  'iy',
);

/** "Did you know that…" informs; "Did you know where to go?" asks about the person. */
const DID_YOU_KNOW = /(did you know)\b(?!\s+(?:where|how|what|who|whom|when|which|whether|if|about|of|any|anyone|someone|the\s+(?:way|name|number|address)))/iy;

/** One-sided agreement: "do you agree", "would you support", "do you feel you support". */
const ONE_SIDED = new RegExp(
  String.raw`\b(?:(to what extent|how far|how much|how strongly)\s+)?` +
    String.raw`((?:do|would|will|did)\s+you\s+((?:(?:still|also|generally|broadly|personally|strongly|really|feel|think|believe|say)\s+(?:that\s+)?(?:you\s+)?){0,2})` +
    String.raw`(agree|support|accept|welcome|back|favou?r|endorse|approve(?:\s+of)?))\b`,
  'gi',
);
/** The same asked indirectly: "Please tell us how far you agree…", "the extent to which you support…". */
const INDIRECT_ONE_SIDED =
  /\b(to what extent|how far|how much|how strongly|the extent to which|whether)\s+you\s+(?:(?:still|also|generally|broadly|personally|strongly|really)\s+)?(agree|support|accept|welcome|back|favou?r|endorse|approve(?:\s+of)?)\b/gi;
const IN_FAVOUR = /\b((?:are|were|would|will)\s+you\s+(?:be\s+)?(?:still\s+)?)(in\s+favou?r\s+of)\b/gi;
const BALANCED =
  /\bor\s+(?:(?:do|would|did|are|were|you|to|be|that|it|is)\s+){0,3}(?:dis\w+|oppos\w*|reject\w*|against|not|object\w*|otherwise|neither)\b|\b(?:agree|support|favou?r|approve)\s*(?:\/|or)\s*(?:dis|opp|not|against)|\bor not\b/i;
/** "agree to" is consent ("Do you agree to take part?"), not an opinion. */
const NOT_AN_OPINION: Record<string, RegExp> = {
  // "Do you support anyone who is older or disabled?" asks about caring, not opinion.
  support: /^\s+(?:anyone|someone|somebody|a\s+(?:relative|family|friend|neighbour|child|partner)|family|friends|other\s+people|others|people\s+who|them|him|her)\b/i,
  // "Would you accept an appointment elsewhere?" is a preference; "accept that…" / "accept the proposal" is agreement.
  accept: /^(?!\s+(?:that|the\s+(?:\w+\s+)?(?:proposals?|plans?|changes?|recommendations?|principles?|need|case|arguments?|decisions?|approach|idea|view|options?|strategy|policy)))/i,
  welcome: /^(?:\s+(?:the|a|an)\s+(?:chance|opportunity)\b)|^(?!\s+(?:the|these|this|our|plans|proposals|changes|news|the\s+idea|moves?|decisions?|introduction|more|new|a|an|any|further))/i,
};
const CONSENT = /^\s+(?:to\s+(?:be|being|take|taking|participate|us|our|your|receive|receiving|share|sharing|have|having|join|the terms|these terms|this|keep|store|use|process)\b|(?:up|in|into|on|out|off|home|there|onto)\b)/i;

const BALANCED_VERB: Record<string, string> = {
  support: 'support or oppose',
  favour: 'favour or oppose',
  favor: 'favor or oppose',
  accept: 'accept or reject',
  back: 'back or oppose',
  welcome: 'welcome or oppose',
  endorse: 'endorse or reject',
  approve: 'approve or disapprove',
};

/** Endorsing a choice already made: "is this the most suitable…", "the right X have been chosen". */
const ENDORSE_COPULA =
  /\b(?:is|are|was|were|be)\s+(?:(?:this|that|these|those|it|they|still|really|\w+)\s+){0,3}?(the\s+(?:most\s+(?:appropriate|suitable|convenient|effective|sensible)|best|right|correct|ideal|proper)\b|(?:the\s+)?most\s+(?:appropriate|suitable|convenient|effective|sensible))/i;
const ENDORSE_ACTIVE =
  /\b(?:(?:got|get|struck|strike|found|find|getting)\s+((?:the|this|that|our|its)\s+(?:balance|mix|level|priorities|timing|approach|emphasis|focus)\s+(?:about\s+)?right))\b|\b(?:has|have|had)\s+(?:(?!you\b|i\b)[\w'-]+\s+){0,3}?(?:chosen|picked|selected|identified|found|made|taken|got|set)\s+(the\s+(?:right|best|correct|most\s+\w+))\b|\b(?:is|are|was|were)\s+(?:the\s+)?(?:council|government|we|they|the\s+(?:trust|board|authority|nhs))\s+(right\s+to)\b/i;
const ENDORSE_PASSIVE =
  /\b(the\s+(?:right|correct|best|most\s+\w+))\s+(?:[\w-]+\s+){0,4}?(?:has|have)\s+been\s+(?:identified|chosen|selected|set|agreed|included|proposed|made|taken|prioriti[sz]ed|picked|found)\b|^\s*(?:have|has)\s+(the\s+(?:right|correct|best))\b/i;
const YES_NO_SATISFIED = /((?:are|were|was|is)\s+you\s+(?:\w+\s+)?)(satisfied|happy|content|pleased)\s+with\b/iy;
const HOW_POSITIVE = new RegExp(
  String.raw`\bhow\s+(happy|pleased|delighted|proud|grateful|thankful|excited|concerned|worried|anxious|afraid|scared|compassionate|caring)\b` +
    String.raw`|\bhow\s+(?:great|amazing|wonderful|fantastic|brilliant|excellent|impressive|impressed)\b` +
    String.raw`|\bhow\s+(high(?:ly)?)\s+(?:would|do|did|will|could)\s+you\s+(?:rate|score|value|rank)\b` +
    String.raw`|\bhow\s+much\s+(?:do|did|would|will)\s+you\s+(?:love|like|enjoy|appreciate|admire|value|cherish)\b` +
    String.raw`|\bhow\s+well\s+(?:(?:do|did|would)\s+you\s+(?:think|say|feel)\s+)?(?:(?:do|did|does|have|has)\s+)?(?:we|our|us)\b`,
  'i',
);
const HOW_BALANCED = /\bif at all\b|\bor\s+(?:un|dis|not\b)\w*|\bor\s+(?:worse|low|poor|badly)\b/i;
/** "Should the UK remain a member…?": a yes/no that names only the current state. */
const STATUS_QUO = /\bshould\s+(?:[\w'()-]+\s+){0,6}?(remain|stay)\b/i;
/** Not the status quo when people are the ones staying ("Should patients stay in hospital longer?"). */
const PEOPLE_SUBJECT = /\b(?:people|residents|patients|we|they|children|families|carers|staff|tenants|pupils|he|she|i)\b/i;

/** Framing that hands people a reason before they answer. */
const FRAMING = new RegExp(
  String.raw`(given\s+(?!(?:the|a|an)\s+(?:choice|option|chance|opportunity)\b)(?:the|that|how|what|this|these|recent|current|our|rising|increasing|growing|falling|ongoing|continued|continuing|pressures?|cuts|financial)\b` +
    String.raw`|with\s+(?:this|that|these|all this|all that|the above)\s+in\s+mind` +
    String.raw`|bearing\s+(?:this|that|these|in mind)` +
    String.raw`|in\s+(?:the\s+)?light\s+of` +
    String.raw`|with\s+(?:[\w'-]+\s+){1,3}?(?:under\s+pressure|rising|increasing|growing|falling|shrinking|stretched|so\s+tight|tight|at\s+risk|in\s+crisis|being\s+cut)` +
    String.raw`|to\s+(?:protect|save|safeguard|preserve|prevent|tackle)\b` +
    String.raw`|as\s+(?:you|we)\s+(?:may\s+|will\s+|already\s+|probably\s+|all\s+)?(?:know|are aware|can see|have seen|have heard)` +
    String.raw`|as\s+(?:everyone|everybody)\s+knows` +
    String.raw`|(?:following|given|building\s+on|after)\s+the\s+success\s+of` +
    String.raw`|thanks\s+to\s+(?:the|our)\b` +
    String.raw`|(?:we|the\s+council)\s+(?:have|has|'ve)\s+(?:recently\s+|now\s+|already\s+|just\s+)?(?:improved|upgraded|enhanced|transformed|invested\s+\w+|made\s+[\w\s]{1,30}?(?:better|easier|simpler|safer))` +
    String.raw`|in\s+order\s+to\s+(?:protect|save|keep|ensure|help|support|improve|reduce|prevent|safeguard|secure|make)\b)`,
  'iy',
);
/** What others think, authority, popularity: people follow the crowd. */
const SOCIAL_CUE = new RegExp(
  String.raw`\b((?:experts?|scientists|doctors|researchers|professionals|specialists|campaigners)\s+(?:say|believe|agree|recommend|think|warn|suggest|tell us|have said|have warned)` +
    String.raw`|(?:research|evidence|studies|science|the data|surveys)\s+(?:shows?|has shown|have shown|proves?|suggests?|tells us|is clear)` +
    String.raw`|(?:most|many|the majority of|nearly all|almost all|lots of|more and more)\s+(?:[\w-]+\s+)?(?:people|residents|patients|parents|users|customers|households|families|members|voters|taxpayers|businesses|respondents|drivers|visitors|tenants|locals|councils|experts)\s+(?:(?!not\b|never\b|don't\b|do\b|did\b|would\b)[\w'-]+\s+){0,4}?(?:feel|felt|think|thought|say|said|believe|agree|agreed|want|wanted|prefer|preferred|told us|support|supported|like|liked|exercise|use|know|recycle|choose|chose)` +
    String.raw`|(?:residents|people|local people|the public|patients|customers|the community|parents|you|users)\s+(?:have\s+)?(?:told us|asked (?:us )?for|have asked (?:us )?for|said (?:they|that they) (?:want|wanted|prefer|preferred|like|liked|support|supported))` +
    String.raw`|some\s+(?:people\s+)?(?:say|said|have said|believe|claim|argue|feel|think)` +
    String.raw`|(?:everyone|everybody)\s+(?:knows|agrees)` +
    String.raw`|most[- ](?:popular|watched|used|visited|read|trusted|loved|successful)` +
    String.raw`|best[- ]selling|award[- ]winning|world[- ]leading|market[- ]leading` +
    String.raw`)\b`,
  'i',
);
/** Presenting the idea as normal already, or flattering the person answering. */
const NORMALISING = /\b((?:is|are)\s+already\s+\w+ing|(?:is|are|has|have)\s+already\s+(?:been\s+)?(?:introduced|adopted|used|in place|common|normal|standard|popular|proved|proven|shown))\b/i;
const FLATTERY = /\b(you\s+know\s+(?:your|the|this|our)\s+(?:[\w-]+\s+){0,2}(?:well|best|better)|as\s+an?\s+(?:valued|loyal|regular|existing|experienced|expert|important)\s+[\w-]+(?:\s+(?:user|visitor|customer|member|resident|reader|patient)s?\b)?)/i;
/** A reason to say yes built into a closed question. */
const BENEFIT = /\b(in order to\s+\w+|so as to\s+\w+|so that we can\s+\w+|to (?:help|protect|save|safeguard|preserve)\b(?:\s+\w+)?|to keep\s+\w+\s+(?:safe|open|running|going))/i;
const SUGGESTION = /,\s*((?:perhaps|maybe|possibly)\s+(?:by|through|with|using|via|for example)\b)/i;
/** Agree/disagree statement items that praise the organisation or name a virtue. */
const PRAISE_STATEMENT =
  /^\s*((?:the\s+)?(?:council|we|our\s+[\w-]{1,30}|the\s+(?:service|staff|team|practice|surgery|school|library|nhs|trust|hospital))\b[^.?!]{0,60}?\b(?:makes?\s+it\s+(?:easy|simple|straightforward)|listens?|cares?|does\s+a\s+good\s+job|(?:is|are)\s+(?:good|great|excellent|helpful|responsive|friendly|easy|doing\s+well|value\s+for\s+money)|provides?\s+(?:a\s+)?(?:good|great|excellent|high[- ]quality)))/i;
const NORMATIVE_STATEMENT = /^\s*((?:[\w-]+\s+){1,3}should\s+(?:[\w-]+\s+){1,3}(?:more|less|regularly|properly)\b)/i;

const checkTag: Check = (q, { block, sentence }) => {
  const text = q.text;
  let m = TAG_NEGATIVE.exec(text) ?? TAG_WORD.exec(text);
  if (!m) {
    const positive = TAG_POSITIVE.exec(text);
    // "…, do you?" is a tag only after a negative statement ("You don't drive, do you?").
    if (positive && /\b(?:not|never|no|\w+n't)\b/i.test(text.slice(0, positive.index))) m = positive;
  }
  if (!m || m.index < 3) return undefined;
  const trigger = `, ${quote(m[1])}?`;
  const q2 = text.lastIndexOf('?');
  const fix = rewriteFix(block, sentence, m.index, q2, '', 'Remove the tag', false);
  return { messageId: 'tag', data: { trigger }, fixes: fix ? [fix] : [] };
};

function sticky(re: RegExp, q: QuestionText): { at: number; m: RegExpExecArray } | undefined {
  for (const at of clauseStarts(q.text)) {
    re.lastIndex = at;
    const m = re.exec(q.text);
    if (m) return { at, m };
  }
  return undefined;
}

const checkNegative: Check = (q, { block, sentence }) => {
  const hit = sticky(NEGATIVE_OPENER, q);
  if (!hit) return undefined;
  const { at, m } = hit;
  const trigger = quote(m[0]);
  const fixes: Fix[] = [];
  const verb = (m[2] ?? m[3] ?? '').toLowerCase();
  const end = at + m[0].length;
  const head = /^(?:don't|wouldn't|won't)\s+you\b|^(?:do|would)\s+you\s+not\b/i.test(m[0]);
  if (head && verb === 'agree') {
    const after = q.text.slice(end);
    let replacement = matchCase(m[0], 'To what extent do you agree or disagree');
    if (!/^\s*(?:that|with)\b|^\s*[?.]|^\s*$/i.test(after)) {
      if (/^\s+(?:to|on|about|for|in|upon)\b/i.test(after)) replacement = '';
      else replacement += ' that';
    }
    const fix = replacement && rewriteFix(block, sentence, at, end, replacement, "Rewrite as 'To what extent do you agree or disagree…'");
    if (fix) fixes.push(fix);
  } else if (/^don't\s+you\s+(?:think|believe|feel)$/i.test(m[0])) {
    const fix = rewriteFix(block, sentence, at, at + 5, matchCase(m[0], 'Do'), `Rewrite as 'Do you ${verb}…'`);
    if (fix) fixes.push(fix);
  }
  return { messageId: 'negative', data: { trigger }, fixes };
};

const checkDidYouKnow: Check = (q) => {
  const hit = sticky(DID_YOU_KNOW, q);
  if (!hit) return undefined;
  return { messageId: 'didYouKnow', data: { trigger: quote(hit.m[1]) } };
};

const checkOneSided: Check = (q, { block, sentence }): Hit | undefined => {
  const text = q.text;
  if (BALANCED.test(text)) return undefined;
  const starts = clauseStarts(text);
  for (const m of text.matchAll(ONE_SIDED)) {
    const extent = m[1];
    const headStart = m.index + (m[0].length - m[2].length);
    if (!extent && !starts.includes(headStart)) continue;
    const verbWord = m[4].toLowerCase();
    const end = m.index + m[0].length;
    if (CONSENT.test(text.slice(end))) continue;
    if (NOT_AN_OPINION[m[4].toLowerCase()]?.test(text.slice(end))) continue;
    const filler = m[3];
    const verbStart = end - m[4].length;
    const baseVerb = verbWord.split(/\s+/)[0];
    if (baseVerb === 'agree') {
      if (extent) {
        const fix = rewriteFix(block, sentence, verbStart, verbStart + 5, `${text.slice(verbStart, verbStart + 5)} or disagree`, "Add 'or disagree'");
        return { messageId: 'agreeNoDisagree', data: { trigger: quote(m[0]) }, fixes: fix ? [fix] : [] };
      }
      const fixes: Fix[] = [];
      if (!filler) {
        const after = text.slice(end);
        let replacement = matchCase(m[2], 'To what extent do you agree or disagree');
        if (!/^\s*(?:that|with)\b|^\s*[?.]|^\s*$/i.test(after)) {
          replacement = /^\s+(?:to|on|about|for|in|upon)\b/i.test(after) ? '' : `${replacement} that`;
        }
        const fix = replacement && rewriteFix(block, sentence, headStart, end, replacement, "Rewrite as 'To what extent do you agree or disagree…'");
        if (fix) fixes.push(fix);
      }
      return { messageId: 'oneSidedAgree', data: { trigger: quote(m[2]) }, fixes };
    }
    const balanced = BALANCED_VERB[baseVerb] ?? `${baseVerb} or oppose`;
    const fixes: Fix[] = [];
    if (!filler) {
      const original = text.slice(verbStart, verbStart + baseVerb.length);
      const fix = rewriteFix(block, sentence, verbStart, verbStart + baseVerb.length, matchCase(original, balanced), `Rewrite as '${balancedHead(text, headStart, verbStart, balanced)}'`);
      if (fix) fixes.push(fix);
    }
    return {
      messageId: 'oneSided',
      data: { trigger: quote(extent ? m[0] : m[2]), balanced: `${balancedHead(text, extent ? m.index : headStart, verbStart, balanced)}` },
      fixes,
    };
  }
  for (const m of text.matchAll(INDIRECT_ONE_SIDED)) {
    const end = m.index + m[0].length;
    const verbWord = m[2].toLowerCase();
    const baseVerb = verbWord.split(/\s+/)[0];
    if (CONSENT.test(text.slice(end)) || NOT_AN_OPINION[baseVerb]?.test(text.slice(end))) continue;
    const verbStart = end - m[2].length;
    if (baseVerb === 'agree') {
      const fix = rewriteFix(block, sentence, verbStart, end, `${m[2]} or disagree`, "Add 'or disagree'");
      return { messageId: 'agreeNoDisagree', data: { trigger: quote(m[0]) }, fixes: fix ? [fix] : [] };
    }
    const balanced = BALANCED_VERB[baseVerb] ?? `${baseVerb} or oppose`;
    const original = text.slice(verbStart, verbStart + baseVerb.length);
    const fix = rewriteFix(block, sentence, verbStart, verbStart + baseVerb.length, matchCase(original, balanced), `Rewrite as '${quote(m[1])} you ${balanced}…'`);
    return { messageId: 'oneSided', data: { trigger: quote(m[0]), balanced: `${quote(m[1])} you ${balanced}…` }, fixes: fix ? [fix] : [] };
  }
  for (const m of text.matchAll(IN_FAVOUR)) {
    if (!starts.includes(m.index) && !/\b(?:to what extent|how far)\s+$/i.test(text.slice(0, m.index))) continue;
    const favourStart = m.index + m[1].length;
    const headText = quote(text.slice(m.index, favourStart + m[2].length));
    const balancedText = `${quote(m[1])} for or against…`;
    const fix = rewriteFix(block, sentence, favourStart, favourStart + m[2].length, 'for or against', `Rewrite as '${capitalise(balancedText)}'`);
    return { messageId: 'oneSided', data: { trigger: headText, balanced: capitalise(balancedText) }, fixes: fix ? [fix] : [] };
  }
  return undefined;
};

function balancedHead(text: string, headStart: number, verbStart: number, balanced: string): string {
  return `${capitalise(quote(text.slice(headStart, verbStart)))} ${balanced}…`;
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

const checkEndorse: Check = (q) => {
  if (!q.closed) return undefined;
  const text = q.text.slice(q.opener);
  const m = ENDORSE_PASSIVE.exec(text) ?? ENDORSE_ACTIVE.exec(text) ?? ENDORSE_COPULA.exec(text);
  // "Is this the right venue, or would another suit you better?" names the alternative.
  if (!m || /\bor\b(?!\s+not\b)/i.test(text.slice(m.index + m[0].length))) return undefined;
  const phrase = m[1] ?? m[2] ?? m[3];
  // Name what is being endorsed: "the right site", "the most suitable time".
  const next = /^\s+([a-z][\w-]*)/.exec(text.slice(m.index + m[0].length));
  const noun = next && !/\s(?:about\s+)?right$/i.test(phrase.replace(/^the\s+right$/i, "")) && !/^(?:to|for|of|in|on|at|and|or|with|by|as|that|than|been|one)$/.test(next[1]) && m[0].endsWith(phrase) ? ` ${next[1]}` : '';
  return { messageId: 'endorse', data: { trigger: quote(phrase) + noun } };
};

const checkYesNoSatisfied: Check = (q, { block, sentence }) => {
  const hit = sticky(YES_NO_SATISFIED, q);
  if (!hit) return undefined;
  const { at, m } = hit;
  if (/\bor\s+(?:not|un\w+|dis\w+)\b/i.test(q.text)) return undefined;
  const adjective = m[2].toLowerCase();
  const tense = /^(?:were|was)/i.test(m[1]) ? 'were' : 'are';
  const fixes: Fix[] = [];
  const opposite = adjective === 'satisfied' ? 'dissatisfied' : adjective === 'happy' ? 'unhappy' : '';
  const middle = m[1].replace(/^\s*\w+\s+you\s*/i, '');
  if (opposite && middle === '') {
    const replacement = matchCase(m[0], `How ${adjective} or ${opposite} ${tense} you with`);
    const fix = rewriteFix(block, sentence, at, at + m[0].length, replacement, `Rewrite as 'How ${adjective} or ${opposite} ${tense} you with…'`);
    if (fix) fixes.push(fix);
  }
  return { messageId: 'yesNoSatisfied', data: { trigger: quote(m[0]) }, fixes };
};

const checkHowPositive: Check = (q, { block, sentence }) => {
  const text = q.text;
  const m = HOW_POSITIVE.exec(text);
  if (!m || HOW_BALANCED.test(text)) return undefined;
  const fixes: Fix[] = [];
  if (m[1]) {
    const wordEnd = m.index + m[0].length;
    if (/^\s+\w/.test(text.slice(wordEnd))) {
      const fix = rewriteFix(block, sentence, wordEnd, wordEnd, ', if at all,', "Add ', if at all,'");
      if (fix) fixes.push(fix);
    }
  } else if (m[2]) {
    const start = m.index + m[0].indexOf(m[2], 3);
    const fix = rewriteFix(block, sentence, start, start + m[2].length + 1, '', `Remove '${m[2]}'`);
    if (fix) fixes.push(fix);
  }
  const trigger = quote(m[0]);
  return { messageId: m[1] ? 'howPositive' : 'howDirection', data: { trigger }, fixes };
};

const checkStatusQuo: Check = (q) => {
  if (!q.closed) return undefined;
  const m = STATUS_QUO.exec(q.text);
  // "Should it remain… or leave…?", "Should it be free, or should the charges stay?" name both outcomes.
  if (!m || /\bor\b/i.test(q.text.slice(Math.max(q.opener, 0)))) return undefined;
  const subject = `${q.text.slice(Math.max(0, m.index - 25), m.index).split(/\s+/).slice(-3).join(' ')} ${m[0]}`;
  if (PEOPLE_SUBJECT.test(subject) || /\byou\s+should\b|\bshould\s+you\b/i.test(subject)) return undefined;
  return { messageId: 'statusQuo', data: { trigger: m[1] } };
};

const checkFraming: Check = (q, { preamble }) => {
  const ownClauses = q.opener > 0 ? q.text.slice(0, q.opener) : '';
  const hit = sticky(FRAMING, q);
  if (hit && (hit.at < Math.max(q.opener, 1) || q.opener < 0)) return { messageId: 'framing', data: { trigger: clauseFrom(q.text, hit.at, hit.m[1]) } };
  if (preamble) {
    const p = sticky(FRAMING, preamble);
    if (p) return { messageId: 'framing', data: { trigger: clauseFrom(preamble.text, p.at, p.m[1]) } };
  }
  for (const part of [ownClauses, preamble?.text ?? '', q.text]) {
    if (!part) continue;
    const m = SOCIAL_CUE.exec(part);
    if (m) return { messageId: 'socialCue', data: { trigger: quote(m[1]) } };
  }
  for (const part of [ownClauses, preamble?.text ?? '']) {
    if (!part) continue;
    const n = NORMALISING.exec(part);
    if (n) return { messageId: 'normalising', data: { trigger: quote(n[1]) } };
    const f = FLATTERY.exec(part);
    if (f) return { messageId: 'flattery', data: { trigger: quote(f[1]) } };
  }
  return undefined;
};

/** The framing clause as written ("Given the pressure on budgets"), or just the cue when it runs on. */
function clauseFrom(text: string, at: number, cue: string): string {
  const rest = text.slice(at, at + 70);
  const end = rest.search(/[,;:.?!\u2013\u2014]/);
  return quote(end > 0 ? rest.slice(0, end) : cue);
}

const checkBenefit: Check = (q) => {
  if (!q.closed) return undefined;
  const m = BENEFIT.exec(q.text.slice(q.opener));
  if (!m) return undefined;
  return { messageId: 'benefit', data: { trigger: quote(m[1]) } };
};

const checkSuggestion: Check = (q) => {
  const m = SUGGESTION.exec(q.text);
  return m ? { messageId: 'suggestion', data: { trigger: quote(m[1]) } } : undefined;
};

const checkStatement: Check = (q) => {
  if (q.asks || q.openerWord !== '') return undefined;
  const praise = PRAISE_STATEMENT.exec(q.text);
  if (praise) return { messageId: 'praiseStatement', data: { trigger: quote(praise[1]) } };
  const normative = NORMATIVE_STATEMENT.exec(q.text);
  if (normative) return { messageId: 'praiseStatement', data: { trigger: quote(normative[1]) } };
  return undefined;
};

const CHECKS: Check[] = [
  checkTag,
  checkNegative,
  checkDidYouKnow,
  checkOneSided,
  checkYesNoSatisfied,
  checkEndorse,
  checkHowPositive,
  checkStatusQuo,
  checkFraming,
  checkBenefit,
  checkSuggestion,
  checkStatement,
];

export function leadingHit(q: QuestionText, ctx: CheckContext): Hit | undefined {
  for (const check of CHECKS) {
    const hit = check(q, ctx);
    if (hit) return hit;
  }
  return undefined;
}

export default defineBlockRule({
  id: 'leading-question',
  summary: 'A question is worded so that one answer looks like the expected or right one.',
  why:
    "People tend to go along with the way a question is put, especially when they are unsure or want to be helpful. A question that asks only for agreement, tells people what others think, or hands them a reason first collects the council's own view back, not theirs, and the results cannot be trusted when the decision is challenged.",
  howToFix:
    "Name both sides ('To what extent do you agree or disagree…', 'Do you support or oppose…', 'How satisfied or dissatisfied…'), or ask an open question ('What do you think about…?'). Drop tags such as ', isn't it?'. Put background facts in a neutral 'About this proposal' section instead of the question, and offer the alternatives rather than asking people to confirm a choice already made.",
  principles: [
    { name: "Present options neutrally; 'Do you agree…' was judged to lead towards yes", ...SOURCES.electoralCommission },
    { name: "'Do you agree' wording was found not to be neutral", ...SOURCES.scotland2013 },
    { name: 'Agree/disagree wording invites acquiescence; offer balanced alternatives', ...SOURCES.pew },
    { name: 'Avoid leading questions; prefer balanced, construct-specific wording', ...SOURCES.krosnickPresser },
    { name: 'Be objective: avoid leading questions and built-in assumptions', ...SOURCES.surveyMonkey },
    { name: 'Research must not try to influence the views of the people taking part', ...SOURCES.mrs },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'rewrite',
  messages: {
    oneSidedAgree:
      "Leading question: '{trigger}' asks only for agreement, which nudges people towards yes. Ask 'To what extent do you agree or disagree…' instead.",
    agreeNoDisagree:
      "Leading question: '{trigger}' has no 'or disagree', so the question leans towards agreeing even when the answer scale is balanced. Ask 'To what extent do you agree or disagree…'.",
    oneSided:
      "Leading question: '{trigger}' names only one side, so saying no feels like going against the question. Name both sides: '{balanced}'.",
    tag: "Leading question: the tag '{trigger}' tells people which answer you expect. Ask the question without it, or ask 'What do you think about…?'.",
    negative:
      "Leading question: '{trigger}' signals the answer you expect. Ask it neutrally, for example 'What do you think about…?' or 'To what extent do you agree or disagree…?'.",
    didYouKnow:
      "Leading question: '{trigger}' tells people something to persuade them rather than asking what they think. Put the fact in the background information, or ask 'Before today, were you aware that…?'.",
    endorse:
      "Leading question: '{trigger}' asks people to confirm a choice already made, and yes is the easy answer. Ask openly (for example 'What time would suit you best?') or list the alternatives as options.",
    yesNoSatisfied:
      "Leading question: '{trigger}' offers only the positive state as a yes or no, so yes is the easy answer. Ask 'How satisfied or dissatisfied…' or give a balanced scale.",
    howPositive:
      "Leading question: '{trigger}' assumes people feel this to some degree, so low answers feel out of place. Add ', if at all,' or name both ends, for example 'How satisfied or dissatisfied…'.",
    howDirection:
      "Leading question: '{trigger}' expects a good answer, so people who think otherwise have nowhere natural to go. Ask without the steer, for example 'How would you rate…?' with a balanced scale.",
    statusQuo:
      "Leading question: '{trigger}' names only the current option, which favours keeping things as they are. Name both outcomes, for example 'Should it remain… or …?'.",
    framing:
      "Leading question: '{trigger}' frames the question so one answer looks right. Move background facts to a neutral 'About this proposal' section and ask the question on its own.",
    socialCue:
      "Leading question: '{trigger}' tells people what others think or how popular something is, which pulls answers towards that view. Leave it out and ask the question on its own.",
    normalising:
      "Leading question: '{trigger}' presents the idea as already normal, which makes agreeing feel like the natural answer. Leave it out and ask the question on its own.",
    flattery:
      "Leading question: '{trigger}' flatters the person answering, which makes them keener to give the answer they think you want. Leave it out and ask the question on its own.",
    benefit:
      "Leading question: '{trigger}' builds a reason to say yes into the question. State the proposal plainly, and give the reasons for and against in the background information.",
    suggestion:
      "Leading question: '{trigger}' suggests the answer you have in mind. Ask the question on its own and let people give their own ideas.",
    praiseStatement:
      "Leading question: the statement '{trigger}' is worded in favour of one answer, and people tend to agree with whatever statement they are shown. Ask a balanced question instead, such as 'How easy or difficult is it to…?'.",
  },
  example: {
    flagged: '## Your views\n\n1. Do you agree that the library should open on Sundays?\n',
    ok: '## Your views\n\n1. To what extent do you agree or disagree that the library should open on Sundays?\n',
  },
  check(block, context) {
    for (const { sentence, preamble } of questionSentences(block)) {
      const q = readQuestion(sentence.text);
      const pre = preamble && !/\?[\s"')\]*_]*$/.test(straighten(preamble.text)) ? readQuestion(preamble.text) : undefined;
      const hit = leadingHit(q, { block, sentence, preamble: pre });
      if (hit) report(context, sentence, hit);
    }
  },
});

function report(context: RuleContext, sentence: Sentence, hit: Hit): void {
  context.report({ messageId: hit.messageId, data: hit.data, start: sentence.start, end: sentence.end, fixes: hit.fixes ?? [] });
}
