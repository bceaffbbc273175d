import type {Blockquote, Heading, List, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {escapeText, type EscapeTable, type TextPlace} from './escape-markdown.js'

/**
 * Print the trees a text dump gives (headings, paragraphs, block quotes and
 * lists, each holding one text node) as remark-stringify does with the
 * options of to-markdown.ts, byte for byte, without its general machinery
 * (a handler per node, trackers, attention checks), which cost more than the
 * escaping. Anything else in the tree (emphasis, links, tables, a paragraph
 * in bold, a heading over two lines, a task list) returns `undefined`, and
 * remark-stringify prints the tree. test/print-markdown.test.ts compares the
 * two on the fixtures and on generated trees.
 *
 * @param table The escaping patterns of the remark-stringify processor.
 * @param children The root's children.
 * @returns The Markdown, or `undefined` when the tree holds something else.
 */
export function printSimpleMarkdown(table: EscapeTable, children: readonly RootContent[]): string | undefined {
  let result = ''
  // As mdast-util-to-markdown's `bulletLastUsed`: two lists in a row take different bullets.
  let bulletLastUsed: string | undefined
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as RootContent
    let value: string | undefined
    if (child.type === 'list') {
      const printed = printList(table, child, bulletLastUsed)
      if (printed === undefined) return undefined
      value = printed.value
      bulletLastUsed = printed.bullet
    } else {
      bulletLastUsed = undefined
      if (child.type === 'paragraph') value = printParagraph(table, 'paragraph', child)
      else if (child.type === 'heading') value = printHeading(table, child)
      else if (child.type === 'blockquote') value = printQuote(table, child)
      if (value === undefined) return undefined
    }
    // The root has no `spread`: its children are set apart by a blank line.
    result += index === 0 ? value : '\n\n' + value
  }
  const last = result.charCodeAt(result.length - 1)
  return result && last !== 10 && last !== 13 ? result + '\n' : result
}

/** The value of phrasing content that is one text node (or nothing). */
function loneText(children: readonly PhrasingContent[]): string | undefined {
  if (children.length === 0) return ''
  const only = children[0] as PhrasingContent
  return children.length === 1 && only.type === 'text' ? only.value : undefined
}

function printParagraph(table: EscapeTable, place: TextPlace, node: Paragraph): string | undefined {
  const text = loneText(node.children)
  return text === undefined ? undefined : escapeText(table, place, text, '\n', '\n')
}

function printHeading(table: EscapeTable, node: Heading): string | undefined {
  const text = loneText(node.children)
  // A heading with a line break in it is printed setext-style: leave it to remark.
  if (text === undefined || text.includes('\n') || text.includes('\r')) return undefined
  const sequence = '#'.repeat(Math.max(Math.min(6, node.depth || 1), 1))
  let value = escapeText(table, 'heading', text, '# ', '\n')
  const head = value.charCodeAt(0)
  if (head === 9 || head === 32) value = '&#x' + head.toString(16).toUpperCase() + ';' + value.slice(1)
  return value ? sequence + ' ' + value : sequence
}

function printQuote(table: EscapeTable, node: Blockquote): string | undefined {
  const parts: string[] = []
  for (const child of node.children) {
    if (child.type !== 'paragraph') return undefined
    const value = printParagraph(table, 'quote', child)
    if (value === undefined) return undefined
    parts.push(value)
  }
  return indentLines(parts.join('\n\n'), (line, _, blank) => '>' + (blank ? '' : ' ') + line)
}

function printList(table: EscapeTable, node: List, bulletLastUsed: string | undefined): {value: string; bullet: string} | undefined {
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
    const text = printParagraph(table, 'list-item', paragraph)
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
