import { blockFact, defineDocumentRule, eolOf, toSourceRange, type BlockModel, type Fix, type QuestionOption, type TextEdit } from '../engine';
import { quote, straighten } from './question-text';
import { SOURCES } from './sources';

// Reads the answer options the engine attaches to each question (a list, tick boxes or a table
// after it). A scale is judged only when every option is a scale label, so a list of services or
// places is never taken for one.

type Polarity = 'positive' | 'negative' | 'neutral' | 'dontKnow' | 'ignore';

/** Options that are not on the scale at all. */
const IGNORE = /^(?:other\b|prefer\s+not\s+to\s+say|not\s+applicable|n\/a\b|none\s+of\s+(?:these|the\s+above)|please\s+specify)/;
const DONT_KNOW = /^(?:(?:i\s+)?(?:don't|do\s+not)\s+know|not\s+sure|unsure|no\s+opinion|no\s+view|can't\s+say|cannot\s+say|undecided|no\s+preference|don't\s+mind|not\s+decided)\b/;
const NEUTRAL =
  /^(?:neither\b|neutral\b|no\s+(?:strong\s+)?(?:opinion|views?|feelings?)\b|fair\b|average\b|ok\b|okay\b|adequate\b|acceptable\b|about\s+(?:the\s+same|right)\b|the\s+same\b|no\s+change\b|stay\s+the\s+same\b|mixed\b|in\s+between\b|(?:it\s+)?depends\b|(?:somewhere\s+)?in\s+the\s+middle\b)/;
const NEGATIVE = new RegExp(
  [
    String.raw`\bdis(?:satisfied|agree|like|approve)\w*`,
    String.raw`\bun(?:satisfied|happy|likely|important|helpful|safe|acceptable|fair|useful|supportive|clear|easy)\b`,
    String.raw`\b(?:poor|bad|terrible|awful|worse|worst|oppose|opposed|against|reject|difficult|hard|useless|negative|inadequate|unhelpful)\b`,
    String.raw`\bnot\s+(?:at\s+all\s+|very\s+|particularly\s+|really\s+|so\s+|too\s+)?(?:satisfied|happy|good|important|likely|useful|helpful|easy|confident|safe|acceptable|effective|well|supportive|in\s+favou?r|clear|keen)\b`,
    String.raw`^no\b`,
  ].join('|'),
);
const POSITIVE =
  /\b(?:satisfied|agree|good|excellent|great|outstanding|better|best|support|supportive|approve|likely|important|easy|helpful|useful|confident|safe|positive|happy|pleased|favou?r|welcome|accept|like|well|clear|keen)\b|^yes\b/;
/** Poles that make a set of options an attitude scale (plain Yes/No is not one). */
const ATTITUDE = /\b(?:satisf|agree|good|excellent|great|poor|bad|support|oppose|approve|likely|important|easy|difficult|helpful|useful|confident|safe|happy|favou?r|welcome|accept|reject|like|well)/;

/** An option that takes a side (yes/no, agree, support) and then gives a reason for it. */
const SIDED_START = /^(?:yes|no|(?:i\s+)?(?:strongly\s+|fully\s+)?(?:agree|disagree|support|oppose|am\s+in\s+favou?r|am\s+against|would\s+(?:support|oppose)|like|dislike|want|prefer))\b/;
const REASON =
  /\b(because|as\s+(?:it|they|this|we|I)\b|since\b|so\s+(?:that|we|it|they|people)\b|in\s+order\s+to\b|to\s+(?:protect|keep|save|help|make|stop|prevent|improve|ensure|reduce|support|safeguard|tackle)\b)/;
/** "Yes. I want to…", "No – it would…": a second clause after the answer word. */
const SECOND_CLAUSE = /^(?:yes|no)\s*(?:[.!;:]|\s[-–—])\s*(?=\S)/;

interface Finding {
  messageId: string;
  data: Record<string, string | number>;
  /** Option indexes the finding spans, inclusive. */
  from: number;
  to: number;
  /** Offer a "Don't know" option after the last. */
  addDontKnow?: boolean;
}

interface QuestionFindings {
  question: number;
  findings: Finding[];
}

/**
 * Every word a scale label is made of. An option with any other word ("Good lighting", "Better
 * bus links") is a choice, not a point on a scale.
 */
const SCALE_WORDS = new Set(
  (
    'very fairly quite somewhat slightly extremely strongly completely totally mostly partly tend to a little bit not at all really ' +
    'definitely probably i am would be neither nor or and in favour favor of against yes no don\'t dont do know sure unsure opinion ' +
    'view views preference strong neutral fair average ok okay adequate acceptable unacceptable about the same right mixed it ' +
    'depends somewhere middle between stay change other prefer say applicable n/a none these above specify please can\'t cannot ' +
    'undecided mind decided satisfied dissatisfied unsatisfied happy unhappy good poor bad excellent great outstanding terrible ' +
    'awful better worse best worst agree disagree support oppose opposed supportive unsupportive approve disapprove likely ' +
    'unlikely important unimportant easy difficult hard helpful unhelpful useful useless confident unconfident safe unsafe ' +
    'positive negative pleased like dislike welcome reject accept keen clear unclear well badly effective ineffective'
  ).split(' '),
);

/** `text` without trailing white space or any of `chars`. */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]) || /\s/.test(text[end - 1]))) end--;
  return text.slice(0, end);
}

