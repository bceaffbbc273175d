import type {Element, ElementContent, Parents, Root} from 'hast'
import {isAsciiLetter} from './raw-text.js'
import {tickDeadline} from '../../util/deadline.js'

/**
 * How deep the source's open elements may nest before more start tags are
 * dropped. Real pages rarely pass 100 (the corpus's deepest is far below);
 * parse5's scope checks walk the stack of open elements on every start tag,
 * so 100,000 nested `<div>`s take minutes to parse (measured: 160 s), and
 * hast-util-from-parse5 overflows the call stack near 1,750 levels.
 */
export const MAX_SOURCE_DEPTH = 256

/** Elements that never have content, so never open a level. */
const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta',
  'param', 'source', 'track', 'wbr'
])
/** Elements whose content is raw text up to their end tag: no tags inside count. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'])
/**
 * Elements whose end tag is optional: a new one closes the open one, as the
 * parser does, so that a list of 10,000 `<li>` without `</li>` stays flat.
 */
const SELF_CLOSING_SIBLINGS: Readonly<Record<string, readonly string[]>> = {
  p: ['p'],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  option: ['option'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th']
}
/** Start tags that close an open `p` (HTML § 13.2.6.4.7, "in body"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'ul', 'li', 'dd', 'dt'
])
/** Containers an implied end tag does not look past. */
const SCOPE_BARRIERS = new Set(['ul', 'ol', 'dl', 'table', 'tbody', 'thead', 'tfoot', 'select', 'td', 'th', 'button', 'object', 'template'])
/** How far down the stack an implied end looks (the open element is near the top: inline elements at most). */
const IMPLIED_END_SEARCH = 8
/** The names one implied end looks for, made once (a literal per start tag was an array per tag). */
const P_ONLY: readonly string[] = ['p']
const TR_ONLY: readonly string[] = ['tr']
/** How far down the stack an end tag looks for its start tag (bounded, so the scan stays linear). */
const END_TAG_SEARCH = 64


/** `[A-Za-z0-9:-]`: the characters of a tag name this scan reads. */
function isNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 58) || code === 45
}

interface Open {
  name: string
  /** Dropped past the depth limit: its end tag is dropped too. */
  dropped: boolean
}

/** Index just past the `>` that closes the tag starting at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let i = from
  while (i < html.length) {
    const char = html.charCodeAt(i)
    if (char === 62) return i + 1 // >
    if (char === 34 || char === 39) {
      // " or ': a quoted value may hold ">"
      const close = html.indexOf(String.fromCharCode(char), i + 1)
      if (close < 0) return html.length
      i = close + 1
      continue
    }
    i++
  }
  return html.length
}

/** Offset of the end tag `</name` at or after `from` (any case), or -1. */
function findEndTag(html: string, name: string, from: number): number {
  let at = html.indexOf('</', from)
  while (at >= 0) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at
    at = html.indexOf('</', at + 2)
  }
  return -1
}

function readName(html: string, from: number): string {
  let end = from
  while (end < html.length && end - from < 64 && isNameChar(html.charCodeAt(end))) end++
  return html.slice(from, end).toLowerCase()
}

/**
 * Drop start tags (and their end tags) nested deeper than `maxDepth` in the
 * source, keeping all text: what was inside the dropped elements becomes
 * content of the deepest kept one. One linear scan that tracks the stack of
 * open elements the way the parser would for well-formed markup (void
 * elements, raw-text elements, comments, implied end tags of `p`, `li`, `td`…);
 * for markup it mis-tracks, it errs on keeping tags. Returns the input itself
 * when nothing needed dropping, so a normal page costs one scan and no copy.
 */
