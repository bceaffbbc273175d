import type {Element, ElementContent, Root} from 'hast'
import {attribute, BLOCK_TAGS, INVISIBLE} from '../segment/html/hast.js'
import {isDataTable} from '../segment/html/segment-page.js'
import {resolveUrl} from '../util/safe-url.js'
import {isPermalink} from './permalink-mark.js'

/** Elements that are content without any text: kept even when empty. */
const MEDIA = new Set(['img', 'picture', 'source', 'video', 'audio', 'iframe', 'embed', 'object', 'svg', 'canvas', 'math', 'br', 'hr', 'track'])
/** Table structure keeps its shape even with empty cells. */
const TABLE_PARTS = new Set(['td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'col', 'colgroup', 'caption'])
/** Attributes lazy-loading scripts put the real image address in. */
const LAZY_SOURCES = ['dataSrc', 'dataOriginal', 'dataLazySrc', 'dataUrl', 'dataHiResSrc']

/**
 * Copy the article's elements into a new tree without what was decided
 * away: pruned subtrees, removed blocks' nodes, invisible elements, and the
 * elements left empty by that. Lazy-loaded images get their real address;
 * links and sources are made absolute against `base`, and a link whose URL
 * is not safe (safe-url.ts) becomes its text. Recursive: the tree's
 * depth is capped (see cap-depth.ts), so the stack is bounded.
 *
 * @param elements The container's elements, in order.
 * @param skip Whether a node is left out.
 * @param base The base URL, or null.
 */
export function buildBodyTree(elements: readonly Element[], skip: (node: ElementContent) => boolean, base: string | null): Root {
  const children: ElementContent[] = []
  for (const element of elements) {
    const copy = copyNode(element, skip, base)
    if (copy) children.push(copy)
  }
  return {type: 'root', children}
}

/** Attributes that hold a URL, per element. */
const URL_ATTRIBUTES: Readonly<Record<string, string>> = {a: 'href', area: 'href', img: 'src', source: 'src', video: 'src', audio: 'src', iframe: 'src', embed: 'src', track: 'src'}

function copyNode(node: ElementContent, skip: (node: ElementContent) => boolean, base: string | null): ElementContent | null {
  if (skip(node)) return null
  if (node.type === 'comment') return null
  if (node.type === 'text') return {type: 'text', value: node.value}
  if (INVISIBLE.has(node.tagName)) return null
  // Made with its first child: an empty list given one node reserves room for sixteen, for as long as the body lives.
  let children: ElementContent[] | null = null
  let hasContent = false
  let hasSpace = false
  for (const child of node.children) {
    // A heading's permalink is a control beside its text (see permalink-mark.ts).
    if (isPermalink(child, node)) continue
    const copy = copyNode(child, skip, base)
    if (copy === null) continue
    if (children === null) children = [copy]
    else children.push(copy)
    if (copy.type === 'element' || copy.value.trim() !== '') hasContent = true
    else if (copy.value !== '') hasSpace = true
  }
  // `libertés<strong> </strong>(CNIL)`: an inline element holding only a
  // space still separates two words, but Markdown conversion drops it whole.
  children ??= []
  if (!hasContent && hasSpace && !BLOCK_TAGS.has(node.tagName) && !MEDIA.has(node.tagName) && !TABLE_PARTS.has(node.tagName)) return {type: 'text', value: ' '}
  const properties = {...node.properties}
  if (node.tagName === 'img') {
    const src = attribute(node, 'src')
    if (src === null || src === '' || src.startsWith('data:')) {
      for (const key of LAZY_SOURCES) {
        const lazy = attribute(node, key)
        if (lazy) {
          properties.src = lazy
          break
        }
      }
    }
  }
  const urlAttribute = URL_ATTRIBUTES[node.tagName]
  if (urlAttribute !== undefined) {
    const value = properties[urlAttribute]
    if (typeof value === 'string') {
      const resolved = node.tagName === 'img' && value.startsWith('data:') ? value : resolveUrl(value, base)
      // A link that cannot point anywhere becomes its text.
      if (resolved === null) return node.tagName === 'a' ? {type: 'element', tagName: 'span', properties: {}, children} : null
      properties[urlAttribute] = resolved
    }
  }
  if (!hasContent && !MEDIA.has(node.tagName) && !TABLE_PARTS.has(node.tagName)) return null
  const copy: Element = {type: 'element', tagName: node.tagName, properties, children}
  if (node.tagName === 'table' && !isDataTable(node)) flattenLayoutTable(copy)
  return copy
}

const LAYOUT_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col'])

/**
 * A table used for page layout holds paragraphs in its cells: as `<div>`s
 * they stay paragraphs, where Markdown would squeeze them into table cells.
 * Nested tables were decided on their own (they were copied first).
 */
function flattenLayoutTable(table: Element): void {
  table.tagName = 'div'
  const stack: Element[] = [table]
  while (stack.length > 0) {
    const element = stack.pop() as Element
    for (const child of element.children) {
      if (child.type !== 'element' || child.tagName === 'table' || !LAYOUT_PARTS.has(child.tagName)) continue
      child.tagName = 'div'
      stack.push(child)
    }
  }
}
