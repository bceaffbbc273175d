import type {Element, ElementContent, Nodes, Parents, Root, Text} from 'hast'
import {tickDeadline} from '../util/deadline.js'

/**
 * The whitespace minification hast-util-to-mdast runs before converting
 * (hast-util-minify-whitespace 1.0.1 with `newlines: false`), done again with
 * the same decisions but cheaper, so that our conversion can skip the
 * library's own pass (see to-mdast.ts). The library tests each node against
 * arrays of tag names with hast-util-is-element, which compiles the array
 * into a new test function on every call, and copies its state object for
 * every node; that was 6% of the HTML path's CPU time, and the tree clone
 * it needs another 2%. Here the tag lists are sets, built once.
 *
 * The behaviour must stay that of the library, quirks included
 * (test/html/to-mdast.test.ts compares the conversion with `toMdast` on
 * every fixture page; the 130 corpus pages were compared whole when this
 * was written); a new version of the library is to be checked against it.
 */

/** Elements that are blocks for whitespace (the library's `block.js`). */
const BLOCKLIKE = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'col', 'colgroup', 'dd', 'dialog', 'dir', 'div',
  'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'plaintext', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'wbr', 'xmp'
])
/** Elements that are content without text: embedded (hast-util-embedded) and form controls (`content.js`). */
const CONTENT = new Set(['audio', 'canvas', 'embed', 'iframe', 'img', 'math', 'object', 'picture', 'svg', 'video', 'button', 'input', 'select', 'textarea'])
/** Elements whose children do not decide a boundary (`skippable.js`). */
const SKIPPABLE = new Set([
  'area', 'base', 'basefont', 'dialog', 'datalist', 'head', 'link', 'meta', 'noembed', 'noframes', 'param', 'rp', 'script', 'source',
  'style', 'template', 'track', 'title'
])

type Whitespace = 'normal' | 'nowrap' | 'pre' | 'pre-wrap'

interface Result {
  remove: boolean
  ignore: boolean
  stripAtStart: boolean
}

const KEEP: Result = {remove: false, ignore: false, stripAtStart: false}
const IGNORE: Result = {remove: false, ignore: true, stripAtStart: false}
const REMOVE: Result = {remove: true, ignore: false, stripAtStart: false}
const KEEP_STRIP: Result = {remove: false, ignore: false, stripAtStart: true}

// `\v` is collapsed but is not HTML whitespace for the boundary test: as in the library.
const COLLAPSIBLE = /[\t\n\v\f\r ]+/g

function isIgnorable(node: Nodes): boolean {
  return node.type === 'comment' || node.type === 'doctype'
}

function isContent(node: Nodes | undefined): boolean {
  return node !== undefined && node.type === 'element' && CONTENT.has(node.tagName)
}

function isBlocklike(node: Nodes): boolean {
  return node.type === 'element' && BLOCKLIKE.has(node.tagName)
}

/** Only ASCII whitespace (hast-util-whitespace). */
function isBlankText(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code !== 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) return false
  }
  return true
}

/** Whether whitespace next to the node is kept (`false`), dropped (`true`), or depends on what follows (`undefined`). */
function boundary(node: Nodes): boolean | undefined {
  if (node.type === 'element') {
    if (CONTENT.has(node.tagName)) return false
    if (BLOCKLIKE.has(node.tagName)) return true
    return undefined
  }
  if (node.type === 'text') return isBlankText(node.value) ? undefined : false
  return isIgnorable(node) ? undefined : false
}

function isSkippable(node: Parents): boolean {
  return node.type === 'element' && (Boolean(node.properties.hidden) || SKIPPABLE.has(node.tagName))
}

function collapsableAfter(nodes: readonly Nodes[], index: number, after: boolean | undefined): boolean | undefined {
  while (++index < nodes.length) {
    const node = nodes[index] as Nodes
    let result = boundary(node)
    if (result === undefined && 'children' in node && !isSkippable(node)) result = collapsableAfter(node.children, -1, undefined)
    if (result !== undefined) return result
  }
  return after
}

function inferWhitespace(node: Parents, whitespace: Whitespace): Whitespace {
  if (node.type !== 'element') return whitespace
  switch (node.tagName) {
    case 'listing':
    case 'plaintext':
    case 'script':
    case 'style':
    case 'xmp':
      return 'pre'
    case 'nobr':
      return 'nowrap'
    case 'pre':
      return node.properties.wrap ? 'pre-wrap' : 'pre'
    case 'td':
    case 'th':
      return node.properties.noWrap ? 'nowrap' : whitespace
    case 'textarea':
      return 'pre-wrap'
    default:
      return whitespace
  }
}

