import type {Element, Root, RootContent} from 'hast'
import {tickDeadline} from '../../util/deadline.js'

/**
 * Script and style bodies are nearly half of a typical page's bytes (46% of
 * the corpus's HTML), and the parser reads them one character at a time only
 * for this package to drop them unread (they are never visible text). This
 * module empties them in the source before parsing, in one linear scan that
 * follows the HTML tokenizer's rules for where a raw-text element ends
 * (HTML § 13.2.5: the script data states, with their escaped and
 * double-escaped forms, and the RAWTEXT end tag). JSON-LD scripts keep their
 * bodies: the metadata reads them.
 *
 * Where a body ends depends only on the tokenizer, but whether a `<script>`
 * starts one depends on the tree builder too (inside `<svg>` it does not; in
 * a frameset it is ignored). The scan models the usual cases and
 * {@link takeMarkers} checks every one on the parsed tree. Each emptied body
 * is replaced by a marker, U+FFFF and its number, when the source has no
 * U+FFFF of its own: that character is then only ever at the start of a
 * marker, so a parsed element whose whole content is marker k is one whose
 * content began right after the start tag the scan read for body k. Each
 * marker must be the one text of an HTML `<script>` or `<style>` element of
 * the name the scan saw; if one is not, the caller parses the original
 * source instead. The tokenizer then entered the raw-text state at that same
 * place and left it at the end tag the scan found, so by induction over the
 * bodies, in source order, the parser meets the same markup in the same
 * state as on the original, and the tree is the same apart from the emptied
 * text. (Markers rather than source offsets: the parser is asked for no
 * positions, which took about a third of its time.)
 */

/** The name (`script` or `style`) of each emptied element, by marker number. */
export type EmptiedElements = string[]

/** Starts every marker; a source that has one of its own is not emptied. */
const MARK = '\uFFFF'

/** Elements whose content the tokenizer reads as text up to their own end tag (besides `script`). */
const RAW_TEXT_SKIPPED = new Set(['textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'])
/**
 * Start tags that end foreign content (`<svg>`, `<math>`) when met inside it
 * (HTML § 13.2.6.5); `<font>` only with some attributes, so it is left out
 * (staying in foreign content longer only empties less).
 */
const BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong',
  'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var'
])

const LT = 60 // <
const GT = 62 // >
const SLASH = 47
const BANG = 33
const DASH = 45
const QUESTION = 63
const EQUALS = 61
const DOUBLE_QUOTE = 34
const SINGLE_QUOTE = 39

function isWhitespace(code: number): boolean {
  // Tab, line feed, form feed, carriage return (the input stream turns it into a line feed), space.
  return code === 9 || code === 10 || code === 12 || code === 13 || code === 32
}

/** `[A-Za-z]`, by code (a pattern test per character cost more than the rest of a source scan); the depth cap's scan uses it too. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** Whether `html` has `name` (lower case) at `at`, in any letter case. */
function hasName(html: string, at: number, name: string): boolean {
  if (at + name.length > html.length) return false
  for (let i = 0; i < name.length; i++) if ((html.charCodeAt(at + i) | 0x20) !== name.charCodeAt(i)) return false
  return true
}

/** Whether the `</` at `at` opens the end tag of `name`: the name, then whitespace, `/` or `>`. */
function isEndTagOf(html: string, at: number, name: string): boolean {
  if (!hasName(html, at + 2, name)) return false
  const after = html.charCodeAt(at + 2 + name.length)
  return isWhitespace(after) || after === SLASH || after === GT
}

/** Offset of the `</name` that ends a RAWTEXT or RCDATA element whose content starts at `from`, or -1 (it runs to the end). */
function rawTextEnd(html: string, name: string, from: number): number {
  let at = html.indexOf('</', from)
  while (at >= 0) {
    if (isEndTagOf(html, at, name)) return at
    at = html.indexOf('</', at + 2)
  }
  return -1
}

/** The script data states (HTML § 13.2.5.4 to 13.2.5.31) that this scan tells apart. */
const enum Script {
  Data,
  Escaped,
  EscapedDash,
  EscapedDashDash,
  DoubleEscaped,
  DoubleEscapedDash,
  DoubleEscapedDashDash
}

