import {
  afterClosingEmphasis,
  blockFact,
  defineDocumentRule,
  eolOf,
  parsedSentences,
  placedSentence,
  sectionAt,
  type BlockModel,
  type DocumentModel,
  type Fix,
  type OffsetRange,
  type Section,
  type SentenceRef,
} from '../engine';
import { insertSectionFix } from './snippet-sections';
import { SOURCES } from './sources';

const PEOPLE = String.raw`(you|them|people|participants|everyone|everybody|respondents|residents|patients|tenants|carers|families|customers|service users|young people|((panel|group|forum|board|network) )?members|the (public|community|panel|group|forum|board)|communities|those (who|that) (took|take) part|all who took part)`;

/** A promise to go back to people with what was heard and what was done. */
export const FEEDBACK_COMMITMENT = new RegExp(
  [
    String.raw`\byou said,? we (did|will do|have done)\b`,
    String.raw`\bwe asked,? you said\b`,
    String.raw`\b(report|feed|get|come|go) back to ${PEOPLE}`,
    String.raw`\b(report|feed)(ing)? back\b`,
    String.raw`\b(tell|inform|update|show)\s+${PEOPLE}\s+(what|how|about|of|the (outcome|results?|decision))`,
    String.raw`\blet\s+${PEOPLE}(\s+\w+){0,4}\s+know\b`,
    String.raw`\bpublish(ed|ing)?\s+((a|an|the|our)\s+)?((short|full|written)\s+)?(summary|report|response|results?|findings|feedback|outcome)`,
    String.raw`\b(summary|report|analysis) of (the )?(responses|findings|consultation|engagement|survey|what (you|people) (told|said))`,
    String.raw`\b(close|closing|closed) the (feedback )?loop\b`,
    String.raw`\bkeep\s+${PEOPLE}\s+(informed|updated|up to date|in the loop)\b`,
    String.raw`\bfeedback (report|summary|session|letter)s?\b`,
    String.raw`\b(share|send|circulate)\s+((the|a|our)\s+)?(results?|findings|outcome|summary|report)\s+(with|to)\b`,
  ].join('|'),
  'i',
);

const NUMBER = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of)`;
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;

/** A timescale: a duration, a date, a month or season with a year, or a regular interval. */
export const TIMESCALE = new RegExp(
  [
    String.raw`\b(within|in|after|by|before|no later than|around|about|up to)\s+${NUMBER}\s+(working\s+)?(days?|weeks?|months?)\b`,
    String.raw`\b${NUMBER}\s+(working\s+)?(days?|weeks?|months?)\s+(after|of|from|following)\b`,
    String.raw`\b${MONTH}\.?\s+\d{4}\b`,
    String.raw`\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?${MONTH}\b`,
    String.raw`\b${MONTH}\s+\d{1,2}(st|nd|rd|th)?\b`,
    String.raw`\b(spring|summer|autumn|winter)\s+(of\s+)?\d{4}\b`,
    String.raw`\b(by|in|before|during|from|until) (the )?((start|end|middle) of |early |late |mid-?)?${MONTH}\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}/\d{1,2}/\d{2,4}\b`,
    String.raw`\b(every|each)\s+(week|month|quarter|year|meeting|six months)\b`,
    String.raw`\b(weekly|fortnightly|monthly|quarterly|annually|yearly)\b`,
  ].join('|'),
  'i',
);

/** How people will hear back. */
export const CHANNEL =
  /\b(e-?mails?|e-?mailed|e-?mailing|letters?|by post|in the post|posted to|website|web ?page|online|newsletters?|social media|facebook|instagram|text messages?|sms|events?|public meetings?|meetings?|in person|drop-ins?|face[- ]to[- ]face|phone|telephone|calls?|leaflets?|posters?|notice ?boards?|local (press|papers?|newspapers?|radio)|citizen space|(consultation|engagement) (hub|portal)|portal|video|podcast|workshops?|forums?|panels?|libraries|library)\b/i;

const NOT = String.raw`(could not|couldn't|cannot|can't|can not|did not|didn't|do not|don't|will not|won't|would not|wouldn't|are unable to|were unable to|was unable to|unable to|are not able to|were not able to|decided not to|chose not to|have not|haven't|has not|hasn't|was not|were not|wasn't|weren't|not)`;

/** Saying something was not changed or done: "where we could not make a change", "not taken forward". */
const NOT_CHANGED = new RegExp(
  String.raw`\b(decided|chose|agreed|voted) not to\b` +
    '|' +
    String.raw`\b${NOT}\s+(be\s+|been\s+|yet\s+)?(make|made|change|changed|act|acted|do|done|adopt|adopted|include|included|take|taken|go|gone|going|follow|followed|accept|accepted|agree|agreed|use|used|implement|implemented|put|achieve|achieved|possible|happen|happened|progress|progressed|pursue|pursued|support|supported|proceed|keep|kept|introduce|introduced|able)\b`,
  'i',
);
/** Giving the reasons: "we will explain why", "we will set out our reasons". */
const REASONS = /\b(why|explain\w*|explanation)\b|\b(give|gives|tell|tells|share|shares|set out|sets out|publish|publishes|say|says|be open about|be clear about)\b[^.]{0,30}\breasons?\b/i;
/** Phrasings that promise the reasons in one go: "why it hasn't", "including when changes cannot be made". */
const WHY_NOT = new RegExp(
  [
    String.raw`\bwhy (it|they|this|that|things|something|some things|a change|changes|we|you|ideas|suggestions) ${NOT}`,
    String.raw`\bwhy (it|they|this|that|things|something|a change|changes) (hasn't|haven't|hadn't|isn't|aren't)\b`,
    String.raw`\bincluding (when|where|if) (changes?|things|something|suggestions) ${NOT}\s+(be\s+)?(made|changed|possible|taken forward|adopted)\b`,
    String.raw`\bwhy not\b`,
  ].join('|'),
  'i',
);

