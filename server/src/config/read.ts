// Reads one config file (`.coproduction-lint.json` / `.jsonc`): JSON with comments and trailing
// commas. Every problem comes with the exact place in the file it is about, and everything that
// is valid is kept. Rule severities, kinds, options and include are checked by the engine's
// readSettings, one entry at a time so that each problem can be placed.

import { readFileSync } from 'node:fs';
// The ESM build: esbuild cannot follow the UMD build's own require calls.
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { readSettings, type Rule, type Vocabulary } from '../engine';
import { allRules } from '../rules';
import { emptyPatch, type ConfigPatch } from './merge';

/** Where a problem is: UTF-16 offsets into the file's text, and zero-based lines and characters. */
export interface ConfigRange {
  start: number;
  end: number;
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

export interface ConfigProblem {
  /** Absolute path of the config file the problem is in. */
  file: string;
  message: string;
  /** 'error' when part of the file could not be read at all; 'warning' when a setting was ignored. */
  severity: 'error' | 'warning';
  range?: ConfigRange;
}

export interface ExtendsEntry {
  /** As written: a path relative to the file that names it. */
  target: string;
  range: ConfigRange;
}

export interface ConfigFile {
  path: string;
  /** What the file itself sets (not what it extends); include/exclude as written. */
  patch: ConfigPatch;
  /** Globs of files not to check, as written (relative to the file's folder). */
  exclude: string[];
  extends: ExtendsEntry[];
  problems: ConfigProblem[];
}

const TOP_LEVEL = ['$schema', 'extends', 'rules', 'kinds', 'options', 'include', 'exclude', 'vocabulary'] as const;
const VOCABULARY_KEYS = ['groups', 'plainWords', 'allowedPhrases'] as const;
/** Longer vocabulary entries are surely a mistake, and would only slow every check. */
export const MAX_PHRASE_LENGTH = 200;

const PARSE_ERRORS: Record<string, string> = {
  InvalidSymbol: 'something here is not JSON',
  InvalidNumberFormat: 'this number is not written the JSON way',
  PropertyNameExpected: 'a setting name in double quotes is expected here',
  ValueExpected: 'a value is expected here',
  ColonExpected: 'a colon (:) is expected after the setting name',
  CommaExpected: 'a comma is expected here',
  CloseBraceExpected: 'a closing brace (}) is expected here',
  CloseBracketExpected: 'a closing bracket (]) is expected here',
  EndOfFileExpected: 'there is text after the end of the settings',
  InvalidCommentToken: 'this comment is not closed properly',
  UnexpectedEndOfComment: 'this comment is not closed',
  UnexpectedEndOfString: 'this text is missing its closing double quote',
  UnexpectedEndOfNumber: 'this number is cut short',
  InvalidUnicode: 'this \\u escape is not a valid character code',
  InvalidEscapeCharacter: 'this backslash escape is not valid in JSON',
  InvalidCharacter: 'this character is not allowed inside a JSON string',
};

/** Reads and checks a config file from disk; a file that cannot be read is one problem. */
export function readConfigFile(path: string, rules: readonly Rule[] = allRules): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    return {
      ...emptyFile(path),
      problems: [{ file: path, severity: 'error', message: `The config file could not be read (${reason}), so its settings were not used.` }],
    };
  }
  return parseConfigText(text, path, rules);
}

