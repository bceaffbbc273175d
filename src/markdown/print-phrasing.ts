import type {Image, Link, PhrasingContent} from 'mdast'
import {escapeText, patternInScope, patternsIn, type EscapeTable} from './escape-markdown.js'
import {firstCharacter, lastCharacter, serializeItems, type Item} from './print-attention.js'

/**
 * Phrasing content (text with links, images, inline code, line breaks,
 * emphasis, strong and strikethrough) printed as mdast-util-to-markdown's
 * `containerPhrasing` and its handlers print it (MIT, © Titus Wormer), step
 * for step: each node sees the last character printed before it and the
 * first one its next sibling prints (its handler's `peek`), text is escaped
 * with the patterns of its construct stack (`[…]` labels, `(…)`
 * destinations and `"…"` titles have their own), and attention markers are
 * chosen by the same algorithm (print-attention.ts). Links printed as
 * autolinks (`<https://…>`, percent-encoded) and raw HTML are left to
 * remark. test/print-markdown.test.ts compares the two printers.
 */

/** What the phrasing printer needs of mdast-util-to-markdown's state. */
export interface PhrasingState {
  /** remark's own handler, for inline code (its escaping does not depend on the construct stack). */
  handle: (node: unknown, parent: unknown, state: never, info: {before: string; after: string; now: {line: number; column: number}; lineShift: number}) => string
  options: {quote?: string | null | undefined; resourceLink?: boolean | null | undefined; emphasis?: string | null | undefined; strong?: string | null | undefined}
}

/** Where handlers are told they are: trackers only count lines and columns, which the output does not depend on. */
const NOWHERE = {now: {line: 1, column: 1}, lineShift: 0}
/** A URL that must be written `<…>`: with a space, a control character or DEL. */
const ENCLOSED_URL = /[\0- \u007F]/
const AUTOLINK_SCHEME = /^[a-z][+\-.a-z]+:/i
const NOT_IN_AUTOLINK = /[\0- <>\u007F]/

/** As mdast-util-to-markdown's `formatLinkAsAutolink`, for a link whose children are plain. */
function isAutolink(node: Link, state: PhrasingState): boolean {
  const only = node.children[0]
  return Boolean(
    !state.options.resourceLink &&
      node.url &&
      !node.title &&
      node.children.length === 1 &&
      only?.type === 'text' &&
      (only.value === node.url || 'mailto:' + only.value === node.url) &&
      AUTOLINK_SCHEME.test(node.url) &&
      !NOT_IN_AUTOLINK.test(node.url)
  )
}

/**
 * Whether this printer prints every node of `children`: text, images,
 * inline code, line breaks, and links (not autolinks), emphasis, strong and
 * strikethrough with such children.
 */
export function isPlainPhrasing(children: readonly PhrasingContent[], state: PhrasingState): boolean {
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'image':
      case 'inlineCode':
      case 'break':
        break
      case 'link':
        if (isAutolink(child, state) || !isPlainPhrasing(child.children, state)) return false
        break
      case 'emphasis':
      case 'strong':
      case 'delete':
        if (!isPlainPhrasing(child.children, state)) return false
        break
      default:
        return false
    }
  }
  return true
}

/** As mdast-util-to-markdown's `hardBreak`: a space where a line ending is unsafe (a table cell), else a backslash and a line ending. */
function printBreak(table: EscapeTable, stack: readonly string[], before: string): string {
  for (const pattern of table.unsafe) {
    if (pattern.character === '\n' && !pattern.before && !pattern.after && patternInScope(stack, pattern)) return /[\t ]/.test(before) ? '' : ' '
  }
  return '\\\n'
}

/** The construct, marker sequences and `peek` of an attention node, as its handler's `attention` gives them (emphasis `_` first, strong `*` first, as configured). */
function attentionOf(node: PhrasingContent, state: PhrasingState): {construct: string; sequences: string[]; peek: string} | undefined {
  if (node.type === 'emphasis') {
    const marker = state.options.emphasis || '*'
    return {construct: 'emphasis', sequences: marker === '*' ? ['*', '_'] : ['_', '*'], peek: marker}
  }
  if (node.type === 'strong') {
    const marker = state.options.strong || '*'
    return {construct: 'strong', sequences: marker === '*' ? ['**', '__'] : ['__', '**'], peek: marker}
  }
  // GFM strikethrough: "~~" first, then "~".
  if (node.type === 'delete') return {construct: 'strikethrough', sequences: ['~~', '~'], peek: '~'}
  return undefined
}

/** The first character `node` prints, as its handler's `peek` (or the handler itself) gives it. */
function peek(table: EscapeTable, state: PhrasingState, node: PhrasingContent, stack: readonly string[]): string {
  switch (node.type) {
    case 'emphasis':
    case 'strong':
    case 'delete':
      return (attentionOf(node, state) as {peek: string}).peek
    case 'link':
      return '['
    case 'image':
      return '!'
    case 'inlineCode':
      return '`'
    case 'break':
      return firstCharacter(printBreak(table, stack, ''))
    default:
      return firstCharacter(escapeText(patternsIn(table, stack), (node as {value: string}).value, '', ''))
  }
}

