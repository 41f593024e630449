// Hover on a finding: what is wrong, what the rule checks, why it matters (with the principles
// it rests on), how to fix it, a good example and a link to the rule's page. In workshop mode
// each explanation ends with a question for a group to discuss (reflection-prompts.ts).

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, RuleMeta } from '../engine';
import { allRules, type CheckResult } from '../checker';
import { PARTICIPATION_LEVELS, type ParticipationEstimate } from '../rules/participation';
import { rangeOf } from './diagnostics';
import { COMMANDS } from './protocol';
import { PARTICIPATION_PROMPT, reflectionPrompt } from './reflection-prompts';

export interface HoverOptions {
  /** Add a reflection prompt for group discussion to each explanation (`coproductionLint.workshopMode`). */
  workshop?: boolean;
  /** The client runs our commands: "Open rule docs" opens the page shipped with the extension (offline). */
  clientCommands?: boolean;
}

export function hoverAt(result: CheckResult, doc: TextDocument, position: Position, options: HoverOptions = {}): Hover | null {
  const offset = doc.offsetAt(position);
  const here = result.findings.filter((f) => f.start <= offset && offset <= f.end);
  const title = result.document.title;
  const onTitle = !!title && result.participation !== null && title.start <= offset && offset <= title.end;
  if (here.length === 0 && !onTitle) return null;
  const parts = here.map((finding) => explain(finding, options));
  if (onTitle) parts.unshift(participationText(result.participation!) + (options.workshop ? `\n\n${discuss(PARTICIPATION_PROMPT)}` : ''));
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: rangeOf(here.length > 0 && !onTitle ? here[0] : title!, doc),
  };
}

/** The draft's estimated rung on the ladder, shown when hovering the title. */
export function participationText(estimate: ParticipationEstimate): string {
  const ladder = PARTICIPATION_LEVELS.map((level) => (level === estimate.level ? `**${level}**` : level)).join(' → ');
  const level = estimate.level ? `**${estimate.level}**` : 'not yet clear (the draft does not describe how people will take part)';
  const claimed =
    estimate.claimed && estimate.claimed !== estimate.level ? `\n\nThe wording claims **${estimate.claimed}**, which is more than the draft commits to.` : '';
  return `**Participation level (estimated from what the draft commits to):** ${level}\n\n${ladder}\n\n${estimate.because}${claimed}`;
}

export function explain(finding: Finding, options: HoverOptions = {}): string {
  const rule = allRules.find((r) => r.id === finding.ruleId);
  const parts = [finding.message];
  if (rule) parts.push(...ruleSections(rule));
  const prompt = options.workshop ? reflectionPrompt(finding.ruleId) : undefined;
  if (prompt) parts.push(discuss(prompt));
  parts.push(options.clientCommands ? `[Open rule docs](${explainLink(finding.ruleId)}) · [online](${finding.docsUrl})` : `[Read more about ${finding.ruleId}](${finding.docsUrl})`);
  return parts.join('\n\n');
}

/** A command link the client trusts (LanguageClientOptions.markdown.isTrusted.enabledCommands). */
function explainLink(ruleId: string): string {
  return `command:${COMMANDS.explainRule}?${encodeURIComponent(JSON.stringify([{ ruleId }]))}`;
}

/** A reflection prompt, set apart as a quote so it reads as a question for the room. */
function discuss(prompt: string): string {
  return `> **For discussion:** ${prompt}`;
}

function ruleSections(rule: RuleMeta): string[] {
  const parts: string[] = [];
  if (rule.summary) parts.push(`**What this checks:** ${rule.summary}`);
  if (rule.why || rule.principles.length) {
    const principles = rule.principles.map((p) => `- ${p.name} ([${p.source}](${p.url}))`);
    parts.push([`**Why it matters:** ${rule.why}`.trimEnd(), ...principles].join('\n'));
  }
  if (rule.howToFix) parts.push(`**How to fix it:** ${rule.howToFix}`);
  if (rule.example.ok) parts.push(`**A good example:**\n\n${fenced(rule.example.ok)}`);
  return parts;
}

/** A fence longer than any backtick run inside, so examples with code blocks stay intact. */
function fenced(markdown: string): string {
  const longest = Math.max(2, ...(markdown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}markdown\n${markdown.replace(/\n+$/, '')}\n${fence}`;
}