export function capSourceDepth(html: string, maxDepth: number = MAX_SOURCE_DEPTH): string {
  const stack: Open[] = []
  let kept = 0
  /** Pop the stack down to and including entry `j`. */
  const popTo = (j: number): void => {
    for (let k = stack.length - 1; k >= j; k--) if (!(stack[k] as Open).dropped) kept--
    stack.length = j
  }
  /** Close the nearest open element named in `names`, if it is near the top and inside the current list or table. */
  const closeImplied = (names: readonly string[]): void => {
    for (let j = stack.length - 1; j >= Math.max(0, stack.length - IMPLIED_END_SEARCH); j--) {
      const open = (stack[j] as Open).name
      if (names.includes(open)) {
        popTo(j)
        return
      }
      if (SCOPE_BARRIERS.has(open)) return
    }
  }
  let out: string[] | null = null
  let copiedUpTo = 0
  const drop = (from: number, to: number): void => {
    out ??= []
    out.push(html.slice(copiedUpTo, from))
    copiedUpTo = to
  }
  let i = html.indexOf('<')
  while (i >= 0 && i < html.length) {
    tickDeadline('parse')
    const next = html.charAt(i + 1)
    if (next === '!') {
      // Comment, doctype or CDATA: skip to its end.
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2)
      i = end < 0 ? html.length : html.indexOf('<', end + 1)
      continue
    }
    if (next === '/') {
      const name = readName(html, i + 2)
      const end = tagEnd(html, i + 2)
      const limit = Math.max(0, stack.length - END_TAG_SEARCH)
      for (let j = stack.length - 1; j >= limit; j--) {
        const open = stack[j] as Open
        if (open.name !== name) continue
        if (open.dropped) drop(i, end)
        popTo(j)
        break
      }
      i = html.indexOf('<', end)
      continue
    }
    if (!isAsciiLetter(html.charCodeAt(i + 1))) {
      i = html.indexOf('<', i + 1)
      continue
    }
    const name = readName(html, i + 1)
    const end = tagEnd(html, i + 1)
    const selfClosed = html.charCodeAt(end - 2) === 47 // "/>" on foreign elements
    if (CLOSES_P.has(name)) closeImplied(P_ONLY)
    const closes = SELF_CLOSING_SIBLINGS[name]
    if (closes) closeImplied(closes)
    if (name === 'tr') closeImplied(TR_ONLY)
    if (RAW_TEXT.has(name)) {
      const close = findEndTag(html, name, end)
      i = close < 0 ? -1 : html.indexOf('<', tagEnd(html, close + 2))
      continue
    }
    if (!VOID.has(name) && !selfClosed) {
      const dropped = kept >= maxDepth
      if (dropped) drop(i, end)
      else kept++
      stack.push({name, dropped})
    }
    i = html.indexOf('<', end)
  }
  if (out === null) return html
  ;(out as string[]).push(html.slice(copiedUpTo))
  return (out as string[]).join('')
}

/**
 * How deep a hast tree may be before the elements below are flattened into
 * their ancestor at this depth. A safety net for trees this package did not
 * parse itself (the unified plugin gets the caller's tree): hast-util-to-mdast
 * and other recursive utilities need the call stack to stay bounded.
 */
export const MAX_TREE_DEPTH = 400

/**
 * Flatten every element deeper than `maxDepth` into its ancestor at that
 * depth, keeping its text and void elements (images, line breaks) in order.
 * Iterative; returns whether anything changed.
 */
export function capTreeDepth(tree: Root, maxDepth: number = MAX_TREE_DEPTH): boolean {
  let changed = false
  // Two stacks, of nodes and of their depths: no pair allocated per element.
  const stack: Parents[] = [tree]
  const depths: number[] = [0]
  while (stack.length > 0) {
    const node = stack.pop() as Parents
    const depth = depths.pop() as number
    tickDeadline('parse')
    if (depth >= maxDepth) {
      if (node.type === 'element' && node.children.some((child) => child.type === 'element' && child.children.length > 0)) {
        node.children = flattenChildren(node)
        changed = true
      }
      continue
    }
    for (const child of node.children) {
      if (child.type === 'element') {
        stack.push(child)
        depths.push(depth + 1)
      }
    }
  }
  return changed
}

/** The descendants of `element` as one flat list: text, comments and childless elements, in order. */
function flattenChildren(element: Element): ElementContent[] {
  const flat: ElementContent[] = []
  const stack: ElementContent[] = [...element.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent
    if (node.type === 'element' && node.children.length > 0) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ElementContent)
    } else flat.push(node)
  }
  return flat
}
