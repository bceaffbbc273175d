/** The two kinds of input the pipeline knows. */
export type InputKind = 'html' | 'text'

// Only the head of the input is inspected: a document declares itself early,
// and looking further would make detection cost grow with page size.
const HEAD_CHARS = 4096
const DOCUMENT_START = /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i
const MAX_COMMENT_CHARS = 2000
// A bounded tag pattern: at most 200 characters between the brackets.
const TAG = /<\/?[a-z][a-z0-9-]{0,20}(?:\s[^<>]{0,200})?>/gi
const MIN_TAGS = 8
// A dump that quotes code or leaked ad markup reaches 15–20% (corpus 001,
// heise); markup that is a document's own is far denser.
const MIN_TAG_SHARE = 0.35

/**
 * Where the head's markup starts, past leading whitespace and `<!-- … -->`
 * comments. A loop, not a pattern: a comment ends at its first `-->`, as in
 * a browser, and the former pattern (`(?:<!--[^]{0,2000}?-->\s*)*`) could also
 * end it at any later `-->`, which took exponential time:
 * `<!--` + `---><!--` × 28, 228 characters, took 10 s, and each more
 * repeat doubled it.
 */
function skipLeadingComments(head: string): number {
  let at = head.length - head.trimStart().length
  while (head.startsWith('<!--', at)) {
    const end = head.indexOf('-->', at + 4)
    if (end < 0 || end - (at + 4) > MAX_COMMENT_CHARS) break
    at = end + 3
    while (at < head.length && /\s/.test(head.charAt(at))) at++
  }
  return at
}

/**
 * Decide whether a bare string is an HTML document or a text dump. A dump that
 * merely contains a stray `<img …>` or `<div>` line stays text: HTML needs a
 * doctype or an `<html>`/`<head>`/`<body>` tag at its start (after comments),
 * or markup dense enough that at least 35% of the head is tags.
 */
export function detectInputKind(raw: string): InputKind {
  const head = raw.slice(0, HEAD_CHARS)
  if (DOCUMENT_START.test(head.slice(skipLeadingComments(head)))) return 'html'
  let tags = 0
  let tagChars = 0
  for (const match of head.matchAll(TAG)) {
    tags++
    tagChars += match[0].length
  }
  return tags >= MIN_TAGS && tagChars / Math.max(head.length, 1) >= MIN_TAG_SHARE ? 'html' : 'text'
}