/**
 * Print plain phrasing (see {@link isPlainPhrasing}) under the construct
 * `stack`, after `before` and before `after`, as `containerPhrasing` does.
 */
export function printPhrasing(
  table: EscapeTable,
  state: PhrasingState,
  parent: {children: PhrasingContent[]},
  stack: readonly string[],
  before: string,
  after: string
): string {
  return serializeItems(phrasingItems(table, state, parent, stack, before, after), before, after)
}

/** As mdast-util-to-markdown's `phrasing`: each child printed, attention nodes as items whose markers `serializeItems` chooses. */
function phrasingItems(
  table: EscapeTable,
  state: PhrasingState,
  parent: {children: PhrasingContent[]},
  stack: readonly string[],
  before: string,
  after: string
): Item[] {
  const {children} = parent
  const items: Item[] = []
  let previous = before
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as PhrasingContent
    const next = children[index + 1]
    const attention = attentionOf(child, state)
    if (attention !== undefined) {
      // As `attentionItem`: the children are printed between the preferred sequence.
      const sequence = attention.sequences[0] as string
      const inner = phrasingItems(table, state, child as {children: PhrasingContent[]}, [...stack, attention.construct], sequence, sequence)
      if (inner.length === 0) continue
      items.push({children: inner, sequences: attention.sequences})
      previous = lastCharacter(sequence)
      continue
    }
    const following = next === undefined ? after : peek(table, state, next, stack)
    let value: string
    switch (child.type) {
      case 'text':
        value = escapeText(patternsIn(table, stack), child.value, previous, following)
        break
      case 'link':
        value = printLink(table, state, child, stack, previous)
        break
      case 'image':
        value = printImage(table, state, child, stack)
        break
      case 'break':
        value = printBreak(table, stack, previous)
        break
      default:
        value = state.handle(child, parent, state as never, {before: previous, after: following, ...NOWHERE})
        break
    }
    if (!value) continue
    items.push(value)
    previous = lastCharacter(value)
  }
  return items
}

function quoteOf(state: PhrasingState): {quote: string; construct: string} {
  const quote = state.options.quote || '"'
  return {quote, construct: quote === '"' ? 'titleQuote' : 'titleApostrophe'}
}

/** As mdast-util-to-markdown's `link` handler, for a link that is not an autolink. */
function printLink(table: EscapeTable, state: PhrasingState, node: Link, stack: readonly string[], before: string): string {
  const {quote, construct} = quoteOf(state)
  const inLink = [...stack, 'link']
  let value = '['
  const text = printPhrasing(table, state, node, [...inLink, 'label'], value, '](')
  value += text + ']('
  const url = node.url
  const enclose = ENCLOSED_URL.test(url)
  const last = before.charAt(before.length - 1)
  let title: string | undefined = node.title || undefined
  if (!title && !enclose && (last === '\n' || last === '\r')) {
    // A label followed by ":" at the start of a line would read as a definition: an empty title prevents it.
    let index = 0
    while (index < text.length && text.charCodeAt(index) !== 93) index += text.charCodeAt(index) === 92 ? 2 : 1
    if (text.charCodeAt(index + 1) === 58) title = ''
  }
  if ((!url && typeof title === 'string') || enclose) {
    value += '<'
    value += escapeText(patternsIn(table, [...inLink, 'destinationLiteral']), url, value, '>')
    value += '>'
  } else {
    value += escapeText(patternsIn(table, [...inLink, 'destinationRaw']), url, value, typeof title === 'string' ? ' ' : ')')
  }
  if (typeof title === 'string') {
    value += ' ' + quote
    value += escapeText(patternsIn(table, [...inLink, construct]), title, value, quote)
    value += quote
  }
  return value + ')'
}

/** As mdast-util-to-markdown's `image` handler. */
function printImage(table: EscapeTable, state: PhrasingState, node: Image, stack: readonly string[]): string {
  const {quote, construct} = quoteOf(state)
  const inImage = [...stack, 'image']
  let value = '!['
  value += escapeText(patternsIn(table, [...inImage, 'label']), node.alt || '', value, ']')
  value += ']('
  const url = node.url || ''
  if ((!url && node.title) || ENCLOSED_URL.test(url)) {
    value += '<'
    value += escapeText(patternsIn(table, [...inImage, 'destinationLiteral']), url, value, '>')
    value += '>'
  } else {
    value += escapeText(patternsIn(table, [...inImage, 'destinationRaw']), url, value, node.title ? ' ' : ')')
  }
  if (node.title) {
    value += ' ' + quote
    value += escapeText(patternsIn(table, [...inImage, construct]), node.title, value, quote)
    value += quote
  }
  return value + ')'
}