/**
 * Offset of the `</script` that ends a script whose content starts at
 * `from`, or -1 when it runs to the end of the input. `<!--` inside a script
 * starts an escaped section, where a `<script>` starts a double-escaped one
 * in which `</script>` does not end the script (it ends the double escape).
 */
export function scriptDataEnd(html: string, from: number): number {
  const length = html.length
  let state = Script.Data
  let i = from
  while (i < length) {
    if (state === Script.Data) {
      const lt = html.indexOf('<', i)
      if (lt < 0) return -1
      const next = html.charCodeAt(lt + 1)
      if (next === SLASH) {
        if (isEndTagOf(html, lt, 'script')) return lt
        i = lt + 2
      } else if (next === BANG && html.charCodeAt(lt + 2) === DASH && html.charCodeAt(lt + 3) === DASH) {
        state = Script.EscapedDashDash
        i = lt + 4
      } else {
        // "<!" alone, "<!-" alone, or "<x": text, and the next character is read again in script data.
        i = lt + 1
      }
      continue
    }
    const code = html.charCodeAt(i)
    switch (state) {
      case Script.Escaped:
      case Script.EscapedDash:
      case Script.EscapedDashDash: {
        if (code === DASH) {
          state = state === Script.Escaped ? Script.EscapedDash : Script.EscapedDashDash
          i++
        } else if (code === LT) {
          const next = html.charCodeAt(i + 1)
          if (next === SLASH) {
            if (isEndTagOf(html, i, 'script')) return i
            // Not this script's end tag: "</" and what follows are text, read again as escaped.
            state = Script.Escaped
            i += 2
          } else if (isAsciiLetter(next)) {
            const after = html.charCodeAt(i + 7)
            if (hasName(html, i + 1, 'script') && (isWhitespace(after) || after === SLASH || after === GT)) {
              state = Script.DoubleEscaped
              i += 8
            } else {
              state = Script.Escaped
              i += 1
            }
          } else {
            state = Script.Escaped
            i += 1
          }
        } else if (code === GT && state === Script.EscapedDashDash) {
          state = Script.Data
          i++
        } else {
          state = Script.Escaped
          i++
        }
        break
      }
      default: {
        // The double-escaped states.
        if (code === DASH) {
          state = state === Script.DoubleEscaped ? Script.DoubleEscapedDash : Script.DoubleEscapedDashDash
          i++
        } else if (code === LT) {
          if (html.charCodeAt(i + 1) === SLASH) {
            const after = html.charCodeAt(i + 8)
            if (hasName(html, i + 2, 'script') && (isWhitespace(after) || after === SLASH || after === GT)) {
              state = Script.Escaped
              i += 9
            } else {
              state = Script.DoubleEscaped
              i += 2
            }
          } else {
            state = Script.DoubleEscaped
            i += 1
          }
        } else if (code === GT && state === Script.DoubleEscapedDashDash) {
          state = Script.Data
          i++
        } else {
          state = Script.DoubleEscaped
          i++
        }
        break
      }
    }
  }
  return -1
}

/**
 * Offset just past the comment that starts at `from` (`<!--`), or -1: the
 * first "-->" from the opening's own dashes on (so "<!-->" and "<!--->" are
 * whole comments), or the first "--!>" after the opening.
 */
function commentEnd(html: string, from: number): number {
  let at = html.indexOf('--', from + 2)
  while (at >= 0) {
    const next = html.charCodeAt(at + 2)
    if (next === GT) return at + 3
    if (next === BANG && html.charCodeAt(at + 3) === GT && at >= from + 4) return at + 4
    at = html.indexOf('--', at + 1)
  }
  return -1
}

/** A tag as the tokenizer reads it. */
interface Tag {
  /** Name, ASCII letters lower-cased (a name with other letters matches none this scan looks for). */
  name: string
  /** Offset just past its `>`, or -1 if the input ends inside it (the tokenizer then drops it). */
  end: number
  selfClosing: boolean
}

/** The tokenizer's states inside a tag, after its name (HTML § 13.2.5.32 to 13.2.5.40). */
const enum InTag {
  BeforeAttributeName,
  AttributeName,
  AfterAttributeName,
  BeforeAttributeValue,
  UnquotedValue,
  AfterQuotedValue,
  SelfClosing
}

