// The CI output formats (SARIF, JUnit, GitHub annotations) against golden files, the official
// SARIF schema, and the escaping each format needs. UPDATE_GOLDEN=1 rewrites the golden files.

import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { expectGolden } from '../helpers/golden';
import { sarifValidator } from '../helpers/sarif-schema';
import { allRules, check, docsUrl } from '../../server/src/checker';
import { formatGithub } from '../../server/src/cli/format-github';
import { formatJunit } from '../../server/src/cli/format-junit';
import { formatSarif } from '../../server/src/cli/format-sarif';
import { fileReport, tooLargeReport, type Diagnostic, type FileReport } from '../../server/src/cli/report';

const GOLDEN = resolve('test/fixtures/cli-formats');
const VERSION = '0.0.0-golden';

// ---- real drafts --------------------------------------------------------------------------
const CONSULTATION = `---
type: consultation
---

# Library opening hours consultation

## Why we are asking

The council has already decided to close the library on Sundays.

## Questions

1. Don't you agree that Sunday opening is a waste of money?
2. How often do you use the library and the café?

<!-- coproduction-lint-disable-next-line long-sentence -->
We will publish a summary.
`;

const NOT_A_DRAFT = '# My project\n\nInstall it with npm.\n';

const WORD_PLAN = `# Play areas engagement plan

## Who we will involve

Parents.

Children.

Do you agree that the new swings are better?
`;

function reports(): FileReport[] {
  const consultation = fileReport('drafts/library consultation.md', check(CONSULTATION, { path: 'drafts/library consultation.md' }));
  const readme = fileReport('README.md', check(NOT_A_DRAFT, { path: 'README.md' }));
  // What the Word reader adds: where in the document a person finds each finding.
  const word = fileReport('drafts/play-areas.docx', check(WORD_PLAN, { path: 'drafts/play-areas.docx' }));
  word.diagnostics = word.diagnostics.map((d) => (d.ruleId === 'leading-question' ? { ...d, place: 'Who we will involve ¶3' } : d));
  return [consultation, readme, word, tooLargeReport('drafts/huge.md', 5 * 1024 * 1024)];
}

/** A finding with everything a format has to escape, in a file name that needs escaping too. */
const AWKWARD_MESSAGE = 'Rate 100%, then: say\r\n"why" <&> \'it\'\u0007 here';
function awkward(severity: Diagnostic['severity'], place?: string): FileReport {
  return {
    file: 'odd, name: 100%.md',
    kind: 'consultation',
    participationLevel: null,
    diagnostics: [
      {
        ruleId: 'leading-question',
        severity,
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 9,
        message: AWKWARD_MESSAGE,
        docsUrl: docsUrl('leading-question'),
        fixable: false,
        ...(place ? { place } : {}),
      },
    ],
  };
}

function golden(name: string, actual: string): void {
  expectGolden(GOLDEN, name, actual);
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index: number }; region: Record<string, number> };
    logicalLocations?: Array<{ name: string; kind: string }>;
  }>;
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; helpUri?: string; defaultConfiguration: { level: string } }> } };
    artifacts: Array<{ location: { uri: string } }>;
    results: SarifResult[];
  }>;
}

