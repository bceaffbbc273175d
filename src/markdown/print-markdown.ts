import type {Blockquote, Heading, List, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {escapeText, patternsAt, STACKS, type EscapeTable, type TextPlace, type UnsafePattern} from './escape-markdown.js'
import {isPlainPhrasing, printPhrasing, type PhrasingState} from './print-phrasing.js'

/** mdast-util-phrasing's phrasing types: a root with one of them is printed as phrasing, not flow. */
const PHRASING = new Set(['break', 'delete', 'emphasis', 'footnote', 'footnoteReference', 'image', 'imageReference', 'inlineCode', 'inlineMath', 'link', 'linkReference', 'mdxJsxTextElement', 'mdxTextExpression', 'strong', 'text', 'textDirective'])

/** Where mdast-util-to-markdown is in the output, as its trackers tell it. */
export interface TrackInfo {
  now: {line: number; column: number}
  lineShift: number
}

/** The part of mdast-util-to-markdown's `State` the root handler uses. */
export interface PrintState extends PhrasingState {
  handle: (node: unknown, parent: unknown, state: PrintState, info: TrackInfo & {before: string; after: string}) => string
  createTracker: (info: TrackInfo) => {move: (value: string) => string; current: () => TrackInfo}
  containerPhrasing: (parent: Root, info: TrackInfo & {before: string; after: string}) => string
  indexStack: number[]
  join: Array<(left: RootContent, right: RootContent, parent: Root, state: PrintState) => boolean | number | null | undefined | void>
  bulletLastUsed: string | undefined
  unsafe: UnsafePattern[]
  compilePattern: (pattern: UnsafePattern) => RegExp
}

/**
 * A root handler for remark-stringify: mdast-util-to-markdown's own (its
 * `root` handler and `containerFlow`, step for step: the same joins, the
 * same trackers, the same `bulletLastUsed`), except that plain blocks
 * (headings, paragraphs, block quotes and lists of one-paragraph items,
 * holding text, links, images, inline code and line breaks: see
 * print-phrasing.ts) are printed here, byte for byte as its handlers
 * would, without its general machinery (a handler per node, trackers and
 * attention checks per phrase, every unsafe pattern run on every text),
 * which cost a quarter of the time of a text dump and a tenth of an HTML
 * page's. Other blocks go to its handlers. test/print-markdown.test.ts
 * compares the two on the fixtures and on generated trees.
 *
 * @param table The escaping patterns of the processor (see {@link buildEscapeTable}).
 * @param node The root.
 * @param state mdast-util-to-markdown's state.
 * @param info Where the root starts.
 * @returns The Markdown of the root (without the final line ending, which
 *   mdast-util-to-markdown adds).
 */
export function printRoot(table: EscapeTable, node: Root, state: PrintState, info: TrackInfo & {before: string; after: string}): string {
  if (node.children.some((child) => PHRASING.has(child.type))) return state.containerPhrasing(node, info)
  const {indexStack, join} = state
  const children = node.children
  const results: string[] = []
  const whereNext = trackLazily(state, info, results)
  indexStack.push(-1)
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as RootContent
    indexStack[indexStack.length - 1] = index
    const value = printPlainBlock(table, state, child) ?? state.handle(child, node, state, {before: '\n', after: '\n', ...whereNext()})
    results.push(value)
    if (child.type !== 'list') state.bulletLastUsed = undefined
    if (index < children.length - 1) results.push(between(child, children[index + 1] as RootContent, node, state, join))
  }
  indexStack.pop()
  return results.join('')
}

/** The block types {@link printPlainBlock} may print. */
const PLAIN_BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list'])

/**
 * The whole Markdown of a root whose blocks are all plain (nearly every
 * text dump's), as remark-stringify would give it with printRoot as its
 * root handler, but without remark-stringify: mdast-util-to-markdown builds
 * and configures its state afresh on every call (5% of printing a text
 * dump), and none of it is needed when no block goes to its handlers. The
 * state is one that an earlier call configured, with the same options.
 *
 * @param table The escaping patterns of the processor.
 * @param node The root.
 * @param state A state of the processor, between calls (its stacks empty).
 * @returns The Markdown, with its final line ending; `undefined` when a
 *   block is not plain, to be printed by remark-stringify.
 */
export function printPlainRoot(table: EscapeTable, node: Root, state: PrintState): string | undefined {
  const children = node.children
  if (!children.every((child) => PLAIN_BLOCKS.has(child.type))) return undefined
  state.bulletLastUsed = undefined
  let result = ''
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as RootContent
    const value = printPlainBlock(table, state, child)
    if (value === undefined) return undefined
    result += value
    if (child.type !== 'list') state.bulletLastUsed = undefined
    if (index < children.length - 1) result += between(child, children[index + 1] as RootContent, node, state, state.join)
  }
  // As mdast-util-to-markdown: a document that is not empty ends with a line ending.
  const last = result.charCodeAt(result.length - 1)
  return result && last !== 10 && last !== 13 ? result + '\n' : result
}

/** A plain block printed here, or `undefined` for remark's handlers. A list sets `bulletLastUsed`, as remark's list handler does. */
function printPlainBlock(table: EscapeTable, state: PrintState, child: RootContent): string | undefined {
  if (child.type === 'list') {
    const printed = printList(table, state, child, state.bulletLastUsed)
    if (printed === undefined) return undefined
    state.bulletLastUsed = printed.bullet
    return printed.value
  }
  if (child.type === 'paragraph') return printParagraph(table, state, 'paragraph', child)
  if (child.type === 'heading') return printHeading(table, state, child)
  if (child.type === 'blockquote') return printQuote(table, state, child)
  return undefined
}

