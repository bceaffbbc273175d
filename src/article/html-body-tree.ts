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
 * @param share Whether the new tree may hold the parsed tree's own nodes
 *   where nothing in them changes (a subtree with nothing left out and
 *   every URL as written), when the caller owns that tree and no one reads
 *   it after: on a 1 MB page of paragraphs the copy of every paragraph and
 *   its text lived through the Markdown conversion (issue 22). Otherwise
 *   every node is a copy.
 */
export function buildBodyTree(elements: readonly Element[], skip: (node: ElementContent) => boolean, base: string | null, share = false): Root {
  const children: ElementContent[] = []
  for (const element of elements) {
    const copy = copyNode(element, skip, base, share)
    if (copy) children.push(copy)
  }
  return {type: 'root', children}
}

/** Attributes that hold a URL, per element. */
const URL_ATTRIBUTES: Readonly<Record<string, string>> = {a: 'href', area: 'href', img: 'src', source: 'src', video: 'src', audio: 'src', iframe: 'src', embed: 'src', track: 'src'}

function copyNode(node: ElementContent, skip: (node: ElementContent) => boolean, base: string | null, share: boolean): ElementContent | null {
  if (skip(node)) return null
  if (node.type === 'comment') return null
  if (node.type === 'text') return share ? node : {type: 'text', value: node.value}
  if (INVISIBLE.has(node.tagName)) return null
  // The kept children, made only once one differs from the node's own (a
  // copy, or one left out): until then, with `share`, they are its list.
  // Made with its first child: an empty list given one node reserves room for sixteen, for as long as the body lives.
  let children: ElementContent[] | null = null
  let same = share
  let hasContent = false
  let hasSpace = false
  const original = node.children
  for (let i = 0; i < original.length; i++) {
    const child = original[i] as ElementContent
    // A heading's permalink is a control beside its text (see permalink-mark.ts).
    const copy = isPermalink(child, node) ? null : copyNode(child, skip, base, share)
    if (same && copy !== child) {
      same = false
      children = i > 0 ? original.slice(0, i) : null
    }
    if (copy === null) continue
    if (!same) {
      if (children === null) children = [copy]
      else children.push(copy)
    }
    if (copy.type === 'element' || copy.value.trim() !== '') hasContent = true
    else if (copy.value !== '') hasSpace = true
  }
  // `libertés<strong> </strong>(CNIL)`: an inline element holding only a
  // space still separates two words, but Markdown conversion drops it whole.
  if (!hasContent && hasSpace && !BLOCK_TAGS.has(node.tagName) && !MEDIA.has(node.tagName) && !TABLE_PARTS.has(node.tagName)) return {type: 'text', value: ' '}
  const kept = same ? original : (children ?? [])
  // Copied on the first change (always, without `share`).
  let properties = share ? node.properties : {...node.properties}
  const change = (key: string, value: string): void => {
    if (properties === node.properties) properties = {...node.properties}
    properties[key] = value
  }
  if (node.tagName === 'img') {
    const src = attribute(node, 'src')
    if (src === null || src === '' || src.startsWith('data:')) {
      for (const key of LAZY_SOURCES) {
        const lazy = attribute(node, key)
        if (lazy) {
          change('src', lazy)
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
      if (resolved === null) return node.tagName === 'a' ? {type: 'element', tagName: 'span', properties: {}, children: same ? [...kept] : kept} : null
      if (resolved !== value || properties !== node.properties) change(urlAttribute, resolved)
    }
  }
  if (!hasContent && !MEDIA.has(node.tagName) && !TABLE_PARTS.has(node.tagName)) return null
  if (node.tagName === 'table' && !isDataTable(node)) return flattenLayoutTable({type: 'element', tagName: node.tagName, properties, children: kept})
  if (same && properties === node.properties) return node
  return {type: 'element', tagName: node.tagName, properties, children: same ? [...kept] : kept}
}

const LAYOUT_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col'])

/**
 * A table used for page layout holds paragraphs in its cells: as `<div>`s
 * they stay paragraphs, where Markdown would squeeze them into table cells.
 * Nested tables were decided on their own (they were copied first). The
 * parts are renamed in copies: they may be the parsed tree's own (see
 * `share`), which later tables are decided on. Recursive over the capped
 * tree, as copyNode is.
 */
function flattenLayoutTable(table: Element): Element {
  return {
    ...table,
    tagName: 'div',
    children: table.children.map((child) => (child.type === 'element' && child.tagName !== 'table' && LAYOUT_PARTS.has(child.tagName) ? flattenLayoutTable(child) : child))
  }
}
