// Drafts that are not Markdown: Word (.docx) and plain text (.txt), read into the Markdown the
// engine checks, with a way back to where a person finds each finding.

export { readWordDraft, WORD_PROBLEMS, type WordReading } from './docx';
export { readPlainText } from './plain-text';
export type { Converted } from './places';
