// JUnit XML for CI test-report views (GitLab, Jenkins, Azure Pipelines, CircleCI).
//
// Follows ESLint's junit formatter: one <testsuite> per file, one <testcase> per finding, every
// error and warning a <failure> whose body says where and what, and a file with no findings one
// passing <testcase> so the report shows it was checked. ESLint has no info or hint level; here
// they are passing test cases that carry the message in <system-out>, so advice is visible
// without turning the build red. Counts use `failures` (not ESLint's `errors`, which JUnit keeps
// for tests that crashed).

import type { Diagnostic, FileReport } from './report';

export function formatJunit(reports: readonly FileReport[]): string {
  const failing = (d: Diagnostic) => d.severity === 'error' || d.severity === 'warning';
  const suites = reports.map((report) => {
    const name = attr(report.file);
    if (report.diagnostics.length === 0) {
      return [
        `  <testsuite name="${name}" tests="1" failures="0" errors="0" skipped="0" time="0">`,
        `    <testcase classname="${name}" name="${name}" time="0"/>`,
        '  </testsuite>',
      ].join('\n');
    }
    const failures = report.diagnostics.filter(failing).length;
    const cases = report.diagnostics.map((d) => {
      const open = `    <testcase classname="${attr(d.ruleId)}" name="${attr(`${d.line}:${d.column} ${message(d)}`)}" time="0">`;
      const body = `${report.file}:${d.line}:${d.column}: ${d.severity} - ${message(d)} (${d.ruleId})${d.docsUrl ? `\n${d.docsUrl}` : ''}`;
      const inner = failing(d)
        ? `<failure type="${d.severity}" message="${attr(message(d))}">${text(body)}</failure>`
        : `<system-out>${text(body)}</system-out>`;
      return `${open}${inner}</testcase>`;
    });
    return [
      `  <testsuite name="${name}" tests="${report.diagnostics.length}" failures="${failures}" errors="0" skipped="0" time="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = reports.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  const failures = reports.reduce((n, r) => n + r.diagnostics.filter(failing).length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="coproduction-lint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function message(d: Diagnostic): string {
  return d.place ? `${d.place}: ${d.message}` : d.message;
}

// XML 1.0 cannot hold most control characters even as references, nor lone surrogates or
// U+FFFE/U+FFFF: they are dropped. Tab, line feed and carriage return stay.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Element content. */
function text(s: string): string {
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute value in double quotes; line breaks and tabs as references, since parsers turn them into spaces. */
function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
