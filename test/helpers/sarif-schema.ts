// The official SARIF 2.1.0 schema, as Microsoft's SARIF SDK ships it in its npm package (a pinned
// dev dependency, used for nothing else), compiled once with ajv. The hash pins the exact file.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const SCHEMA = resolve('node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json');
const SCHEMA_SHA256 = '1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c';

let compiled: ValidateFunction | undefined;

/** Checks the pinned schema file and returns its validator; `validate.errors` explains a failure. */
export function sarifValidator(): ValidateFunction {
  if (compiled) return compiled;
  const bytes = readFileSync(SCHEMA);
  assert.equal(createHash('sha256').update(bytes).digest('hex'), SCHEMA_SHA256, `${SCHEMA} is not the pinned schema`);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  compiled = ajv.compile(JSON.parse(bytes.toString('utf8')) as object);
  return compiled;
}