/** A report saying what was done: "We did", "what we changed", "we have decided to…". */
const REPORTS_DONE =
  /\b(we did|what we did|what we (have )?changed|what we will do|what happens next|our response|we have (changed|made|agreed|decided|added|removed|introduced|kept|extended|reduced|increased|moved|updated|amended|dropped)|we (changed|made|agreed|decided|added|removed|introduced|kept|extended|reduced|increased|moved|updated|amended|dropped|will change|will keep|will add|will extend)|councillors (decided|agreed)|(cabinet|the committee|the board) (decided|agreed))\b/i;

interface Unchanged {
  /** A promise to explain what could not change, and why. */
  promised: boolean;
  /** Anything a report says about what was not changed (with or without the reasons). */
  reported: boolean;
  /** The block says what was done (for feedback reports). */
  done: boolean;
}

/** What a block says about changes that could not be made, worked out once per block text. */
function unchangedFacts(block: BlockModel): Unchanged {
  return blockFact(block, 'feedback-unchanged', (parsed) => {
    const facts: Unchanged = { promised: false, reported: false, done: false };
    for (const { text, unit } of parsed.sentences) {
      const whyNot = WHY_NOT.test(text);
      const notChanged = NOT_CHANGED.test(text);
      facts.promised ||= whyNot || (notChanged && REASONS.test(text));
      facts.reported ||= whyNot || notChanged;
      // Headings such as "We did" are the report's frame, not a statement of what was done.
      facts.done ||= parsed.units[unit].kind !== 'heading' && REPORTS_DONE.test(text);
    }
    return facts;
  });
}

const WALSALL = {
  source: 'Walsall Together, get involved (saying how things have changed)',
  url: 'https://walsalltogether.co.uk/get-involved',
};

/** Sections a feedback section naturally comes before. */
const COMES_BEFORE = [/\b(contact|get in touch|further information|more information|appendi(x|ces)|glossary|references)\b/i];

