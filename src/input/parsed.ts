import type {Root} from 'hast'
import {InputTooLargeError} from '../errors.js'
import {blankTreeControls} from '../segment/html/blank-controls.js'
import {capTreeDepth} from '../segment/html/cap-depth.js'
import {tickDeadline} from '../util/deadline.js'
import {BINARY_SCAN_CHARS} from './binary.js'
import {refuseBinary, utf8ByteLength} from './normalize.js'

/** Bytes enough to hold the characters the binary check scans, however wide (UTF-8: at most 4 a character). */
const BINARY_SCAN_BYTES = BINARY_SCAN_CHARS * 4

/**
 * The mark of a page made by {@link parsedHtml}: a symbol no caller can
 * write in a record of its own, so a public input object with a `kind` field
 * never skips the checks of `normalizeInput`.
 */
const PARSED: unique symbol = Symbol('article-cleaner parsed HTML')

/**
 * A page some other parser already made into hast (the unified plugin's
 * input): it enters the pipeline where a parsed document would, under the
 * same limits. Internal: the public inputs are strings and bytes.
 */
export interface ParsedHtml {
  [PARSED]: true
  /** The caller's tree. It is read, not changed, apart from nesting past the depth cap (flattened) and control characters (blanked). */
  tree: Root
  /** The document the tree was parsed from, when the caller has it (a vfile's `value`): it is what `maxInputBytes` measures. */
  source: string | Uint8Array | null
  /** The page's URL, or null. */
  url: string | null
}

/** A parsed page after validation: what the HTML stages start from. */
export interface NormalizedParsedHtml {
  kind: 'parsed-html'
  tree: Root
  url: string | null
  site: null
}

/** A parsed page for {@link normalizeParsedHtml}: the unified plugin's door into the pipeline. */
export function parsedHtml(tree: Root, source: string | Uint8Array | null, url: string | null): ParsedHtml {
  return {[PARSED]: true, tree, source, url}
}

export function isParsedHtml(input: unknown): input is ParsedHtml {
  return typeof input === 'object' && input !== null && PARSED in input
}

/**
 * UTF-8 bytes of a tree's text and attribute-free markup, counted until it
 * passes `limit`: what a tree with no source to measure weighs. An
 * underestimate of its source (tags and attributes are not counted), so it
 * never refuses a page that its source would have let through.
 */
function treeTextBytes(tree: Root, limit: number): number {
  let bytes = 0
  const stack: Root['children'] = [...tree.children]
  while (stack.length > 0 && bytes <= limit) {
    tickDeadline('normalize')
    const node = stack.pop() as Root['children'][number]
    if (node.type === 'text' || node.type === 'comment') bytes += utf8ByteLength(node.value)
    else if ('children' in node) for (const child of node.children) stack.push(child)
  }
  return bytes
}

/**
 * Validate a parsed page as `normalizeInput` validates a string: the size
 * limit first (on the source when there is one, else on the tree's text),
 * then the tree's depth is capped, as the parser's trees are, so that no
 * recursive utility overflows the stack on it, and its control characters
 * are blanked, as parseHtml blanks them (blank-controls.ts).
 *
 * @throws {InputTooLargeError} when it is over `maxInputBytes`.
 * @throws {BinaryInputError} when its source's start is binary, not text.
 */
export function normalizeParsedHtml(input: ParsedHtml, maxInputBytes: number): NormalizedParsedHtml {
  const {source} = input
  const bytes = source === null ? treeTextBytes(input.tree, maxInputBytes) : typeof source === 'string' ? utf8ByteLength(source) : source.byteLength
  if (bytes > maxInputBytes) throw new InputTooLargeError(bytes, maxInputBytes)
  // The same refusal of a binary file as at the other doors, on the source's start.
  if (source !== null) refuseBinary(typeof source === 'string' ? source : new TextDecoder().decode(source.subarray(0, BINARY_SCAN_BYTES)))
  capTreeDepth(input.tree)
  blankTreeControls(input.tree)
  return {kind: 'parsed-html', tree: input.tree, url: input.url, site: null}
}