/** Checks the text of a config file. Never throws: what cannot be used is reported and skipped. */
export function parseConfigText(text: string, path: string, rules: readonly Rule[] = allRules): ConfigFile {
  const file = emptyFile(path);
  const at = rangeMaker(text);
  const problem = (severity: ConfigProblem['severity'], message: string, node?: Node | { offset: number; length: number }) =>
    file.problems.push({ file: path, severity, message, ...(node ? { range: at(node.offset, node.offset + node.length) } : {}) });
  // A byte-order mark becomes a space, so offsets still match the file.
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;

  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  for (const error of errors) {
    const what = PARSE_ERRORS[printParseErrorCode(error.error)] ?? 'this is not valid JSON';
    problem('error', `This is not valid JSON: ${what}. The settings that could be read are used; fix this so the rest are too.`, {
      offset: error.offset,
      length: Math.max(1, Math.min(error.length, text.length - error.offset)),
    });
  }
  if (!root) return file;
  if (root.type !== 'object') {
    problem('error', 'A config file must hold one object, such as { "rules": { "leading-question": "error" } }, so this file was ignored.', root);
    return file;
  }

  const known = new Set(rules.map((r) => r.id));
  const withOptions = new Set(rules.filter((r) => r.options && Object.keys(r.options).length > 0).map((r) => r.id));
  const settingsProblems = (raw: Parameters<typeof readSettings>[0]) => readSettings(raw, rules).problems;
  /** Reports readSettings' verdict on one entry, on the key when the name is wrong, else on the value. */
  const check = (raw: Parameters<typeof readSettings>[0], property: Node, nameIsWrong: boolean) => {
    for (const message of settingsProblems(raw)) problem('warning', message, nameIsWrong ? property.children![0] : (property.children![1] ?? property));
  };

  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    const value = getNodeValue(valueNode) as unknown;
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        if (valueNode.type !== 'object') check({ rules: value }, property, false);
        else for (const entry of valueNode.children ?? []) check({ rules: entryObject(entry) }, entry, !known.has(entryKey(entry)));
        break;
      case 'kinds':
        if (valueNode.type !== 'object') check({ kinds: value }, property, false);
        else {
          for (const kindEntry of valueNode.children ?? []) {
            const kindValue = kindEntry.children?.[1];
            const probe = settingsProblems({ kinds: { [entryKey(kindEntry)]: {} } });
            if (probe.length > 0 || kindValue?.type !== 'object') {
              check({ kinds: entryObject(kindEntry) }, kindEntry, probe.length > 0);
              continue;
            }
            for (const entry of kindValue.children ?? []) {
              check({ kinds: { [entryKey(kindEntry)]: entryObject(entry) } }, entry, !known.has(entryKey(entry)));
            }
          }
        }
        break;
      case 'options':
        if (valueNode.type !== 'object') check({ options: value }, property, false);
        else {
          for (const ruleEntry of valueNode.children ?? []) {
            const id = entryKey(ruleEntry);
            const ruleValue = ruleEntry.children?.[1];
            if (!withOptions.has(id) || ruleValue?.type !== 'object') {
              check({ options: entryObject(ruleEntry) }, ruleEntry, !withOptions.has(id));
              continue;
            }
            const declared = rules.find((r) => r.id === id)?.options ?? {};
            for (const entry of ruleValue.children ?? []) {
              check({ options: { [id]: entryObject(entry) } }, entry, !(entryKey(entry) in declared));
            }
          }
        }
        break;
      case 'include':
        check({ include: value }, property, false);
        break;
      case 'exclude':
        if (Array.isArray(value) && value.every((g) => typeof g === 'string')) file.exclude = value as string[];
        else problem('warning', '"exclude" must be a list of glob patterns such as ["drafts/old/**"]; it was ignored.', valueNode);
        break;
      case 'extends':
        readExtends(valueNode, file, at, problem);
        break;
      case 'vocabulary':
        file.patch.vocabulary = readVocabulary(valueNode, problem);
        break;
      default:
        problem('warning', `"${key}" is not a setting of the config file, so it was ignored. Settings: ${TOP_LEVEL.filter((k) => k !== '$schema').join(', ')}.`, keyNode);
    }
  }

  const whole = getNodeValue(root) as Record<string, unknown>;
  const { settings } = readSettings({ rules: whole.rules, kinds: whole.kinds, options: whole.options, include: whole.include }, rules);
  file.patch = { ...file.patch, rules: settings.rules, kinds: settings.kinds ?? {}, options: settings.options ?? {}, include: [...settings.include] };
  return file;
}

function emptyFile(path: string): ConfigFile {
  return { path, patch: emptyPatch(), exclude: [], extends: [], problems: [] };
}