export default defineDocumentRule({
  id: 'feedback-loop-missing',
  summary: 'The draft does not promise to tell people what was heard and what was done, with when and how.',
  why:
    "People give their time when they believe it will make a difference. If they never hear what happened to their views, trust falls and fewer take part next time. A promise to report back only counts if it says when and how, so people can hold you to it.",
  howToFix:
    "Add a 'What happens next' section that promises a 'You said, we did' summary, says when it will appear (for example within 12 weeks of the closing date) and how people will get it (email, letter, website, a public meeting), and says you will explain what could not change and why.",
  principles: [
    { name: 'Tell participants how their input affected the decision', ...SOURCES.iap2 },
    { name: 'Tell people the impact of their contribution, with timely feedback', ...SOURCES.welshPrinciples },
    { name: 'Feed back how engagement has influenced decisions, including when changes cannot be made', ...SOURCES.nhsEngland },
    { name: 'Communication: clear and regular with those affected', ...SOURCES.nsfce },
    { name: 'Feed back how views influenced decisions, including when changes cannot be made', ...SOURCES.nhsSomerset },
    { name: 'Listen, act and feed back: be open about the reasons if changes cannot be made', ...SOURCES.blackCountry },
    { name: 'Tell people what has changed, or why it has not', ...WALSALL },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'insert-section',
  // In a feedback report the only check is the finer point about what could not change.
  severityByKind: { 'feedback-report': 'hint' },
  messageSeverity: { noUnchanged: 'hint', reportNoUnchanged: 'hint' },
  messages: {
    missing:
      "Nothing promises to tell people what was heard and what was done with it, so they cannot see whether taking part made a difference. Add a 'You said, we did' section that says when and how people will hear back.",
    noWhen:
      "This promise to report back does not say when, so people cannot hold you to it. Give a timescale, such as 'within 12 weeks of the closing date'.",
    noHow:
      'This promise to report back does not say how people will hear, so those who took part may never see it. Name the channel, such as email, letter, your website or a public meeting.',
    noWhenOrHow:
      "This promise to report back says neither when nor how people will hear, so it is hard to keep and hard to check. Give a timescale (such as 'within 12 weeks of the closing date') and a channel (such as email or your website).",
    noUnchanged:
      "This promise to report back does not say you will explain what could not change, and why, so people whose ideas were not taken up may think they were ignored. Add a line such as 'Where we cannot make a change that people asked for, we will explain why.'",
    reportNoUnchanged:
      'This report says what was done, but not what was not changed and why, so people whose suggestions were not taken up cannot see they were heard. Add what you could not change, with the reasons.',
  },
  example: {
    flagged: '# Park improvements consultation\n\n## What happens next\n\nWe will report back on what you told us.\n',
    ok:
      '# Park improvements consultation\n\n## What happens next\n\nWe will report back on what you told us. Within 12 weeks of the closing date we will publish a summary on our website and email it to everyone who asked to hear back. Where we cannot make a change that people asked for, we will explain why.\n',
  },
  check(doc, context) {
    if (context.kind === 'feedback-report') {
      // A feedback report is the feedback itself: it should say what was not changed, and why.
      const facts = doc.blocks.map(unchangedFacts);
      if (facts.some((f) => f.done) && !facts.some((f) => f.reported)) context.report({ messageId: 'reportNoUnchanged', ...doc.anchor });
      return;
    }
    const commitments = doc.blocks.flatMap((block) =>
      blockFact(block, 'feedback-commitments', (parsed) =>
        parsed.sentences.flatMap((sentence, i) => (FEEDBACK_COMMITMENT.test(sentence.text) ? [i] : [])),
      ).map((index): Commitment => {
        // Place just this sentence (and its unit only if asked for): a long draft has many
        // promises in blocks that moved, and this runs on every keystroke.
        const sentence = placedSentence(block, index);
        return {
          block,
          sentence,
          index,
          get unit() {
            return block.units[sentence.unit];
          },
        };
      }),
    );
    if (commitments.length === 0) {
      context.report({
        messageId: 'missing',
        ...doc.anchor,
        fixes: [
          insertSectionFix(doc, "Insert a 'What happens next: you said, we did' section", 'Feedback loop (you said, we did)', COMES_BEFORE),
        ],
      });
      return;
    }
    const scopes = new Scopes(doc);
    let best: { ref: SentenceRef; hasWhen: boolean; hasHow: boolean } | undefined;
    for (const ref of commitments) {
      const { hasWhen, hasHow } = scopes.whenAndHow(ref);
      if (hasWhen && hasHow) {
        // A complete promise: does the draft also promise to explain what could not change?
        if (doc.blocks.some((block) => unchangedFacts(block).promised)) return;
        context.report({ messageId: 'noUnchanged', start: ref.sentence.start, end: ref.sentence.end, fixes: [explainUnchanged(doc, ref)] });
        return;
      }
      if (!best || Number(hasWhen) + Number(hasHow) > Number(best.hasWhen) + Number(best.hasHow)) best = { ref, hasWhen, hasHow };
    }
    const { ref, hasWhen, hasHow } = best!;
    const messageId = !hasWhen && !hasHow ? 'noWhenOrHow' : hasWhen ? 'noHow' : 'noWhen';
    context.report({
      messageId,
      start: ref.sentence.start,
      end: ref.sentence.end,
      fixes: [completeCommitment(doc, ref, hasWhen, hasHow)],
    });
  },
});

interface Commitment extends SentenceRef {
  /** The promise's index among its block's sentences. */
  index: number;
}

interface WhenAndHow {
  hasWhen: boolean;
  hasHow: boolean;
}

/** Whether each sentence gives a timescale and a channel, worked out once per block text. */
function whenAndHowFacts(block: BlockModel): Array<{ when: boolean; how: boolean }> {
  return blockFact(block, 'feedback-when-how', (parsed) =>
    parsed.sentences.map((s) => ({ when: TIMESCALE.test(s.text), how: CHANNEL.test(s.text) })),
  );
}

/**
 * Where a promise's "when" and "how" may be: its own section when that section is about feedback
 * (not the whole document under the title), else the promise and the two sentences after it.
 * A section is looked at once however many promises it holds.
 */
class Scopes {
  private readonly sections = new Map<Section, WhenAndHow>();

  constructor(private readonly doc: DocumentModel) {}

  whenAndHow(ref: Commitment): WhenAndHow {
    const section = sectionAt(this.doc, ref.sentence.start);
    const isTitleSection = !section || section.heading === this.doc.title || section.heading.depth === 1;
    if (isTitleSection) {
      const facts = whenAndHowFacts(ref.block).slice(ref.index, ref.index + 3);
      return { hasWhen: facts.some((f) => f.when), hasHow: facts.some((f) => f.how) };
    }
    let found = this.sections.get(section);
    if (!found) this.sections.set(section, (found = this.inRange(section)));
    return found;
  }

  private inRange(range: OffsetRange): WhenAndHow {
    const result = { hasWhen: false, hasHow: false };
    for (const block of this.doc.blocks) {
      if (block.end <= range.start || block.start >= range.end) continue;
      const facts = whenAndHowFacts(block);
      const { sentences, shift } = parsedSentences(block);
      sentences.forEach((sentence, i) => {
        const start = sentence.start + shift;
        if (start < range.start || start >= range.end) return;
        result.hasWhen ||= facts[i].when;
        result.hasHow ||= facts[i].how;
      });
    }
    return result;
  }
}

function completeCommitment(doc: DocumentModel, ref: SentenceRef, hasWhen: boolean, hasHow: boolean): Fix {
  const when = 'within 12 weeks of the closing date';
  const how = 'on our website and by email to everyone who asked to hear back';
  const title = !hasWhen && !hasHow ? 'Add when and how people will hear back' : !hasWhen ? 'Add when people will hear back' : 'Add how people will hear back';
  const detail = !hasWhen && !hasHow ? `${when}, ${how}` : !hasWhen ? when : how;
  if (ref.unit.kind === 'heading') {
    // Under a heading such as "You said, we did" the promise needs a sentence of its own.
    const eol = eolOf(doc.text);
    const lineEnd = ref.block.headings.find((h) => h.unit === ref.sentence.unit)?.end ?? ref.unit.end;
    const sentence = `We will publish what you told us and what we did about it ${detail}.`;
    return { title, edits: [{ start: lineEnd, end: lineEnd, newText: `${eol}${eol}${sentence}` }], isPreferred: true };
  }
  const sentence = !hasWhen ? `We will do this ${detail}.` : `We will share it ${detail}.`;
  const at = afterClosingEmphasis(doc.text, ref.sentence.end);
  return { title, edits: [{ start: at, end: at, newText: ` ${sentence}` }], isPreferred: true };
}

/** Adds the promise to explain what could not change, right after the feedback promise. */
function explainUnchanged(doc: DocumentModel, ref: SentenceRef): Fix {
  const title = 'Add a promise to explain what could not change';
  const sentence = 'Where we cannot make a change that people asked for, we will explain why.';
  if (ref.unit.kind === 'heading') {
    const eol = eolOf(doc.text);
    const lineEnd = ref.block.headings.find((h) => h.unit === ref.sentence.unit)?.end ?? ref.unit.end;
    return { title, edits: [{ start: lineEnd, end: lineEnd, newText: `${eol}${eol}${sentence}` }], isPreferred: true };
  }
  const at = afterClosingEmphasis(doc.text, ref.sentence.end);
  return { title, edits: [{ start: at, end: at, newText: ` ${sentence}` }], isPreferred: true };
}