function classify(raw: string): Polarity | undefined {
  const text = trimEnd(straighten(raw).toLowerCase(), '.!:;*_').trim();
  const words = text.split(/[\s,()\u2013\u2014-]+/).filter(Boolean);
  if (words.length === 0 || words.length > 7 || !words.every((w) => SCALE_WORDS.has(w))) return undefined;
  if (IGNORE.test(text)) return 'ignore';
  if (DONT_KNOW.test(text)) return 'dontKnow';
  if (NEUTRAL.test(text)) return 'neutral';
  if (NEGATIVE.test(text)) return 'negative';
  if (POSITIVE.test(text)) return 'positive';
  return undefined;
}

function judge(options: readonly QuestionOption[]): Finding[] {
  const findings: Finding[] = [];
  options.forEach((option, k) => {
    const text = straighten(option.text).toLowerCase();
    if (!SIDED_START.test(text)) return;
    const reason = REASON.exec(text);
    const second = reason ? null : SECOND_CLAUSE.exec(text);
    if (reason || second) {
      const at = reason ? reason.index : second![0].length;
      let piece = option.text.slice(at, Math.min(option.text.length, at + 40));
      const stop = piece.search(/[.,;:!?]\s/);
      if (stop >= 0) piece = piece.slice(0, stop);
      const trigger = quote(trimEnd(piece, '.,;:!?'));
      findings.push({ messageId: 'reason', data: { option: quote(option.text), trigger }, from: k, to: k });
    }
  });
  if (findings.length > 0) return findings;
  const polarities = options.map((o) => classify(o.text));
  if (polarities.some((p) => p === undefined)) return findings;
  const onScale = options.map((o, k) => ({ o, p: polarities[k]! })).filter((x) => x.p !== 'ignore');
  const positive = onScale.filter((x) => x.p === 'positive').length;
  const negative = onScale.filter((x) => x.p === 'negative').length;
  if (positive + negative < 2) return findings;
  const first = polarities.findIndex((p) => p !== 'ignore');
  const last = polarities.length - 1 - [...polarities].reverse().findIndex((p) => p !== 'ignore');
  if (positive !== negative) {
    findings.push({
      messageId: positive > negative ? 'morePositive' : 'moreNegative',
      data: { positive, negative },
      from: first,
      to: last,
    });
    return findings;
  }
  const attitude = onScale.some((x) => (x.p === 'positive' || x.p === 'negative') && ATTITUDE.test(straighten(x.o.text).toLowerCase()));
  if (attitude && !onScale.some((x) => x.p === 'neutral' || x.p === 'dontKnow')) {
    findings.push({ messageId: 'noMiddle', data: {}, from: first, to: last, addDontKnow: true });
  }
  return findings;
}

/** The marker before a list option or tick-box line; anything else means no safe place to add one. */
const OPTION_PREFIX = /^([ \t>]*)(?:(?:([-*+])|(\d{1,9})([.)]))([ \t]+))?(\[[ xX]\][ \t]+|\(\s?\)[ \t]*|[☐□○◯❏][ \t]*)?$/;

