// VS Code snippets are the one source of truth for section bodies; quick fixes insert the same
// text with the tab stops resolved to their placeholder text.

export interface SnippetDefinition {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

/** Plain text of a snippet body: `${1:default}` → `default`, `${1|a,b|}` → `a`, `$0` → ''. */
export function snippetToText(body: string | readonly string[]): string {
  const source = typeof body === 'string' ? body : body.join('\n');
  let out = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\' && i + 1 < source.length && '$}\\'.includes(source[i + 1])) {
      out += source[i + 1];
      i += 2;
    } else if (ch === '$') {
      const [text, next] = readPlaceholder(source, i);
      out += text;
      i = next;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function readPlaceholder(source: string, at: number): [string, number] {
  const simple = /^\$(\d+|[A-Z_]+)/.exec(source.slice(at));
  if (simple) return ['', at + simple[0].length];
  if (source[at + 1] !== '{') return ['$', at + 1];
  const choice = /^\$\{\d+\|([^|]*)\|\}/.exec(source.slice(at));
  if (choice) return [choice[1].split(',')[0].replace(/\\,/g, ','), at + choice[0].length];
  // ${n:default} or ${VAR:default}, where default may itself hold placeholders
  let depth = 0;
  let i = at + 1;
  for (; i < source.length; i++) {
    if (source[i] === '\\') {
      i++;
      continue;
    }
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) break;
  }
  const inner = source.slice(at + 2, i);
  const colon = inner.indexOf(':');
  return [colon < 0 ? '' : snippetToText(inner.slice(colon + 1)), i + 1];
}
