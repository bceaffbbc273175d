import type {Nodes, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {tidyWhitespace} from '../util/whitespace.js'

/**
 * The plain text of an mdast node: like mdast-util-to-string, but a line
 * break (`<br>`) is a space, so that the words on either side stay apart.
 * Iterative.
 */
export function toString(node: Nodes): string {
  // Most paragraphs are one text node (every one of a dump's but a labelled line): no walk.
  if (node.type === 'paragraph' || node.type === 'heading') {
    const only = node.children.length === 1 ? node.children[0] : undefined
    if (only?.type === 'text') return only.value
  }
  let text = ''
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Nodes
    if (current.type === 'text' || current.type === 'inlineCode' || current.type === 'code') text += current.value
    else if (current.type === 'break') text += ' '
    else if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes)
  }
  return text
}

/**
 * The body's paragraphs, read off the mdast tree so that `paragraphs`,
 * `text` and `markdown` always agree: one entry per paragraph, heading, list
 * item (nested lists give their own entries), code block and table row
 * (cells joined by " | "); quotes give their paragraphs.
 */
export function paragraphsOf(root: Root): string[] {
  const out: string[] = []
  const stack: RootContent[] = [...root.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as RootContent
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        push(out, toString(node))
        break
      case 'code':
        push(out, node.value)
        break
      case 'table':
        for (const row of node.children) push(out, row.children.map((cell) => tidyWhitespace(toString(cell))).filter(Boolean).join(' | '))
        break
      case 'list':
      case 'listItem':
      case 'blockquote':
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent)
        break
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent)
        break
    }
  }
  return out
}

function push(out: string[], text: string): void {
  const tidy = tidyWhitespace(text)
  if (tidy !== '') out.push(tidy)
}

/** The first paragraph of the tree (not inside a list or quote), for the dateline and the excerpt. */
export function firstParagraph(root: Root): Paragraph | null {
  for (const node of root.children) if (node.type === 'paragraph' && toString(node).trim() !== '') return node
  return null
}

/**
 * Remove the first `count` characters of a paragraph's tidied text (the
 * dateline), from its text nodes in order, and the space after them.
 */
export function trimParagraphStart(paragraph: Paragraph, count: number): void {
  let left = count
  const stack: Nodes[] = [...paragraph.children].reverse()
  while (stack.length > 0 && left > 0) {
    const node = stack.pop() as PhrasingContent
    if (node.type === 'text') {
      const leading = node.value.length - node.value.trimStart().length
      const value = node.value.slice(leading)
      const take = Math.min(left, value.length)
      node.value = value.slice(take).trimStart()
      left -= take
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as PhrasingContent)
    }
  }
}
