// Layers settings: VS Code settings, then each config file (what it extends first), then the file
// itself. A later layer wins for what it names and keeps the rest:
// - a rule named in a later layer's "rules" replaces everything earlier layers said about it,
//   per-kind settings included (the later layer's own "kinds" still apply on top);
// - "kinds" and "options" merge entry by entry;
// - "include", "exclude" and the vocabulary lists add up; "plainWords" merge word by word.

import type { DocumentKind, LintSettings, SeveritySetting, Vocabulary } from '../engine';

/** Everything one layer can set, in the engine's terms (include globs already placed). */
export interface ConfigPatch {
  rules: Record<string, SeveritySetting>;
  kinds: Partial<Record<DocumentKind, Record<string, SeveritySetting>>>;
  options: Record<string, Record<string, number | string | boolean>>;
  include: string[];
  vocabulary: Vocabulary;
}

export function emptyPatch(): ConfigPatch {
  return { rules: {}, kinds: {}, options: {}, include: [], vocabulary: { groups: [], plainWords: {}, allowedPhrases: [] } };
}

/** `over` on top of `base`; neither is changed. */
export function mergePatches(base: ConfigPatch, over: ConfigPatch): ConfigPatch {
  const kinds: ConfigPatch['kinds'] = {};
  const named = new Set(Object.keys(over.rules));
  for (const [kind, severities] of Object.entries(base.kinds) as Array<[DocumentKind, Record<string, SeveritySetting>]>) {
    const kept = Object.fromEntries(Object.entries(severities).filter(([id]) => !named.has(id)));
    if (Object.keys(kept).length > 0) kinds[kind] = kept;
  }
  for (const [kind, severities] of Object.entries(over.kinds) as Array<[DocumentKind, Record<string, SeveritySetting>]>) {
    kinds[kind] = { ...kinds[kind], ...severities };
  }
  const options: ConfigPatch['options'] = { ...base.options };
  for (const [id, values] of Object.entries(over.options)) options[id] = { ...options[id], ...values };
  return {
    rules: { ...base.rules, ...over.rules },
    kinds,
    options,
    include: union(base.include, over.include),
    vocabulary: {
      groups: union(base.vocabulary.groups, over.vocabulary.groups),
      plainWords: { ...base.vocabulary.plainWords, ...over.vocabulary.plainWords },
      allowedPhrases: union(base.vocabulary.allowedPhrases, over.vocabulary.allowedPhrases),
    },
  };
}

/** Engine settings (e.g. from VS Code) with a config patch on top. */
export function mergeSettings(base: LintSettings, patch: ConfigPatch): LintSettings {
  const vocabulary = base.vocabulary;
  const merged = mergePatches(
    {
      rules: { ...base.rules },
      kinds: Object.fromEntries(Object.entries(base.kinds ?? {}).map(([k, v]) => [k, { ...v }])),
      options: Object.fromEntries(Object.entries(base.options ?? {}).map(([k, v]) => [k, { ...v }])),
      include: [...base.include],
      vocabulary: {
        groups: [...(vocabulary?.groups ?? [])],
        plainWords: { ...vocabulary?.plainWords },
        allowedPhrases: [...(vocabulary?.allowedPhrases ?? [])],
      },
    },
    patch,
  );
  return merged;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