/**
 * Where the next child starts, for remark's handlers, as the root's tracker
 * would tell it had it moved over every result so far. It is moved only
 * when a handler asks: a tracker splits every value on its line endings
 * (7% of printing a text dump, whose blocks are nearly all printed here),
 * and nothing the fast printer writes depends on it.
 */
function trackLazily(state: PrintState, info: TrackInfo, results: readonly string[]): () => TrackInfo {
  let tracker: ReturnType<PrintState['createTracker']> | undefined
  let moved = 0
  return () => {
    tracker ??= state.createTracker(info)
    for (; moved < results.length; moved++) tracker.move(results[moved] as string)
    return tracker.current()
  }
}

/** As mdast-util-to-markdown's `between`: the processor's join rules, last first. */
function between(left: RootContent, right: RootContent, parent: Root, state: PrintState, join: PrintState['join']): string {
  let index = join.length
  while (index--) {
    const result = (join[index] as PrintState['join'][number])(left, right, parent, state)
    if (result === true || result === 1) break
    if (typeof result === 'number') return '\n'.repeat(1 + result)
    if (result === false) return '\n\n<!---->\n\n'
  }
  return '\n\n'
}

/** The value of phrasing content that is one text node (or nothing). */
function loneText(children: readonly PhrasingContent[]): string | undefined {
  if (children.length === 0) return ''
  const only = children[0] as PhrasingContent
  return children.length === 1 && only.type === 'text' ? only.value : undefined
}

/** Whether the phrasing printer takes these children (see print-phrasing.ts). */
function isPrintable(table: EscapeTable, state: PhrasingState, children: readonly PhrasingContent[]): boolean {
  return !table.nodePatterns && isPlainPhrasing(children, state)
}

function printParagraph(table: EscapeTable, state: PhrasingState, place: TextPlace, node: Paragraph): string | undefined {
  const text = loneText(node.children)
  if (text !== undefined) return escapeText(patternsAt(table, place), text, '\n', '\n')
  return isPrintable(table, state, node.children) ? printPhrasing(table, state, node, STACKS[place], '\n', '\n') : undefined
}

/** Whether a heading's phrasing holds a line ending: remark prints it setext-style. */
function hasLineEnding(children: readonly PhrasingContent[]): boolean {
  return children.some(
    (child) =>
      child.type === 'break' ||
      ('value' in child && (child.value.includes('\n') || child.value.includes('\r'))) ||
      ('children' in child && hasLineEnding(child.children))
  )
}

function printHeading(table: EscapeTable, state: PhrasingState, node: Heading): string | undefined {
  // A heading with a line break in it is printed setext-style: leave it to remark.
  if (hasLineEnding(node.children)) return undefined
  const text = loneText(node.children)
  let value: string
  if (text !== undefined) value = escapeText(patternsAt(table, 'heading'), text, '# ', '\n')
  else if (isPrintable(table, state, node.children)) value = printPhrasing(table, state, node, STACKS.heading, '# ', '\n')
  else return undefined
  const sequence = '#'.repeat(Math.max(Math.min(6, node.depth || 1), 1))
  const head = value.charCodeAt(0)
  if (head === 9 || head === 32) value = '&#x' + head.toString(16).toUpperCase() + ';' + value.slice(1)
  return value ? sequence + ' ' + value : sequence
}

function printQuote(table: EscapeTable, state: PhrasingState, node: Blockquote): string | undefined {
  const parts: string[] = []
  for (const child of node.children) {
    if (child.type !== 'paragraph') return undefined
    const value = printParagraph(table, state, 'quote', child)
    if (value === undefined) return undefined
    parts.push(value)
  }
  return indentLines(parts.join('\n\n'), (line, _, blank) => '>' + (blank ? '' : ' ') + line)
}

function printList(table: EscapeTable, state: PhrasingState, node: List, bulletLastUsed: string | undefined): {value: string; bullet: string} | undefined {
  // The options of to-markdown.ts: `-` bullets (`*` for a second list in a
  // row), `.` after numbers (`)`), one space after the marker.
  let bullet = node.ordered ? '.' : '-'
  if (bulletLastUsed !== undefined && bullet === bulletLastUsed) bullet = node.ordered ? ')' : '*'
  const start = typeof node.start === 'number' && node.start > -1 ? node.start : 1
  const separator = node.spread === false ? '\n' : '\n\n'
  let value = ''
  for (let index = 0; index < node.children.length; index++) {
    const item = node.children[index] as List['children'][number]
    const paragraph = item.children[0]
    if (typeof item.checked === 'boolean' || item.children.length !== 1 || paragraph?.type !== 'paragraph') return undefined
    const text = printParagraph(table, state, 'list-item', paragraph)
    if (text === undefined) return undefined
    const marker = node.ordered ? start + index + bullet : bullet
    const size = marker.length + 1
    const printed = indentLines(text, (line, lineIndex, blank) => {
      if (lineIndex) return (blank ? '' : ' '.repeat(size)) + line
      return (blank ? marker : marker + ' ') + line
    })
    value += index === 0 ? printed : separator + printed
  }
  return {value, bullet}
}

const EOL = /\r?\n|\r/g

/** As mdast-util-to-markdown's `indentLines`. */
function indentLines(value: string, map: (line: string, index: number, blank: boolean) => string): string {
  let result = ''
  let start = 0
  let line = 0
  let match: RegExpExecArray | null
  EOL.lastIndex = 0
  while ((match = EOL.exec(value))) {
    const part = value.slice(start, match.index)
    result += map(part, line, !part) + match[0]
    start = match.index + match[0].length
    line++
  }
  const part = value.slice(start)
  return result + map(part, line, !part)
}
