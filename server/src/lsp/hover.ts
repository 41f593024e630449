// Hover on a finding: what is wrong, what the rule checks, why it matters (with the principles
// it rests on), how to fix it, a good example and a link to the rule's page.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, LintResult, RuleMeta } from '../engine';
import { allRules } from '../checker';
import { rangeOf } from './diagnostics';

export function hoverAt(result: LintResult, doc: TextDocument, position: Position): Hover | null {
  const offset = doc.offsetAt(position);
  const here = result.findings.filter((f) => f.start <= offset && offset <= f.end);
  if (here.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: here.map(explain).join('\n\n---\n\n') },
    range: rangeOf(here[0], doc),
  };
}

export function explain(finding: Finding): string {
  const rule = allRules.find((r) => r.id === finding.ruleId);
  const parts = [finding.message];
  if (rule) parts.push(...ruleSections(rule));
  parts.push(`[Read more about ${finding.ruleId}](${finding.docsUrl})`);
  return parts.join('\n\n');
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
