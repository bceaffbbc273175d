import type {Element, ElementContent, Nodes, Parents, Root, RootContent} from 'hast'
import {tickDeadline} from '../../util/deadline.js'

/**
 * Small helpers over hast. Every walk here is iterative (an explicit stack),
 * so that a tree as deep as the parser allows never overflows the call stack.
 */

/** Elements whose content is never visible text (dropped without a record). */
export const INVISIBLE = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'base'])

/** Block-level elements: each starts a new block of text, as in `innerText`. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'video', 'audio', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea', 'noscript', 'legend', 'optgroup', 'option'
])

export function isElement(node: Nodes | undefined, name?: string): node is Element {
  return node !== undefined && node.type === 'element' && (name === undefined || node.tagName === name)
}

const TOKEN_SPLIT = /[^a-z0-9]+/
/** The tokens of an element without `class` and `id`. */
const NO_TOKENS: ReadonlySet<string> = new Set()

/**
 * The words of the element's `class` and `id`, split at dashes, underscores
 * and camel case: `articleBody share-bar` → `article body share bar`. Rules
 * test whole words, so "ad" matches `ad-slot` but not `header` or `shadow`.
 */
export function classTokens(element: Element): ReadonlySet<string> {
  const {className, id} = element.properties
  // Most elements have neither: one shared empty set, where a set per element was most of the tree walks' garbage on a big page (issue 22).
  if (className === undefined && id === undefined) return NO_TOKENS
  const classes = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : ''
  const ident = typeof id === 'string' ? id : ''
  const raw = `${classes} ${ident}`
  const tokens = new Set<string>()
  if (raw.length <= 1) return tokens
  const split = raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(TOKEN_SPLIT)
  for (const token of split) if (token !== '') tokens.add(token)
  return tokens
}

/** A string attribute (hast stores some as arrays or numbers). */
export function attribute(element: Element, name: string): string | null {
  const value = element.properties[name]
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.join(' ')
  return null
}

/**
 * Visit every node under `root` in document order. `enter` returns `false` to
 * skip a node's children. Iterative, so depth costs heap, not stack.
 */
export function walk(root: Parents, enter: (node: RootContent | ElementContent, parent: Parents) => boolean | void): void {
  const stack: {parent: Parents; index: number}[] = [{parent: root, index: 0}]
  while (stack.length > 0) {
    tickDeadline('html')
    const top = stack[stack.length - 1] as {parent: Parents; index: number}
    const child = top.parent.children[top.index]
    if (child === undefined) {
      stack.pop()
      continue
    }
    top.index++
    const descend = enter(child, top.parent)
    if (descend !== false && 'children' in child && child.children.length > 0) stack.push({parent: child, index: 0})
  }
}

/** The visible text under a node, as `textContent` gives it minus scripts and styles (not whitespace-tidied). */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (!('children' in node)) return ''
  if (node.type === 'element' && INVISIBLE.has(node.tagName)) return ''
  let text = ''
  walk(node, (child) => {
    if (child.type === 'text') text += child.value
    else if (child.type === 'element') {
      if (INVISIBLE.has(child.tagName)) return false
      // Block boundaries and line breaks separate words, as they do on screen.
      if (child.tagName === 'br' || BLOCK_TAGS.has(child.tagName)) text += ' '
    }
    return true
  })
  return text
}

/** The `<html>`, `<head>` and `<body>` of a parsed document (rehype-parse always makes them). */
export function documentParts(tree: Root): {html: Element | null; head: Element | null; body: Element | null} {
  const html = tree.children.find((node): node is Element => isElement(node, 'html')) ?? null
  const parts = html?.children ?? tree.children
  const head = parts.find((node): node is Element => isElement(node, 'head')) ?? null
  const body = parts.find((node): node is Element => isElement(node, 'body')) ?? null
  return {html, head, body}
}