function entryKey(property: Node): string {
  return String(property.children?.[0]?.value ?? '');
}

/** One property as an object of its own: { key: value }. */
function entryObject(property: Node): Record<string, unknown> {
  const value = property.children?.[1];
  return { [entryKey(property)]: value ? getNodeValue(value) : undefined };
}

type Problem = (severity: ConfigProblem['severity'], message: string, node?: Node) => void;

function readExtends(node: Node, file: ConfigFile, at: (start: number, end: number) => ConfigRange, problem: Problem): void {
  const items = node.type === 'array' ? (node.children ?? []) : [node];
  for (const item of items) {
    if (item.type === 'string' && String(item.value).trim() !== '') {
      file.extends.push({ target: String(item.value), range: at(item.offset, item.offset + item.length) });
    } else {
      problem(
        'warning',
        '"extends" must be the path of another config file, relative to this one, such as "../.coproduction-lint.json" (or a list of them); this entry was ignored.',
        item,
      );
    }
  }
}

function readVocabulary(node: Node, problem: Problem): Vocabulary {
  const vocabulary: { groups: string[]; plainWords: Record<string, string>; allowedPhrases: string[] } = { groups: [], plainWords: {}, allowedPhrases: [] };
  if (node.type !== 'object') {
    problem('warning', '"vocabulary" must be an object such as { "groups": ["Friends of Hilltop Park"] }; it was ignored.', node);
    return vocabulary;
  }
  const usable = (item: Node, where: string): string | undefined => {
    const value = item.type === 'string' ? String(item.value).trim() : '';
    if (item.type !== 'string' || value === '') problem('warning', `${where}: each entry must be some text in double quotes; this one was ignored.`, item);
    else if (value.length > MAX_PHRASE_LENGTH) problem('warning', `${where}: this entry is longer than ${MAX_PHRASE_LENGTH} characters, so it was ignored.`, item);
    else return value;
    return undefined;
  };
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (key === 'groups' || key === 'allowedPhrases') {
      const example = key === 'groups' ? '["Friends of Hilltop Park"]' : '["Hard to Reach Fund"]';
      if (valueNode.type !== 'array') {
        problem('warning', `"vocabulary"."${key}" must be a list such as ${example}; it was ignored.`, valueNode);
        continue;
      }
      for (const item of valueNode.children ?? []) {
        const value = usable(item, `"vocabulary"."${key}"`);
        if (value !== undefined && !vocabulary[key].includes(value)) vocabulary[key].push(value);
      }
    } else if (key === 'plainWords') {
      if (valueNode.type !== 'object') {
        problem('warning', '"vocabulary"."plainWords" must be an object such as { "synergise": "work together" }; it was ignored.', valueNode);
        continue;
      }
      for (const entry of valueNode.children ?? []) {
        const [wordNode, plainNode] = entry.children ?? [];
        if (!wordNode || !plainNode) continue;
        const word = String(wordNode.value).trim();
        const plain = usable(plainNode, `"vocabulary"."plainWords"."${word}"`);
        if (word === '' || word.length > MAX_PHRASE_LENGTH) {
          problem('warning', '"vocabulary"."plainWords": a word to avoid must be some text, at most 200 characters; this entry was ignored.', wordNode);
        } else if (plain !== undefined) vocabulary.plainWords[word] = plain;
      }
    } else {
      problem('warning', `"vocabulary": "${key}" is not a vocabulary list, so it was ignored. Lists: ${VOCABULARY_KEYS.join(', ')}.`, keyNode);
    }
  }
  return vocabulary;
}

/** Offsets to ranges with lines and characters (\n, \r\n and \r all end a line). */
export function rangeMaker(text: string): (start: number, end: number) => ConfigRange {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const position = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - lineStarts[lo] };
  };
  return (start, end) => {
    const s = position(Math.max(0, Math.min(start, text.length)));
    const e = position(Math.max(0, Math.min(end, text.length)));
    return { start, end, startLine: s.line, startCharacter: s.character, endLine: e.line, endCharacter: e.character };
  };
}
