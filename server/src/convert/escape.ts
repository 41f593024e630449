// Word text written into Markdown must stay text: a paragraph that starts "# 1" or "1. We will"
// in Word is not a heading or a list, and "*" or "<!--" in it are not emphasis or a comment.
// The engine reads text through the escapes, so rules see exactly the words in the document.

/** Characters that can start Markdown structure anywhere on a line. */
const INLINE = /[\\`*_[\]<>&~|#]/g;

/** One line of Word text as Markdown that reads back as the same text and nothing more. */
export function escapeLine(text: string): string {
  const escaped = text.replace(INLINE, '\\$&');
  // Line starts: list markers, numbered items, setext underlines, block quotes (">" is already escaped).
  return escaped
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