function dontKnowEdit(text: string, block: BlockModel, option: QuestionOption): TextEdit | undefined {
  const unit = block.units[option.unit];
  if (unit.tableCell) return undefined;
  const { start, end } = toSourceRange(unit.map, option.proseStart, option.proseEnd);
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const m = OPTION_PREFIX.exec(text.slice(lineStart, start));
  if (!m || (!m[2] && !m[3] && !m[6])) return undefined;
  let lineEnd = end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const marker = m[2] ?? (m[3] ? `${Number(m[3]) + 1}${m[4]}` : '');
  const box = m[6] ? m[6].replace(/\[[xX]\]/, '[ ]') : '';
  return { start: lineEnd, end: lineEnd, newText: `${eolOf(text)}${m[1]}${marker}${m[5] ?? ''}${box}Don't know` };
}

export default defineDocumentRule({
  id: 'unbalanced-options',
  summary: 'The answer options after a question lean one way, leave out a middle or "Don\'t know" choice, or give a reason for an answer.',
  why:
    "People choose from the options they are shown. A scale with more good answers than bad ones, or with no middle point, pushes people towards one side and makes the results look more favourable than they are. An option that carries a reason ('Yes, because it will keep children safe') argues for itself, so choosing anything else feels like arguing against it.",
  howToFix:
    "Give each side the same number of options, in the same steps (Very satisfied, Satisfied, Dissatisfied, Very dissatisfied), with a middle point such as 'Neither satisfied nor dissatisfied' and a 'Don't know' option. Keep each option to the answer itself, and put reasons for and against in the background information.",
  principles: [
    { name: 'Use balanced rating scales', ...SOURCES.surveyMonkey },
    { name: "Include a 'Don't know' or 'No opinion' option", ...SOURCES.snapSurveys },
    { name: 'Response options should be exhaustive, balanced and construct-specific', ...SOURCES.krosnickPresser },
    { name: 'Offer a choice between alternatives; one-sided formats invite acquiescence', ...SOURCES.pew },
    { name: 'Do not encourage people to consider one response more favourably than another', ...SOURCES.electoralCommission },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'rewrite',
  messages: {
    morePositive:
      'Unbalanced options: {positive} positive against {negative} negative, so the scale leans towards a good answer. Give each side the same number of options, with a middle point.',
    moreNegative:
      'Unbalanced options: {negative} negative against {positive} positive, so the scale leans towards a bad answer. Give each side the same number of options, with a middle point.',
    noMiddle:
      "The scale has no middle or 'Don't know' option, so people with no view, or a mixed one, must pick a side. Add a middle point such as 'Neither … nor …' and a 'Don't know' option.",
    reason:
      "The option '{option}' gives a reason for the answer ('{trigger}'), which makes it look like the right choice. Keep each option to the answer alone, and set out the reasons for and against in the background information.",
  },
  example: {
    flagged: '## Your views\n\nHow satisfied are you with the bin collection service?\n\n- Very satisfied\n- Satisfied\n- Dissatisfied\n',
    ok: "## Your views\n\nHow satisfied or dissatisfied are you with the bin collection service?\n\n- Very satisfied\n- Satisfied\n- Neither satisfied nor dissatisfied\n- Dissatisfied\n- Very dissatisfied\n- Don't know\n",
  },
  check(doc, context) {
    for (const block of doc.blocks) {
      const judged = blockFact(block, 'unbalanced-options', (parsed): QuestionFindings[] => {
        const seen = new Set<string>();
        const out: QuestionFindings[] = [];
        parsed.questions.forEach((q, k) => {
          const options = q.options;
          if (!options || options.length < 2) return;
          // Statements in one table share their scale: judge it once.
          const key = `${options[0].unit}:${options[0].proseStart}`;
          if (seen.has(key)) return;
          seen.add(key);
          const findings = judge(options);
          if (findings.length) out.push({ question: k, findings });
        });
        return out;
      });
      for (const { question, findings } of judged) {
        const options = block.questions[question].options!;
        const span = (o: QuestionOption) => toSourceRange(block.units[o.unit].map, o.proseStart, o.proseEnd);
        for (const f of findings) {
          const fixes: Fix[] = [];
          if (f.addDontKnow) {
            const edit = dontKnowEdit(doc.text, block, options[f.to]);
            if (edit) fixes.push({ title: "Add a 'Don't know' option", edits: [edit], isPreferred: true });
          }
          context.report({ messageId: f.messageId, data: f.data, start: span(options[f.from]).start, end: span(options[f.to]).end, fixes });
        }
      }
    }
  },
});