function minifyText(node: Text, before: boolean | undefined, after: boolean | undefined): Result {
  const value = node.value.replace(COLLAPSIBLE, ' ')
  let start = 0
  let end = value.length
  let strip = false
  if (before && value.charCodeAt(0) === 32) start++
  if (start !== end && value.charCodeAt(end - 1) === 32) {
    if (after) end--
    else strip = true
  }
  if (start === end) return REMOVE
  node.value = value.slice(start, end)
  return strip ? KEEP_STRIP : KEEP
}

/** What minifying a node gives: its copy (`null` when it is removed) and how it leaves the whitespace. */
interface Minified {
  node: Nodes | null
  result: Result
}

/** Collects the first element of each `id`, in document order, as the copy is made. */
type OnElement = (element: Element) => void

/**
 * Minify a copy of `node` (the node is not changed): the copy is made as the
 * pass goes, so that the tree is walked and copied once. What follows a child
 * is read on the original, which is what the library reads there (it has not
 * been minified yet when the library looks at it).
 */
function minify(node: Nodes, whitespace: Whitespace, before: boolean | undefined, after: boolean | undefined, onElement: OnElement, inPlace: boolean): Minified {
  if ('children' in node) {
    const copy = inPlace ? node : {...node}
    if (copy.type === 'element') onElement(copy)
    const block = node.type === 'root' || isBlocklike(node)
    const result = minifyChildren(node, copy, inferWhitespace(node, whitespace), block ? true : before, block ? true : after, onElement, inPlace)
    return {node: copy, result}
  }
  const copy = inPlace ? node : {...node}
  if (copy.type === 'text') {
    if (whitespace === 'normal') {
      const result = minifyText(copy, before, after)
      return {node: result.remove ? null : copy, result}
    }
    if (whitespace === 'nowrap') copy.value = copy.value.replace(COLLAPSIBLE, ' ')
    return {node: copy, result: KEEP}
  }
  return {node: copy, result: isIgnorable(copy) ? IGNORE : KEEP}
}

/**
 * The kept children are copied into a new list, where the library splices
 * each removed one out: with a list of 40,000 items and the line breaks
 * between them, the splices took 14 s (quadratic, issue 22). In place, they
 * move down the parent's own list instead (a kept node never passes the one
 * being looked at), so that no list is made per parent. What follows a
 * child is read before anything after it changes, as there.
 */
function minifyChildren(parent: Parents, copy: Parents, whitespace: Whitespace, before: boolean | undefined, after: boolean | undefined, onElement: OnElement, inPlace: boolean): Result {
  const children = parent.children as Nodes[]
  // Made with its first node: an empty list given one node reserves room for sixteen, for as long as the copy lives.
  let list: Nodes[] | null = inPlace ? children : null
  let kept = 0
  for (let index = 0; index < children.length; index++) {
    tickDeadline('markdown')
    const {node, result} = minify(children[index] as Nodes, whitespace, before, collapsableAfter(children, index, after), onElement, inPlace)
    if (node === null) {
      // After a removal this looks at the previous kept sibling again (or at
      // nothing, at the start): the library's order, kept.
      if (kept > 0 && isContent(list?.[kept - 1])) before = false
      continue
    }
    if (!result.ignore) before = result.stripAtStart
    if (list === null) list = [node]
    else list[kept] = node
    kept++
    if (isContent(node)) before = false
  }
  if (list === null) copy.children = []
  else {
    list.length = kept
    copy.children = list as typeof copy.children
  }
  return before || after ? KEEP_STRIP : KEEP
}

/**
 * A copy of a tree with its whitespace minified as hast-util-to-mdast
 * minifies its structured clone before converting; the tree is not changed.
 * The copy is made of what minification changes (parents' child lists,
 * text); properties, positions and data are shared, as nothing changes them.
 *
 * @param onElement Called with each element of the copy, in document order.
 * @param inPlace Minify `tree` itself instead of a copy, when no one else
 *   holds it: on a 1 MB page of paragraphs the copy's elements and texts
 *   were much of what the garbage collector moved (issue 22). What follows a
 *   node is still read before it changes: the pass only changes what it has
 *   passed.
 */
export function minifiedCopy(tree: Root, onElement: OnElement = () => undefined, inPlace = false): Root {
  return minify(tree, 'normal', undefined, undefined, onElement, inPlace).node as Root
}
