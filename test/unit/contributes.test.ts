// Guards the extension's manifest against drift: the settings schema names every rule in the
// registry with the severities the engine accepts, the defaults match the server's, and every
// command the code uses is contributed.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allRules } from '../../server/src/checker';
import { SEVERITIES } from '../../server/src/engine';
import { COMMANDS } from '../../server/src/lsp/protocol';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const ROOT = resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

describe('package.json contributes', () => {
  const properties = manifest.contributes.configuration.properties;

  it('lists every rule, in registry order, with the severities the engine accepts', () => {
    const rules = properties['coproductionLint.rules'];
    const ids = allRules.map((r) => r.id);
    assert.deepEqual(Object.keys(rules.properties), ids);
    assert.deepEqual(rules.propertyNames.enum, ids);
    for (const id of ids) assert.deepEqual(rules.properties[id].enum, [...SEVERITIES, 'off'], id);
  });

  it('describes each rule with its summary', () => {
    const rules = properties['coproductionLint.rules'];
    for (const rule of allRules) assert.equal(rules.properties[rule.id].description, rule.summary, rule.id);
  });

  it('has the same defaults as the server', () => {
    assert.equal(properties['coproductionLint.enable'].default, DEFAULT_SETTINGS.enable);
    assert.deepEqual(properties['coproductionLint.rules'].default, DEFAULT_SETTINGS.lint.rules);
    assert.deepEqual(properties['coproductionLint.include'].default, DEFAULT_SETTINGS.lint.include);
    assert.deepEqual(properties['coproductionLint.kinds'].default, DEFAULT_SETTINGS.lint.kinds);
    assert.deepEqual(properties['coproductionLint.options'].default, DEFAULT_SETTINGS.lint.options);
    assert.equal(properties['coproductionLint.debounceMs'].default, DEFAULT_SETTINGS.debounceMs);
    assert.equal(properties['coproductionLint.sizeLimitMB'].default, DEFAULT_SETTINGS.sizeLimitMB);
    assert.equal(properties['coproductionLint.workshopMode'].default, DEFAULT_SETTINGS.workshopMode);
  });

  it('contributes every command under one category', () => {
    const commands = manifest.contributes.commands;
    assert.deepEqual(commands.map((c: any) => c.command).sort(), Object.values(COMMANDS).sort());
    for (const c of commands) assert.equal(c.category, 'Co-production Lint');
  });

  it('points at the snippets file', () => {
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'markdown', path: './snippets/markdown.json' }]);
    assert.ok(existsSync(resolve(ROOT, 'snippets/markdown.json')));
  });
});
