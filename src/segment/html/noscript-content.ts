import type {Element, ElementContent} from 'hast'
import {INVISIBLE} from './hast.js'
import {countVisible} from './measure-page.js'
import {tickDeadline} from '../../util/deadline.js'

/**
 * Characters of text a `<noscript>` must hold to be a page's fallback
 * rendering rather than a notice ("Please enable JavaScript", 30 to 120
 * characters) or a tracking pixel (none).
 */
const MIN_FALLBACK_CHARS = 200
/** Elements whose text is never shown: an `<iframe>`'s text is its raw source, not a rendering. */
const UNRENDERED = new Set([...INVISIBLE, 'iframe', 'textarea', 'noembed', 'noframes'])

const ESCAPED_TAG = /<[a-z]/i

/** Visible characters (not counting spaces) under `node`, `<noscript>` subtrees counted apart. */
function measure(root: Element): {outside: number; inside: number} {
  let outside = 0
  let inside = 0
  // Two stacks, of nodes and of whether a `<noscript>` holds them: no pair allocated per node.
  const stack: ElementContent[] = [...root.children]
  const hiddenStack: boolean[] = stack.map(() => false)
  while (stack.length > 0) {
    tickDeadline('noscript')
    const node = stack.pop() as ElementContent
    const hidden = hiddenStack.pop() as boolean
    if (node.type === 'text') {
      // Markup escaped into text (`&lt;img src=…&gt;` in an ad's fallback) is no rendering anyone reads.
      if (ESCAPED_TAG.test(node.value)) continue
      const chars = countVisible(node.value)
      if (hidden) inside += chars
      else outside += chars
    } else if (node.type === 'element') {
      const noscript = node.tagName === 'noscript'
      if (!noscript && UNRENDERED.has(node.tagName)) continue
      for (const child of node.children) {
        stack.push(child)
        hiddenStack.push(hidden || noscript)
      }
    }
  }
  return {outside, inside}
}

/** Whether a `<noscript>` is under `root`, outside the elements whose text is never shown (where `measure` does not look). */
function hasRenderedNoscript(root: Element): boolean {
  const stack: Element[] = [root]
  while (stack.length > 0) {
    tickDeadline('noscript')
    const element = stack.pop() as Element
    for (const child of element.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'noscript') return true
      if (!UNRENDERED.has(child.tagName)) stack.push(child)
    }
  }
  return false
}

/**
 * The body as a browser with scripts off shows it, when the page is an
 * application whose content is only in its `<noscript>` fallback: forum
 * software that renders threads with scripts and serves the posts to
 * crawlers in `<noscript>` (WCXB dev: 20 forum threads whose only text is
 * there, and whose text dumps, made with scripts off, show it), or a
 * single-page app with a server-rendered fallback. Only when the
 * fallbacks hold more text than everything else on the page, and at least
 * MIN_FALLBACK_CHARS: elsewhere `<noscript>` holds a lazy image's
 * fallback, a tracking pixel or a notice, and stays unread.
 *
 * The tree is not changed: the body and the elements on the way down to
 * each `<noscript>` are copied, and each `<noscript>` becomes a `<div>`
 * with the same children (parsed as markup: the parser runs with
 * scripting off).
 *
 * @param body The page's `<body>`.
 * @returns The body to clean: `body` itself when the page has no such fallback.
 */
export function withNoscriptContent(body: Element): Element {
  // Most pages have no `<noscript>` that renders: nothing to measure.
  if (!hasRenderedNoscript(body)) return body
  const {outside, inside} = measure(body)
  if (inside < MIN_FALLBACK_CHARS || inside <= outside) return body
  return reveal(body)
}

/** A copy of `element` with every `<noscript>` under it turned into a `<div>`; unchanged subtrees are shared. */
function reveal(element: Element): Element {
  let changed = false
  const children = element.children.map((child) => {
    if (child.type !== 'element' || (child.tagName !== 'noscript' && UNRENDERED.has(child.tagName))) return child
    const copy = child.tagName === 'noscript' ? {...reveal(child), tagName: 'div'} : reveal(child)
    if (copy !== child) changed = true
    return copy
  })
  return changed ? {...element, children} : element
}
