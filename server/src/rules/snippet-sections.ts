// Section bodies for quick fixes come from the editor snippets, so both insert the same text.
import snippets from '../../../snippets/markdown.json';
import { insertSectionEdit, snippetToText, type DocumentModel, type Fix } from '../engine';

export type SnippetName = keyof typeof snippets;

export function snippetText(name: SnippetName): string {
  return snippetToText(snippets[name].body);
}

/** The preferred fix of a missing-section rule: the snippet's section, placed before the first heading matching `before`. */
export function insertSectionFix(doc: DocumentModel, title: string, snippet: SnippetName, before: readonly RegExp[]): Fix {
  return { title, edits: [insertSectionEdit(doc, snippetText(snippet), before)], isPreferred: true };
}