function lowerAscii(name: string): string {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 127) return name
  return name.toLowerCase()
}

/**
 * Read the tag whose name starts at `from` (after `<` or `</`), through its
 * attributes, as the tokenizer does: a quote opens a value only right after
 * `=` (in `a=b"c` it does not), and `>` ends the tag anywhere but inside a
 * quoted value.
 */
function readTag(html: string, from: number): Tag {
  const length = html.length
  let i = from
  while (i < length) {
    const code = html.charCodeAt(i)
    if (isWhitespace(code) || code === SLASH || code === GT) break
    i++
  }
  const name = lowerAscii(html.slice(from, i))
  // The character that ended the name is read again before an attribute name: whitespace, "/" or ">".
  let state = InTag.BeforeAttributeName
  for (; i < length; i++) {
    const code = html.charCodeAt(i)
    switch (state) {
      case InTag.BeforeAttributeName:
        if (code === GT) return {name, end: i + 1, selfClosing: false}
        if (code === SLASH) state = InTag.SelfClosing
        else if (!isWhitespace(code)) state = InTag.AttributeName // "=" here starts a name
        break
      case InTag.AttributeName:
        if (code === GT) return {name, end: i + 1, selfClosing: false}
        if (code === SLASH) state = InTag.SelfClosing
        else if (code === EQUALS) state = InTag.BeforeAttributeValue
        else if (isWhitespace(code)) state = InTag.AfterAttributeName
        break
      case InTag.AfterAttributeName:
        if (code === GT) return {name, end: i + 1, selfClosing: false}
        if (code === SLASH) state = InTag.SelfClosing
        else if (code === EQUALS) state = InTag.BeforeAttributeValue
        else if (!isWhitespace(code)) state = InTag.AttributeName
        break
      case InTag.BeforeAttributeValue:
        if (code === GT) return {name, end: i + 1, selfClosing: false}
        if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
          const close = html.indexOf(code === DOUBLE_QUOTE ? '"' : "'", i + 1)
          if (close < 0) return {name, end: -1, selfClosing: false}
          i = close
          state = InTag.AfterQuotedValue
        } else if (!isWhitespace(code)) state = InTag.UnquotedValue
        break
      case InTag.UnquotedValue:
        // Quotes, "=" and "<" are part of an unquoted value.
        if (code === GT) return {name, end: i + 1, selfClosing: false}
        if (isWhitespace(code)) state = InTag.BeforeAttributeName
        break
      case InTag.AfterQuotedValue:
        if (code === GT) return {name, end: i + 1, selfClosing: false}
        if (code === SLASH) state = InTag.SelfClosing
        else {
          // Whitespace, or a missing one: the character is read again before an attribute name.
          state = InTag.BeforeAttributeName
          if (!isWhitespace(code)) i--
        }
        break
      default:
        // Self-closing start tag state: only "/>" marks the tag self-closing; anything else is read again.
        if (code === GT) return {name, end: i + 1, selfClosing: true}
        state = InTag.BeforeAttributeName
        i--
        break
    }
  }
  return {name, end: -1, selfClosing: false}
}

/**
 * Replace the bodies of `<script>` (all but JSON-LD) and `<style>` elements
 * in an HTML source by numbered markers. Returns the input itself and no
 * elements when there is nothing to empty (or the source has a U+FFFF).
 */
