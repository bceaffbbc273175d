import type {Element} from 'hast'
import {INVISIBLE} from './hast.js'

/** Text measures of an element's whole subtree. */
export interface ElementStats {
  /** Visible characters, whitespace not counted. */
  chars: number
  /** Of those, characters inside links. */
  linkChars: number
  /** Links (`<a href>`) in the subtree. */
  links: number
  /** Characters in paragraphs of at least `PROSE_PARAGRAPH_CHARS`: the article's kind of text. */
  proseChars: number
}

/** A paragraph this long is prose; shorter ones are labels, captions, teasers. */
export const PROSE_PARAGRAPH_CHARS = 80

/** The element tree's measures, and each element's parent. */
export interface PageStats {
  stats: Map<Element, ElementStats>
  parent: Map<Element, Element>
  /** Prose characters in the whole body. */
  pageProse: number
}

function countVisible(value: string): number {
  let count = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code !== 32 && code !== 10 && code !== 9 && code !== 13 && code !== 12 && code !== 0xa0) count++
  }
  return count
}

/**
 * Measure every element of the body in one pass: a pre-order walk lists the
 * elements, then a reverse sweep adds each one's figures into its parent's,
 * so every subtree is measured in linear time and without recursion.
 */
export function measurePage(body: Element): PageStats {
  const order: Element[] = [body]
  const parent = new Map<Element, Element>()
  const stats = new Map<Element, ElementStats>()
  const inLink = new Set<Element>()
  // Text directly in each element (by pre-order position): a `<div>` or
  // `<td>` that holds its paragraphs as bare text separated by `<br>` is prose too.
  const direct: number[] = []
  stats.set(body, {chars: 0, linkChars: 0, links: 0, proseChars: 0})
  for (let i = 0; i < order.length; i++) {
    const element = order[i] as Element
    const own = stats.get(element) as ElementStats
    const linked = inLink.has(element)
    direct[i] = 0
    for (const child of element.children) {
      if (child.type === 'text') {
        const n = countVisible(child.value)
        own.chars += n
        direct[i] = (direct[i] as number) + n
        if (linked) own.linkChars += n
      } else if (child.type === 'element' && !INVISIBLE.has(child.tagName)) {
        order.push(child)
        parent.set(child, element)
        stats.set(child, {chars: 0, linkChars: 0, links: 0, proseChars: 0})
        if (linked || child.tagName === 'a') inLink.add(child)
        if (child.tagName === 'a' && child.properties.href !== undefined) own.links++
      }
    }
  }
  for (let i = order.length - 1; i > 0; i--) {
    const element = order[i] as Element
    const own = stats.get(element) as ElementStats
    if (element.tagName === 'p' && own.chars >= PROSE_PARAGRAPH_CHARS && own.linkChars < own.chars / 2) own.proseChars = Math.max(own.proseChars, own.chars)
    else if ((direct[i] as number) >= PROSE_PARAGRAPH_CHARS) own.proseChars += direct[i] as number
    const up = stats.get(parent.get(element) as Element) as ElementStats
    up.chars += own.chars
    up.linkChars += own.linkChars
    up.links += own.links
    up.proseChars += own.proseChars
  }
  return {stats, parent, pageProse: (stats.get(body) as ElementStats).proseChars}
}

/** Share of an element's text that is link text (0 for an empty element). */
export function linkDensity(stats: ElementStats): number {
  return stats.chars === 0 ? 0 : stats.linkChars / stats.chars
}
