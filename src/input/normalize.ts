import {BinaryInputError, InputTooLargeError, InvalidInputError} from '../errors.js'
import type {CleanInput} from '../types.js'
import {countBinaryChars, isBinaryScan, MAX_BINARY_SHARE} from './binary.js'
import {decodeHtmlBytes, isUint8Array} from './decode.js'
import {detectInputKind} from './detect.js'
import {readInputFields} from './fields.js'

/** A text dump after validation: what the text pipeline starts from. */
export interface NormalizedText {
  kind: 'text'
  /** The text, with line breaks unified to `\n` and control characters blanked. */
  text: string
  /** The page URL, if the caller gave one. */
  url: string | null
  /** The site the caller named, if any. */
  site: string | null
}

/** An HTML document after validation and decoding: what the HTML pipeline starts from. */
export interface NormalizedHtml {
  kind: 'html'
  /** The document as a string (bytes decoded; the parser handles line breaks and controls). */
  html: string
  /** The page URL, if the caller gave one. */
  url: string | null
  /** The site the caller named, if any. */
  site: string | null
}

/** The input after validation. */
export type NormalizedInput = NormalizedText | NormalizedHtml

/**
 * UTF-8 length without allocating an encoded copy: a 10 MB input should not
 * cost 10 MB more memory just to be measured.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

// C0/C1 controls other than tab and line feeds are never the author's text:
// they come from binary garbage or broken encodings. They become spaces so
// that words on either side stay apart.
export const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g
export const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g
/**
 * Every character either of the two replaces above acts on, in one class:
 * most dumps hold none, and one search of the page then spares it the two
 * replaces' scans. (Any character of `LINE_BREAKS` or `CONTROLS` is in it.)
 */
export const TO_REPLACE = /[\r\u0085\u2028\u2029\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/

/**
 * A text as the article may hold it: lone surrogates become U+FFFD, line
 * breaks `\n`, and control characters (see `CONTROLS`) spaces. The one
 * definition for both inputs: a text dump goes through it whole, an HTML
 * page's text and attributes once parsed (src/segment/html/blank-controls.ts), so
 * that no ESC sequence reaches the Markdown a terminal shows (issue 22, item 3).
 *
 * @param text Any text.
 * @returns The text, well formed and without control characters.
 */
export function blankControls(text: string): string {
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed()
  return TO_REPLACE.test(wellFormed) ? wellFormed.replace(LINE_BREAKS, '\n').replace(CONTROLS, ' ') : wellFormed
}

/** Whether {@link blankControls} changes `text`: a check that allocates nothing, for the many strings of a page that hold none. */
export function hasControls(text: string): boolean {
  return !text.isWellFormed() || TO_REPLACE.test(text)
}

/**
 * Validate the input's shape and size, and bring line breaks to one form.
 * Runs before anything else so that limits apply before any parsing.
 *
 * @throws {InvalidInputError} when the input is not a string or a supported object.
 * @throws {InputTooLargeError} when it is over `maxInputBytes` (bytes are
 *   measured before they are decoded).
 * @throws {UnsupportedInputError} when HTML bytes come with an `encoding` label `TextDecoder` does not know.
 * @throws {BinaryInputError} when the input's start is binary, not text (see `./binary.ts`).
 */
export function normalizeInput(input: CleanInput, maxInputBytes: number): NormalizedInput {
  let text: string
  let url: string | null = null
  let site: string | null = null
  let kind: 'html' | 'text' | 'detect' = 'detect'
  if (typeof input === 'string') {
    text = input
  } else if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const record = readInputFields(input)
    if (record.url !== undefined && record.url !== null) {
      if (typeof record.url !== 'string') throw new InvalidInputError(`Expected \`url\` to be a string, got ${typeof record.url}`)
      url = record.url
    }
    if (record.site !== undefined && record.site !== null) {
      if (typeof record.site !== 'string') throw new InvalidInputError(`Expected \`site\` to be a string, got ${typeof record.site}`)
      site = record.site
    }
    if (typeof record.text === 'string') {
      text = record.text
      kind = 'text'
    } else if (typeof record.html === 'string') {
      text = record.html
      kind = 'html'
    } else if (isUint8Array(record.html)) {
      // Bytes are measured as they are, before decoding can allocate anything.
      if (record.html.byteLength > maxInputBytes) throw new InputTooLargeError(record.html.byteLength, maxInputBytes)
      if (record.encoding !== undefined && record.encoding !== null && typeof record.encoding !== 'string') {
        throw new InvalidInputError(`Expected \`encoding\` to be a string, got ${typeof record.encoding}`)
      }
      const encoding = typeof record.encoding === 'string' ? record.encoding : null
      const html = decodeHtmlBytes(record.html, encoding).text
      refuseBinary(html)
      return {kind: 'html', html, url, site}
    } else {
      throw new InvalidInputError(
        'Expected a string, { text: string, url?: string } or { html: string | Uint8Array, url?: string, encoding?: string }; the object has neither a string `text` nor a string or bytes `html`'
      )
    }
  } else {
    throw new InvalidInputError(`Expected a string or an object with \`text\` or \`html\`, got ${input === null ? 'null' : typeof input}`)
  }

  // Cheap upper bound first: a string of n code units has at most 3n bytes.
  if (text.length * 3 > maxInputBytes) {
    const bytes = utf8ByteLength(text)
    if (bytes > maxInputBytes) throw new InputTooLargeError(bytes, maxInputBytes)
  }

  // After the size check (the scan is bounded anyway) and before anything reads the text.
  refuseBinary(text)

  if (kind === 'html' || (kind === 'detect' && detectInputKind(text) === 'html')) {
    return {kind: 'html', html: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, url, site}
  }

  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return {kind: 'text', text: blankControls(text), url, site}
}

/** @throws {BinaryInputError} when the text's start is binary (see `./binary.ts`). */
export function refuseBinary(text: string): void {
  const binary = countBinaryChars(text)
  if (isBinaryScan(binary)) throw new BinaryInputError(binary.found, binary.scanned, MAX_BINARY_SHARE)
}
