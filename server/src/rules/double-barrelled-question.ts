// Placeholder while the rule is being written; replaced before anything lands.
import { defineBlockRule } from '../engine';

export default defineBlockRule({
  id: 'double-barrelled-question',
  summary: '',
  why: '',
  howToFix: '',
  principles: [],
  defaultSeverity: 'warning',
  appliesTo: [],
  fixKind: 'rewrite',
  messages: {},
  example: { flagged: '', ok: '' },
  check() {},
});