describe('CI output formats', () => {
  const input = reports();

  it('the drafts give the findings the goldens are about', () => {
    // Guards the fixtures: a golden of nothing would prove nothing.
    const [consultation, readme, word, huge] = input;
    const ids = consultation.diagnostics.map((d) => d.ruleId);
    for (const id of ['decision-already-made', 'leading-question', 'double-barrelled-question', 'unused-suppression']) {
      assert.ok(ids.includes(id), `${id} missing from ${ids.join(', ')}`);
    }
    assert.deepEqual(readme.diagnostics, []);
    assert.equal(word.diagnostics.filter((d) => d.place).length, 1);
    assert.equal(huge.diagnostics[0].ruleId, 'too-large');
  });

  describe('sarif', () => {
    const text = formatSarif(input, { version: VERSION });
    const log = JSON.parse(text) as SarifLog;
    const run = log.runs[0];

    it('matches the golden file', () => golden('sarif.json', text));

    it('validates against the official SARIF 2.1.0 schema', () => {
      const validate = sarifValidator();
      for (const sample of [text, formatSarif([awkward('error', 'Who we will involve ¶3')], { version: VERSION }), formatSarif([], { version: VERSION })]) {
        assert.ok(validate(JSON.parse(sample)), JSON.stringify(validate.errors, null, 2));
      }
      // The schema is strict enough to catch a wrong level, so passing it means something.
      const broken = JSON.parse(text) as SarifLog;
      broken.runs[0].results[0].level = 'info';
      assert.equal(validate(broken), false);
    });

    it('describes every rule, then the notices, and each result points at its own rule', () => {
      const ids = run.tool.driver.rules.map((r) => r.id);
      assert.deepEqual(ids.slice(0, allRules.length), allRules.map((r) => r.id));
      assert.deepEqual(ids.slice(allRules.length), ['front-matter', 'too-large', 'unread', 'unused-suppression', 'unknown-rule']);
      assert.equal(run.tool.driver.rules[0].helpUri, docsUrl(allRules[0].id));
      assert.equal(run.tool.driver.version, VERSION);
      assert.ok(run.results.length > 5);
      for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
      const expected = input.flatMap((f) => f.diagnostics.map((d) => [d.ruleId, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[d.severity]]));
      assert.deepEqual(run.results.map((r) => [r.ruleId, r.level]), expected);
    });

    it('lists each file once as an artifact, with percent-encoded relative URIs', () => {
      assert.deepEqual(
        run.artifacts.map((a) => a.location),
        [
          { uri: 'drafts/library%20consultation.md', uriBaseId: '%SRCROOT%' },
          { uri: 'README.md', uriBaseId: '%SRCROOT%' },
          { uri: 'drafts/play-areas.docx', uriBaseId: '%SRCROOT%' },
          { uri: 'drafts/huge.md', uriBaseId: '%SRCROOT%' },
        ],
      );
      const odd = JSON.parse(formatSarif([awkward('error')], { version: VERSION })) as SarifLog;
      assert.deepEqual(odd.runs[0].results[0].locations[0].physicalLocation.artifactLocation, {
        uri: 'odd%2C%20name%3A%20100%25.md',
        uriBaseId: '%SRCROOT%',
        index: 0,
      });
      const windows = JSON.parse(formatSarif([{ ...awkward('error'), file: 'drafts\\plan.md' }], { version: VERSION })) as SarifLog;
      assert.equal(windows.runs[0].artifacts[0].location.uri, 'drafts/plan.md');
    });

    it('gives a Word place as a logical location and a message prefix', () => {
      const placed = run.results.filter((r) => r.locations[0].logicalLocations);
      assert.equal(placed.length, 1);
      assert.deepEqual(placed[0].locations[0].logicalLocations, [{ name: 'Who we will involve ¶3', kind: 'section' }]);
      const original = input[2].diagnostics.find((d) => d.place)!;
      assert.equal(placed[0].message.text, `Who we will involve ¶3: ${original.message}`);
      const unplaced = run.results.find((r) => r.ruleId === 'leading-question' && !r.locations[0].logicalLocations)!;
      assert.ok(!unplaced.message.text.includes('¶'));
    });

    it('keeps a finding’s fingerprint when lines are added above it', () => {
      const moved = fileReport('drafts/library consultation.md', check(CONSULTATION.replace('---\n\n', '---\n\n\n\n'), { path: 'drafts/library consultation.md' }));
      const before = run.results.filter((r) => r.locations[0].physicalLocation.artifactLocation.index === 0);
      const after = (JSON.parse(formatSarif([moved], { version: VERSION })) as SarifLog).runs[0].results;
      assert.equal(after.length, before.length);
      assert.notDeepEqual(after[0].locations[0].physicalLocation.region, before[0].locations[0].physicalLocation.region);
      assert.deepEqual(after.map((r) => r.partialFingerprints), before.map((r) => r.partialFingerprints));
      assert.equal(new Set(before.map((r) => r.partialFingerprints['coproductionLint/v1'])).size, before.length);
    });
  });

  describe('junit', () => {
    it('matches the golden file', () => golden('junit.xml', formatJunit(input)));

    it('one suite per file, a failure per error or warning, info and hints pass with their message', () => {
      const xml = formatJunit(input);
      assert.equal((xml.match(/<testsuite /g) ?? []).length, input.length);
      const failing = input.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error' || d.severity === 'warning');
      assert.equal((xml.match(/<failure /g) ?? []).length, failing.length);
      assert.ok(failing.length > 0);
      const quiet = input.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'info' || d.severity === 'hint');
      assert.equal((xml.match(/<system-out>/g) ?? []).length, quiet.length);
      assert.ok(quiet.length > 0);
      // The file without findings still shows it was checked.
      assert.ok(xml.includes('<testsuite name="README.md" tests="1" failures="0" errors="0" skipped="0" time="0">\n    <testcase classname="README.md" name="README.md" time="0"/>'));
    });

    it('escapes markup and drops characters XML cannot hold', () => {
      assert.equal(
        formatJunit([awkward('warning', 'Who we will involve ¶3')]),
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<testsuites name="coproduction-lint" tests="1" failures="1" errors="0" time="0">',
          '  <testsuite name="odd, name: 100%.md" tests="1" failures="1" errors="0" skipped="0" time="0">',
          '    <testcase classname="leading-question" name="2:3 Who we will involve ¶3: Rate 100%, then: say&#13;&#10;&quot;why&quot; &lt;&amp;&gt; &apos;it&apos; here" time="0">' +
            '<failure type="warning" message="Who we will involve ¶3: Rate 100%, then: say&#13;&#10;&quot;why&quot; &lt;&amp;&gt; &apos;it&apos; here">' +
            'odd, name: 100%.md:2:3: warning - Who we will involve ¶3: Rate 100%, then: say&#13;\n"why" &lt;&amp;&gt; \'it\' here (leading-question)\n' +
            `${docsUrl('leading-question')}</failure></testcase>`,
          '  </testsuite>',
          '</testsuites>',
          '',
        ].join('\n'),
      );
    });

    it('drops lone surrogates and keeps whole emoji', () => {
      const report = awkward('info');
      report.diagnostics[0].message = 'a\uD800b 😀 c\u0000d';
      const xml = formatJunit([report]);
      assert.ok(xml.includes('<system-out>odd, name: 100%.md:2:3: info - ab 😀 cd (leading-question)'), xml);
    });
  });

  describe('github', () => {
    it('matches the golden file', () => golden('github.txt', formatGithub(input)));

    it('one annotation per finding, with the command for its severity', () => {
      const lines = formatGithub(input).trimEnd().split('\n');
      const diagnostics = input.flatMap((f) => f.diagnostics);
      assert.equal(lines.length, diagnostics.length);
      lines.forEach((line, i) => assert.ok(line.startsWith(`::${{ error: 'error', warning: 'warning', info: 'notice', hint: 'notice' }[diagnostics[i].severity]} `), line));
      assert.ok(lines.some((l) => l.includes('::Who we will involve ¶3: ')));
    });

    it('escapes data and properties as GitHub expects', () => {
      assert.equal(
        formatGithub([awkward('hint', 'Who we will involve ¶3')]),
        '::notice file=odd%2C name%3A 100%25.md,line=2,col=3,endLine=2,endColumn=9,title=leading-question::' +
          'Who we will involve ¶3: Rate 100%25, then: say%0D%0A"why" <&> \'it\'\u0007 here\n',
      );
      assert.equal(formatGithub([{ ...awkward('error'), file: '.\\drafts\\plan.md' }]).split(' ')[1].split(',')[0], 'file=drafts/plan.md');
      assert.equal(formatGithub([]), '');
    });
  });
});