export function emptyRawText(html: string): {html: string; emptied: EmptiedElements} {
  const emptied: EmptiedElements = []
  if (html.includes(MARK)) return {html, emptied}
  const parts: string[] = []
  let copiedUpTo = 0
  /** Open `<svg>`/`<math>` elements: inside them `<script>` and `<style>` are ordinary elements. */
  let foreign = 0
  const length = html.length
  let i = html.indexOf('<')
  while (i >= 0 && i < length) {
    tickDeadline('parse')
    const next = html.charCodeAt(i + 1)
    if (next === BANG) {
      if (html.startsWith('<!--', i)) {
        const end = commentEnd(html, i)
        if (end < 0) break
        i = html.indexOf('<', end)
      } else if (foreign > 0 && html.startsWith('<![CDATA[', i)) {
        const end = html.indexOf(']]>', i + 9)
        if (end < 0) break
        i = html.indexOf('<', end + 3)
      } else {
        // Doctype or bogus comment: up to the first ">".
        const end = html.indexOf('>', i + 2)
        if (end < 0) break
        i = html.indexOf('<', end + 1)
      }
      continue
    }
    if (next === QUESTION) {
      const end = html.indexOf('>', i + 1)
      if (end < 0) break
      i = html.indexOf('<', end + 1)
      continue
    }
    if (next === SLASH) {
      const first = html.charCodeAt(i + 2)
      if (first === GT) {
        i = html.indexOf('<', i + 3)
        continue
      }
      if (!isAsciiLetter(first)) {
        // A bogus comment, up to the first ">".
        const end = html.indexOf('>', i + 2)
        if (end < 0) break
        i = html.indexOf('<', end + 1)
        continue
      }
      const tag = readTag(html, i + 2)
      if (tag.end < 0) break
      if (foreign > 0 && (tag.name === 'svg' || tag.name === 'math')) foreign--
      i = html.indexOf('<', tag.end)
      continue
    }
    if (!isAsciiLetter(next)) {
      i = html.indexOf('<', i + 1)
      continue
    }
    const start = i
    const tag = readTag(html, i + 1)
    if (tag.end < 0) break
    i = tag.end
    if (foreign > 0) {
      if (BREAKOUT.has(tag.name)) foreign = 0
      else {
        if ((tag.name === 'svg' || tag.name === 'math') && !tag.selfClosing) foreign++
        i = html.indexOf('<', i)
        continue
      }
    }
    if (tag.name === 'script' || tag.name === 'style') {
      const close = tag.name === 'script' ? scriptDataEnd(html, tag.end) : rawTextEnd(html, 'style', tag.end)
      if (close < 0) break
      // JSON-LD (the metadata reads it): any start tag that mentions JSON or holds a character reference keeps its body.
      const keep = tag.name === 'script' && /json|&/i.test(html.slice(start, tag.end))
      if (!keep && close > tag.end) {
        parts.push(html.slice(copiedUpTo, tag.end), MARK + emptied.length)
        emptied.push(tag.name)
        copiedUpTo = close
      }
      i = close
      continue
    }
    if (tag.name === 'plaintext') break
    if (RAW_TEXT_SKIPPED.has(tag.name)) {
      const close = rawTextEnd(html, tag.name, tag.end)
      if (close < 0) break
      i = close
      continue
    }
    if ((tag.name === 'svg' || tag.name === 'math') && !tag.selfClosing) foreign = 1
    i = html.indexOf('<', i)
  }
  if (emptied.length === 0) return {html, emptied}
  parts.push(html.slice(copiedUpTo))
  return {html: parts.join(''), emptied}
}

/**
 * Check that every marker is the one text of an HTML `<script>` or `<style>`
 * element (outside `<svg>` and `<math>`, so that the tokenizer did read its
 * body as raw text) of the name the scan saw, each exactly once, and remove
 * the markers, so that those elements are empty.
 *
 * @returns Whether all markers were found so; if not, the tree is not the
 *   one the original source gives and must not be used.
 */
export function takeMarkers(tree: Root, emptied: EmptiedElements): boolean {
  if (emptied.length === 0) return true
  const seen = new Uint8Array(emptied.length)
  let found = 0
  const stack: RootContent[] = [...tree.children]
  while (stack.length > 0) {
    const node = stack.pop() as RootContent
    tickDeadline('parse')
    if (node.type !== 'element') continue
    const element: Element = node
    const name = element.tagName
    if (name === 'svg' || name === 'math') continue
    const children = element.children
    if (name === 'script' || name === 'style') {
      const text = children[0]
      if (children.length !== 1 || text?.type !== 'text' || !text.value.startsWith(MARK)) continue
      const k = Number(text.value.slice(MARK.length))
      if (!Number.isInteger(k) || emptied[k] !== name || seen[k] === 1 || text.value !== MARK + k) return false
      seen[k] = 1
      found++
      element.children = []
      continue
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as RootContent)
    // A template's content is a fragment of its own (pushed one by one: a spread of many would overflow the call stack).
    if (name === 'template' && element.content) for (const child of element.content.children) stack.push(child)
  }
  return found === emptied.length
}
