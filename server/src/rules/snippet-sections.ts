// Section bodies for quick fixes come from the editor snippets, so both insert the same text.
import snippets from '../../../snippets/markdown.json';
import { snippetToText } from '../engine';

export type SnippetName = keyof typeof snippets;

export function snippetText(name: SnippetName): string {
  return snippetToText(snippets[name].body);
}
